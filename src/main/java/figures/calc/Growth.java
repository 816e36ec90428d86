package figures.calc;

import static figures.model.Decimals.GUARD;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Decimals;
import figures.model.Observation;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Growth of a figure over time: absolute change, % change and an average annual rate. Changes
 * are exact; % changes too when the quotient has at most 34 significant digits (else rounded to 34).
 * The rates that need a root or a logarithm (CAGR, log rate, trend) are computed in {@code
 * BigDecimal} with guard digits ({@link DecimalMath}) and rounded once, to 34 significant digits.
 *
 * <p>A period that is a span of years ({@code 1989-1990}) counts as its per-year average, placed
 * at the span's middle: from 1989-1990 to 2000 is 10.5 years.
 */
public final class Growth {

    /** How the average annual rate of a series is computed; each names its output column. */
    public enum Method {
        ENDPOINT("cagr", "CAGR between the end points, (end / start)^(1 / years) - 1 (Excel's RRI)"),
        LOG("log_rate", "continuous (log) rate between the end points, ln(end / start) / years"),
        TREND("trend_rate", "least-squares log-linear trend over all observations, exp(slope of ln(value) on year) - 1"),
        MEAN("mean_rate", "arithmetic mean of the annual changes (a step over missing years counts once per year, at its annualised rate)");

        private final String column;
        private final String description;

        Method(String column, String description) {
            this.column = column;
            this.description = description;
        }

        /** The output column that carries the rate: {@code cagr}, {@code log_rate}, ... */
        public String column() {
            return column;
        }

        public String description() {
            return description;
        }

        @Override
        public String toString() {
            return figures.model.EnumWords.lower(this);
        }
    }

    /** Growth from a start value to an end value {@code years} later; a figure that cannot be computed is null, with the reason in {@code undefined}. */
    public record Change(Amount start, Amount end, BigDecimal years, Amount change, Percent percent, Percent cagr, Percent logRate,
                         List<String> undefined) {
    }

    /** The growth of a series between its first and last observations, with the average annual rate by one method. */
    public record Summary(Period first, Period last, BigDecimal years, Amount start, Amount end, Amount change, Percent percent,
                          Method method, Percent rate, int observations, List<String> undefined) {
    }

    /** One year-over-year step: an observation and its change from the previous one, {@code length} years earlier. */
    public record Step(Observation point, Amount perYear, BigDecimal length, Amount change, Percent percent, Percent annualised,
                       List<String> undefined) {
        /** Whether the step spans more (or less) than one year: a gap or a span. */
        public boolean isIrregular() {
            return length != null && length.compareTo(BigDecimal.ONE) != 0;
        }
    }

    private Growth() {
    }

    /** Years from one period to another, middle to middle: 2000 to 2002 is 2, 1989-1990 to 2000 is 10.5. */
    public static BigDecimal yearsBetween(Period from, Period to) {
        if (from.isSubAnnual() || to.isSubAnnual()) {
            return from.yearsTo(to); // months / 12, quarters / 4, days / 365; different frequencies are an error
        }
        return new Observation(to, null).middle().subtract(new Observation(from, null).middle());
    }

    /** Growth from {@code start} to {@code end} over {@code years} (> 0); both in one currency. */
    public static Change between(Amount start, Amount end, BigDecimal years) {
        start.commonCurrency(end, "compute growth from");
        if (years.signum() <= 0) {
            throw new CalcException("years must be greater than 0, got " + years.toPlainString());
        }
        List<String> undefined = new ArrayList<>();
        Amount change = end.minus(start);
        Percent percent = percentChange(start, end, undefined);
        Percent cagr = null;
        Percent log = null;
        if (bothPositive(start, end, undefined)) {
            BigDecimal perYear = lnOfRatio(start.value(), end.value()).divide(years, GUARD);
            cagr = rate(DecimalMath.expm1(perYear, GUARD));
            log = rate(perYear);
        }
        return new Change(start, end, years, change, percent, cagr, log, List.copyOf(undefined));
    }

