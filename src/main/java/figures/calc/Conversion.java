package figures.calc;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.MissingReference;
import figures.model.Period;
import figures.model.ReferenceValue;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts an amount into another currency and/or another year's prices, with every rate and
 * index value it used and the steps it took.
 *
 * <ul>
 * <li>A currency conversion of a flow uses the period-average rate of the amount's year. A pair
 *     other than USD goes through USD (cross rate); a pair linked by a redenomination
 *     ({@code RUR→RUB}) uses the redenomination's exact factor instead.</li>
 * <li>A change of price basis uses {@code value × index(target) / index(base)}.
 *     {@link Method#CONVERT_THEN_DEFLATE} (the default) converts at the amount's year's rate to
 *     USD, deflates with the US index, then converts to the target currency at the target year's
 *     rate; {@link Method#DEFLATE_THEN_CONVERT} deflates with the amount's own currency's index,
 *     then converts at the target year's rate.</li>
 * <li>An amount over a span ({@code 1.4bn GBP@1989-1990}) is split into equal annual parts (or
 *     parts by the given weights), each converted at its own year's rate and index.</li>
 * </ul>
 *
 * A currency is used only within its life: an amount (or a target) in a currency before the
 * redenomination that created it ({@code 500m TRY@2003}; the new lira exists from 2005) is an
 * error naming the currency to write instead; the rate tables quote such a country in today's
 * unit for every year, so converting it would be off by the redenomination's factor.
 *
 * <p>Nothing is interpolated: a missing rate or index value is a {@link MissingReference} (exit 3)
 * naming what exists and the override ({@code --rate}, {@code --index}) that supplies it. The
 * arithmetic is exact ({@link ConversionFraction}); the result is rounded once, to 34 significant
 * digits, only when it does not terminate. Instances are immutable; {@code with*} give copies.
 *
 * <p>For other commands ({@code growth --to USD@2024}, say), per amount and year:
 * {@code Conversion.using(ref).convert(Amount.of(v, cur, Period.of(year)), Target.of(USD, 2024))}
 * gives a {@link Result} with the converted {@link Amount}, its steps and the values used.
 */
public final class Conversion {
    /** The order of the two operations when both the currency and the price basis change. */
    public enum Method {
        CONVERT_THEN_DEFLATE("convert-then-deflate"),
        DEFLATE_THEN_CONVERT("deflate-then-convert");

        private final String text;

        Method(String text) {
            this.text = text;
        }

        /** {@code convert-then-deflate} or {@code deflate-then-convert}. */
        public static Method parse(String s) {
            for (Method m : values()) {
                if (m.text.equalsIgnoreCase(s.strip())) {
                    return m;
                }
            }
            throw new CalcException("'" + s + "' is not a method (expected convert-then-deflate or deflate-then-convert)");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * What to convert into: a currency, and optionally the year whose prices to express it in;
     * {@code latest} ({@code USD@latest}, {@code USD@today}): the latest year the reference data
     * has, which the command resolves against its data set ({@link #at}) and names in a note.
     */
    public record Target(Currency currency, Year year, boolean latest) {
        private static final Pattern FORM = Pattern.compile("([^@\\s]+)\\s*(?:@\\s*(\\S+))?");

        public Target {
            Objects.requireNonNull(currency);
        }

        public Target(Currency currency, Year year) {
            this(currency, year, false);
        }

        /** This target with {@code latest} resolved to {@code year}. */
        public Target at(int year) {
            return of(currency, year);
        }

        public static Target of(Currency currency) {
            return new Target(currency, null);
        }

        public static Target of(Currency currency, int year) {
            return new Target(currency, Year.of(Period.of(year).first()));
        }

        /** Parses {@code USD@2024} or {@code USD}. */
        /** Whether text names a currency target ({@code USD@2024}, {@code GBP}) rather than a year. */
        public static boolean looksLikeTarget(String text) {
            String t = text.strip();
            return !t.isEmpty() && !Character.isDigit(t.charAt(0)) && t.charAt(0) != '-';
        }

        public static Target parse(String text) {
            Matcher m = FORM.matcher(text.strip());
            if (!m.matches()) {
                throw new CalcException("'" + text + "' is not a target (expected a currency and optionally a year, e.g. USD@2024 or GBP)");
            }
            if (m.group(1).matches("\\d{4}") && m.group(2) == null) {
                throw new CalcException("'" + text + "' is a year: a year needs a currency, e.g. USD@" + m.group(1)
                        + " (the prices of " + m.group(1) + " in US dollars)");
            }
            Currency c = Currency.of(m.group(1));
            if (m.group(2) == null) {
                return of(c);
            }
            if (m.group(2).equalsIgnoreCase("latest") || m.group(2).equalsIgnoreCase("today")) {
                return new Target(c, null, true);
            }
            if (m.group(2).matches("\\d{4}[-/.]?(\\d{2}|Q[1-4]|M\\d{1,2})([-/.]\\d{2})?")) {
                String year = m.group(2).substring(0, 4);
                throw new CalcException("'" + text + "': prices are those of a year, not of a month, quarter or day (the reference"
                        + " price indexes are annual averages): write " + c + "@" + year);
            }
            Period p = Period.parse(m.group(2));
            if (p.isSpan()) {
                throw new CalcException("'" + text + "': prices are those of one year, not of " + p + " (e.g. " + c + "@" + p.last() + ")");
            }
            return of(c, p.first());
        }

        @Override
        public String toString() {
            return latest ? currency.code() + "@latest" : year == null ? currency.code() : currency.code() + "@" + year;
        }
    }

    /**
     * A rate given by the user instead of a lookup: {@code 0.90 SUR per USD}, {@code 1.6382 USD per
     * GBP}, or a plain {@code 0.90}, read the way the exchange-rate table quotes the one currency
     * other than USD involved; scoped to one currency and year with {@code SUR@1972=0.829 per USD}
     * (then it applies to that year only, and {@code per USD} alone means that currency per USD).
     * An unscoped rate is for one year: a conversion that would use it for two is an error.
     */
    public record Rate(BigDecimal value, Currency unit, Currency per, Integer year) {
        private static final Pattern FORM = Pattern.compile("(?<num>[^\\sA-Za-z$£€=@]+)\\s*(?:(?<unit>\\S+)?\\s*per\\s+(?<per>\\S+))?",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern SCOPE = Pattern.compile("\\s*(?<cur>[A-Za-z]{3})\\s*@\\s*(?<year>\\d{4})\\s*=(?<rest>.*)");

        public Rate(BigDecimal value, Currency unit, Currency per) {
            this(value, unit, per, null);
        }

        public static Rate parse(String text) {
            Matcher scope = SCOPE.matcher(text);
            Currency scoped = null;
            Integer year = null;
            String rest = text;
            if (scope.matches()) {
                scoped = Currency.of(scope.group("cur"));
                year = Integer.valueOf(scope.group("year"));
                rest = scope.group("rest");
                if (scoped.equals(Currency.USD)) {
                    throw new CalcException("rate '" + text + "': scope it to the currency other than USD, e.g. \"SUR@1972=0.829 per USD\"");
                }
            }
            Matcher m = FORM.matcher(rest.strip());
            if (!m.matches()) {
                throw new CalcException("'" + text + "' is not a rate (expected e.g. 0.90, \"0.90 SUR per USD\", \"1.6382 USD per GBP\" "
                        + "or, for one currency and year, \"SUR@1972=0.829 per USD\")");
            }
            BigDecimal v = Decimals.parse(m.group("num"));
            if (v.signum() <= 0) {
                throw new CalcException("rate '" + text + "' must be greater than zero");
            }
            if (m.group("per") == null) {
                if (scoped == null) {
                    return new Rate(v, null, null, null);
                }
                return new Rate(v, scoped, null, year);
            }
            Currency per = Currency.of(m.group("per"));
            Currency unit = m.group("unit") != null ? Currency.of(m.group("unit")) : scoped;
            if (unit == null) {
                throw new CalcException("rate '" + text + "' names no currency before 'per' (expected e.g. \"0.90 SUR per USD\")");
            }
            if (unit.equals(per)) {
                throw new CalcException("rate '" + text + "' names " + unit + " twice (expected e.g. \"0.90 SUR per USD\")");
            }
            if (scoped != null && !scoped.equals(unit) && !scoped.equals(per)) {
                throw new CalcException("rate '" + text + "' is scoped to " + scoped + " but quotes " + unit + " per " + per);
            }
            return new Rate(v, unit, per, year);
        }

        boolean isPlain() {
            return per == null;
        }

        boolean links(Currency a, Currency b) {
            return (a.equals(unit) && b.equals(per)) || (a.equals(per) && b.equals(unit));
        }

        /** Whether the rate may be used for a year: a scoped rate for its own year only. */
        boolean appliesIn(Integer y) {
            return year == null || year.equals(y);
        }

        @Override
        public String toString() {
            String body = isPlain() ? value.toPlainString() : value.toPlainString() + " " + unit + " per " + per;
            return year == null ? body : (unit != null && !unit.equals(Currency.USD) ? unit : per) + "@" + year + "=" + body;
        }
    }

    /** One annual part of an amount over a span (or the whole amount for a single year). */
    public record Part(Amount amount, Amount converted) {
    }

    /**
     * A finished conversion: the amount as given, the target, the method (when the price basis
     * changed), the converted amount (and its exact value), the parts, the exchange rates and
     * redenominations used, the index values used, the steps, the notes of the rows used, and
     * whether the given rate (if any) was needed: a command may treat an unneeded one as a mistake.
     */
    public record Result(Amount amount, Target target, Method method, Amount converted, ConversionFraction exact, List<Part> parts,
                         List<ReferenceValue> rates, List<ReferenceValue> indexValues, List<String> steps, List<String> notes,
                         boolean rateUsed) {
        /** The converted value (exact, or 34 significant digits when the quotient does not terminate). */
        public BigDecimal value() {
            return converted.value();
        }

        /** Every reference value used: rates and redenominations, then index values. */
        public List<ReferenceValue> used() {
            List<ReferenceValue> all = new ArrayList<>(rates);
            all.addAll(indexValues);
            return all;
        }

        /** Whether the price basis changed (so the method mattered). */
        public boolean deflated() {
            return method != null;
        }
    }

    static final String COMMAND_LINE = "given on the command line";

    private final References ref;
    private final Method method;
    /** Whether the method was chosen ({@link #withMethod}); if not, a change of prices within one currency uses its own index. */
    private final boolean methodGiven;
    /** The price index that moves prices, by name ({@code CPI:SYR}); null: the default for the method. */
    private final String indexSeries;
    private final Rate rate;
    private final Map<Integer, BigDecimal> index;
    private final List<BigDecimal> weights;

    private Conversion(References ref, Method method, boolean methodGiven, String indexSeries, Rate rate, Map<Integer, BigDecimal> index,
                       List<BigDecimal> weights) {
        this.ref = Objects.requireNonNull(ref);
        this.method = Objects.requireNonNull(method);
        this.methodGiven = methodGiven;
        this.indexSeries = indexSeries;
        this.rate = rate;
        this.index = index;
        this.weights = weights;
    }

    /**
     * Conversions with the given reference data, no overrides: convert-then-deflate, except that a
     * change of prices within one currency other than USD uses that currency's own price index when
     * one is bundled ({@code 100m SYP@2005} to {@code SYP@2010} with the Syrian CPI).
     */
    public static Conversion using(References ref) {
        return new Conversion(ref, Method.CONVERT_THEN_DEFLATE, false, null, null, Map.of(), null);
    }

    public Conversion withMethod(Method m) {
        return new Conversion(ref, m, true, indexSeries, rate, index, weights);
    }

    /**
     * The price index to move prices with ({@code US-CPI-U}, {@code CPI:SYR}, {@code DEFLATOR:SYR}),
     * whatever the currency; null: the default. Without a method, an index other than the USD one
     * means deflate-then-convert (the amount is deflated in its own currency).
     */
    public Conversion withIndexSeries(String series) {
        if (series != null && !ref.indexes().has(series)) {
            throw new CalcException("--index-series " + series + ": no such price index (" + ref.indexes().name() + " has "
                    + ref.indexes().describeSeries() + "; figures data lists the series)");
        }
        return new Conversion(ref, method, methodGiven, series, rate, index, weights);
    }

    /** A rate that replaces the lookup of its currency pair (for every year it is needed). */
    public Conversion withRate(Rate r) {
        return new Conversion(ref, method, methodGiven, indexSeries, r, index, weights);
    }

    /** Index values by year that replace (or supply) those of the index in use. */
    public Conversion withIndex(Map<Integer, BigDecimal> values) {
        for (Map.Entry<Integer, BigDecimal> e : values.entrySet()) {
            if (e.getValue().signum() <= 0) {
                throw new CalcException("index value for " + e.getKey() + " must be greater than zero (got " + e.getValue().toPlainString() + ")");
            }
        }
        return new Conversion(ref, method, methodGiven, indexSeries, rate, Collections.unmodifiableMap(new TreeMap<>(values)), weights);
    }

    /** Relative weights of the annual parts of a span (one per year) instead of equal parts. */
    public Conversion withWeights(List<BigDecimal> w) {
        return new Conversion(ref, method, methodGiven, indexSeries, rate, index, w == null ? null : List.copyOf(w));
    }

    public Method method() {
        return method;
    }

    References ref() {
        return ref;
    }

    boolean methodGiven() {
        return methodGiven;
    }

    String indexSeries() {
        return indexSeries;
    }

    Rate rate() {
        return rate;
    }

    Map<Integer, BigDecimal> index() {
        return index;
    }

    List<BigDecimal> weights() {
        return weights;
    }

    /** Converts one amount (it needs a currency; a year unless no rate or index lookup needs one). */
    public Result convert(Amount amount, Target target) {
        return new ConversionRun(this, amount, target).result();
    }
}