    /**
     * The growth of a series (sorted by period, periods not overlapping, one currency) from its
     * first to its last observation, spans counted as their per-year averages.
     */
    public static Summary of(List<Observation> points, Method method) {
        check(points);
        Observation firstPoint = points.get(0);
        Observation lastPoint = points.get(points.size() - 1);
        Amount start = firstPoint.perYear();
        Amount end = lastPoint.perYear();
        List<String> undefined = new ArrayList<>();
        if (points.size() == 1) {
            undefined.add("one observation: growth needs two");
            return new Summary(firstPoint.period(), lastPoint.period(), BigDecimal.ZERO, start, end, null, null, method, null, 1,
                    List.copyOf(undefined));
        }
        BigDecimal years = yearsBetween(firstPoint.period(), lastPoint.period());
        Amount change = end.minus(start);
        Percent percent = percentChange(start, end, undefined);
        Percent rate = switch (method) {
            case ENDPOINT -> endpointRate(start, end, years, false, undefined);
            case LOG -> endpointRate(start, end, years, true, undefined);
            case TREND -> trend(points, undefined);
            case MEAN -> mean(steps(points), undefined);
        };
        return new Summary(firstPoint.period(), lastPoint.period(), years, start, end, change, percent, method, rate, points.size(),
                List.copyOf(undefined));
    }

    /** Each observation with its change from the previous one; the first has none. */
    public static List<Step> steps(List<Observation> points) {
        check(points);
        if (points.get(0).period().isSubAnnual()) {
            return sameTimeAYearEarlier(points);
        }
        List<Step> steps = new ArrayList<>();
        Observation previous = null;
        for (Observation p : points) {
            Amount value = p.perYear();
            if (previous == null) {
                steps.add(new Step(p, value, null, null, null, null, List.of()));
            } else {
                List<String> undefined = new ArrayList<>();
                Amount before = previous.perYear();
                BigDecimal length = p.middle().subtract(previous.middle());
                Percent percent = percentChange(before, value, undefined);
                Percent annualised = length.compareTo(BigDecimal.ONE) == 0 ? percent
                        : endpointRate(before, value, length, false, undefined);
                steps.add(new Step(p, value, length, value.minus(before), percent, annualised, List.copyOf(undefined)));
            }
            previous = p;
        }
        return steps;
    }

    /**
     * The steps of a series of months, quarters or days: each observation against the same period
     * a year earlier (March against the March before, not February), which has no step when the
     * series lacks it.
     */
    private static List<Step> sameTimeAYearEarlier(List<Observation> points) {
        java.util.Map<Period, Observation> byPeriod = new java.util.HashMap<>();
        points.forEach(p -> byPeriod.put(p.period(), p));
        List<Step> steps = new ArrayList<>();
        for (Observation p : points) {
            Observation before = byPeriod.get(p.period().yearEarlier());
            Amount value = p.amount();
            if (before == null) {
                steps.add(new Step(p, value, null, null, null, null, List.of()));
                continue;
            }
            List<String> undefined = new ArrayList<>();
            Percent percent = percentChange(before.amount(), value, undefined);
            steps.add(new Step(p, value, BigDecimal.ONE, value.minus(before.amount()), percent, percent, List.copyOf(undefined)));
        }
        return steps;
    }

    /** {@code (end - start) / start}, exact or to 34 significant digits; null (with the reason) unless start > 0. */
    private static Percent percentChange(Amount start, Amount end, List<String> undefined) {
        if (start.signum() <= 0) {
            undefined.add("start is " + (start.signum() == 0 ? "0" : "negative") + ": no % change");
            return null;
        }
        return Percent.fromRatio(divide(end.value().subtract(start.value()), start.value()));
    }

    /** Whether start and end are both positive, as an annual rate needs; else false with the reason. */
    private static boolean bothPositive(Amount start, Amount end, List<String> undefined) {
        if (start.signum() <= 0 || end.signum() <= 0) {
            undefined.add("start and end must both be positive for an annual rate");
            return false;
        }
        return true;
    }

    private static Percent endpointRate(Amount start, Amount end, BigDecimal years, boolean continuous, List<String> undefined) {
        if (!bothPositive(start, end, undefined)) {
            return null;
        }
        if (continuous) {
            return rate(lnOfRatio(start.value(), end.value()).divide(years, GUARD));
        }
        // an n-th root by Newton where years are whole or halves (the usual case, and much faster than ln and exp)
        return rate(DecimalMath.rootRate(end.value().subtract(start.value()).divide(start.value(), GUARD), years, GUARD));
    }

    /**
     * ln(end / start) as ln1p((end - start) / start), with the exact difference: growth near 0
     * keeps all its digits.
     */
    private static BigDecimal lnOfRatio(BigDecimal start, BigDecimal end) {
        return DecimalMath.ln1p(end.subtract(start).divide(start, GUARD), GUARD);
    }

    /** exp(b) − 1 for the least-squares slope b of ln(value) on the year: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². */
    private static Percent trend(List<Observation> points, List<String> undefined) {
        int n = points.size();
        BigDecimal[] x = new BigDecimal[n];
        BigDecimal[] y = new BigDecimal[n];
        BigDecimal sumX = BigDecimal.ZERO;
        BigDecimal sumY = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Observation p = points.get(i);
            Amount v = p.perYear();
            if (v.signum() <= 0) {
                undefined.add("a value is not positive (" + p.period() + "): no log-linear trend");
                return null;
            }
            x[i] = p.middle();
            y[i] = DecimalMath.ln(v.value(), GUARD);
            sumX = sumX.add(x[i]);
            sumY = sumY.add(y[i], GUARD);
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal meanX = sumX.divide(count, GUARD);
        BigDecimal meanY = sumY.divide(count, GUARD);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal dx = x[i].subtract(meanX, GUARD);
            sxy = sxy.add(dx.multiply(y[i].subtract(meanY, GUARD), GUARD), GUARD);
            sxx = sxx.add(dx.multiply(dx, GUARD), GUARD);
        }
        return rate(DecimalMath.expm1(sxy.divide(sxx, GUARD), GUARD));
    }

    /** The mean of the annual changes, each step weighted by its length in years. */
    private static Percent mean(List<Step> steps, List<String> undefined) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal years = BigDecimal.ZERO;
        for (Step s : steps.subList(1, steps.size())) {
            if (s.annualised() == null) {
                undefined.add("the step to " + s.point().period() + " has no annual change: no mean");
                return null;
            }
            weighted = weighted.add(s.annualised().ratio().multiply(s.length()));
            years = years.add(s.length());
        }
        return Percent.fromRatio(divide(weighted, years));
    }

    private static void check(List<Observation> points) {
        if (points.isEmpty()) {
            throw new CalcException("a series needs at least one observation");
        }
        for (int i = 1; i < points.size(); i++) {
            Observation a = points.get(i - 1);
            Observation b = points.get(i);
            a.amount().commonCurrency(b.amount(), "compute growth from");
            if (a.period().frequency() != b.period().frequency()) {
                a.period().yearsTo(b.period()); // throws: growth between periods of different frequency (years and spans are both YEAR)
            }
            // months, quarters or days of one frequency overlap only when they are the same period
            if (a.period().isSubAnnual() ? a.period().compareTo(b.period()) >= 0 : b.period().first() <= a.period().last()) {
                throw new CalcException("periods " + a.period() + " and " + b.period() + " overlap or are out of order");
            }
        }
    }

    /** A series of many that could not be computed: its index in the list given, and why. */
    public static final class SeriesFailure extends RuntimeException {
        private final int index;

        SeriesFailure(int index, CalcException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * The summary of every series, on all cores (tens of thousands of groups in a trade dump); the
     * first failing series in list order is the {@link SeriesFailure} thrown.
     */
    public static List<Summary> summaries(List<List<Observation>> series, Method method) {
        return each(series, s -> of(s, method));
    }

    /** The year-over-year steps of every series, as {@link #summaries}. */
    public static List<List<Step>> allSteps(List<List<Observation>> series) {
        return each(series, Growth::steps);
    }

    private static <T> List<T> each(List<List<Observation>> series, java.util.function.Function<List<Observation>, T> calc) {
        Object[] out = new Object[series.size()];
        java.util.stream.IntStream.range(0, series.size()).parallel().forEach(i -> {
            try {
                out[i] = calc.apply(series.get(i));
            } catch (CalcException e) {
                out[i] = e;
            }
        });
        List<T> results = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CalcException e) {
                throw new SeriesFailure(i, e);
            }
            @SuppressWarnings("unchecked")
            T r = (T) out[i];
            results.add(r);
        }
        return results;
    }

    /** A rate computed with guard digits, rounded once to 34 significant digits. */
    private static Percent rate(BigDecimal ratio) {
        return Percent.fromRatio(DecimalMath.plain(DecimalMath.result(ratio)));
    }

    /** a / b: exact when the quotient has at most 34 significant digits, else rounded to 34 (no exception on the way). */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return Decimals.ratio(a, b);
    }
}
