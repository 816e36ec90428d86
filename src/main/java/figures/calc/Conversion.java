package figures.calc;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Coverage;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.MissingReference;
import figures.model.Period;
import figures.model.ReferenceValue;
import figures.model.Scale;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /** What to convert into: a currency, and optionally the year whose prices to express it in. */
    public record Target(Currency currency, Year year) {
        private static final Pattern FORM = Pattern.compile("([^@\\s]+)\\s*(?:@\\s*(\\S+))?");

        public Target {
            Objects.requireNonNull(currency);
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

        public Optional<Year> priceYear() {
            return Optional.ofNullable(year);
        }

        @Override
        public String toString() {
            return year == null ? currency.code() : currency.code() + "@" + year;
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

    private static final String COMMAND_LINE = "given on the command line";

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

    /** Converts one amount (it needs a currency; a year unless no rate or index lookup needs one). */
    public Result convert(Amount amount, Target target) {
        return new Run(amount, target).result();
    }

    /** The state of one conversion: what it looked up and the steps it took. */
    private final class Run {
        private final Amount amount;
        private final Target target;
        private final Currency from;
        private final Currency to;
        private final Integer targetYear;
        private final Rate given;
        private final List<String> steps = new ArrayList<>();
        private final Map<String, ReferenceValue> rates = new LinkedHashMap<>();
        private final Map<String, ReferenceValue> indexValues = new LinkedHashMap<>();
        /** Row notes by series and text, with the periods of the rows that carry them (merged into one note each). */
        private final Map<String, List<Period>> rowNotes = new LinkedHashMap<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Set<Integer> rateYears = new TreeSet<>();
        private boolean rateUsed;
        private boolean deflated;
        private Method chosen;

        Run(Amount amount, Target target) {
            this.amount = amount;
            this.target = target;
            this.from = amount.currency().orElseThrow(() -> new CalcException("'" + amount + "' has no currency (write it with one, e.g. "
                    + Amount.of(amount.value(), Currency.USD, amount.priceBasis().orElse(null)) + ")"));
            this.to = target.currency();
            this.targetYear = target.year() == null ? null : target.year().getValue();
            this.given = resolve(rate);
        }

        /**
         * The method of this conversion: the one given; else deflate-then-convert when a chosen index
         * is not the USD one, or when prices change within one currency (not USD) that has its own
         * index; else convert-then-deflate.
         */
        private Method method() {
            if (chosen == null) {
                if (methodGiven) {
                    chosen = method;
                } else if (indexSeries != null) {
                    chosen = ref.indexes().seriesFor(Currency.USD).map(indexSeries::equalsIgnoreCase).orElse(false)
                            ? Method.CONVERT_THEN_DEFLATE : Method.DEFLATE_THEN_CONVERT;
                } else if (from.equals(to) && !from.equals(Currency.USD) && ref.indexes().seriesFor(from).isPresent()) {
                    chosen = Method.DEFLATE_THEN_CONVERT;
                } else {
                    chosen = Method.CONVERT_THEN_DEFLATE;
                }
            }
            return chosen;
        }

        Result result() {
            Period basis = amount.priceBasis().orElse(null);
            if (basis == null && targetYear != null) {
                throw new CalcException("'" + amount + "' has no year, so its prices cannot be moved to " + targetYear
                        + " (write it as " + amount + "@YEAR)");
            }
            if (basis != null) {
                ref.redenominations().beforeLife(from, basis.first()).ifPresent(why -> {
                    throw new CalcException("'" + text(amount) + "': " + why);
                });
            }
            Integer resultYear = targetYear != null ? targetYear : basis == null ? null : basis.first();
            if (resultYear != null) {
                ref.redenominations().beforeLife(to, resultYear).ifPresent(why -> {
                    throw new CalcException("cannot express '" + text(amount) + "' in " + to + (targetYear != null ? " of " + targetYear : "")
                            + ": " + why.replace(" write ", " convert to "));
                });
            }
            List<Integer> years = new ArrayList<>();
            if (basis == null) {
                years.add(null);
            } else {
                for (int y = basis.first(); y <= basis.last(); y++) {
                    years.add(y);
                }
            }
            List<BigDecimal> w = partWeights(years.size(), basis);
            BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            ConversionFraction total = ConversionFraction.ZERO;
            List<Part> parts = new ArrayList<>();
            List<Amount> convertedParts = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                Integer y = years.get(i);
                ConversionFraction v = ConversionFraction.of(amount.value()).times(w.get(i)).dividedBy(sum);
                Amount part = amountAt(v, from, y);
                if (years.size() > 1) {
                    steps.add("part " + y + ": " + text(part) + (weights == null ? " (1/" + years.size() + " of " + text(amount) + ")"
                            : " (weight " + w.get(i).toPlainString() + " of " + sum.toPlainString() + ")"));
                }
                ConversionFraction c = convertPart(v, y);
                Amount converted = amountAt(c, to, targetYear != null ? targetYear : y);
                parts.add(new Part(part, converted));
                convertedParts.add(converted);
                total = total.plus(c);
            }
            Period resultBasis = targetYear != null ? Period.of(targetYear) : basis;
            Amount converted = Amount.of(total.value(), to, resultBasis);
            if (parts.size() > 1) {
                StringBuilder b = new StringBuilder("total: ");
                for (int i = 0; i < convertedParts.size(); i++) {
                    b.append(i == 0 ? "" : " + ").append(text(convertedParts.get(i)));
                }
                steps.add(b.append(" = ").append(text(converted)).toString());
            }
            noteRateUse();
            return new Result(amount, target, deflated ? method() : null, converted, total, List.copyOf(parts),
                    List.copyOf(rates.values()), List.copyOf(indexValues.values()), List.copyOf(steps), notes(), rateUsed);
        }

        private List<BigDecimal> partWeights(int n, Period basis) {
            if (weights == null) {
                return Collections.nCopies(n, BigDecimal.ONE);
            }
            if (basis == null || weights.size() != n) {
                throw new CalcException("--weights: " + weights.size() + " weight" + (weights.size() == 1 ? "" : "s") + " given, but '"
                        + amount + "' covers " + (basis == null ? "no stated years" : n + " year" + (n == 1 ? "" : "s") + " (" + basis + ")"));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal x : weights) {
                if (x.signum() < 0) {
                    throw new CalcException("--weights: " + x.toPlainString() + " is negative");
                }
                sum = sum.add(x);
            }
            if (sum.signum() == 0) {
                throw new CalcException("--weights: the weights add up to zero");
            }
            return weights;
        }

        private ConversionFraction convertPart(ConversionFraction v, Integer y) {
            if (targetYear == null || targetYear.equals(y)) {
                return currency(v, from, to, y);
            }
            deflated = true;
            if (method() == Method.CONVERT_THEN_DEFLATE) {
                ConversionFraction usd = currency(v, from, Currency.USD, y);
                ConversionFraction moved = deflate(usd, Currency.USD, y, targetYear);
                return currency(moved, Currency.USD, to, targetYear);
            }
            ConversionFraction moved = deflate(v, from, y, targetYear);
            return currency(moved, from, to, targetYear);
        }

        // ---- currencies ------------------------------------------------------------------

        /** {@code v} units of {@code a} in {@code b}, at {@code year}'s rates (year may be null when no lookup is needed). */
        private ConversionFraction currency(ConversionFraction v, Currency a, Currency b, Integer year) {
            if (a.equals(b)) {
                return v;
            }
            if (given != null && given.links(a, b) && given.appliesIn(year)) {
                return applyGiven(v, a, b, year);
            }
            List<? extends References.Redenomination> path = redenominationPath(a, b);
            if (path != null) {
                return redenominate(v, a, path, year);
            }
            ConversionFraction usd = a.equals(Currency.USD) ? v : toUsd(v, a, year);
            return b.equals(Currency.USD) ? usd : fromUsd(usd, b, year);
        }

        private ConversionFraction toUsd(ConversionFraction v, Currency a, Integer year) {
            if (given != null && given.links(a, Currency.USD) && given.appliesIn(year)) {
                return applyGiven(v, a, Currency.USD, year);
            }
            Lookup l = lookup(a, year);
            ConversionFraction inD = v;
            for (References.Redenomination link : l.links) {
                inD = redenominateForward(inD, link, year);
            }
            References.Rate r = l.rate;
            Currency d = r.currency();
            useRate(r.value());
            ConversionFraction usd = r.perUsdQuote() ? inD.dividedBy(r.published()) : inD.times(r.published());
            steps.add(d + " → USD at " + year + "'s rate: " + at(inD, d, year) + (r.perUsdQuote() ? " ÷ " : " × ")
                    + r.text() + " = " + at(usd, Currency.USD, year));
            return usd;
        }

        private ConversionFraction fromUsd(ConversionFraction usd, Currency b, Integer year) {
            if (given != null && given.links(Currency.USD, b) && given.appliesIn(year)) {
                return applyGiven(usd, Currency.USD, b, year);
            }
            Lookup l = lookup(b, year);
            References.Rate r = l.rate;
            Currency d = r.currency();
            useRate(r.value());
            ConversionFraction inD = r.perUsdQuote() ? usd.times(r.published()) : usd.dividedBy(r.published());
            steps.add("USD → " + d + " at " + year + "'s rate: " + at(usd, Currency.USD, year)
                    + (r.perUsdQuote() ? " × " : " ÷ ") + r.text() + " = " + at(inD, d, year));
            ConversionFraction v = inD;
            // back along the chain: b → … → d, so 1 d = product of factors units of b
            for (int i = l.links.size() - 1; i >= 0; i--) {
                v = redenominateBackward(v, l.links.get(i), year);
            }
            return v;
        }

        private ConversionFraction applyGiven(ConversionFraction v, Currency a, Currency b, Integer year) {
            rateUsed = true;
            rateYears.add(year == null ? 0 : year);
            // given.unit per given.per: dividing by it takes unit → per
            ConversionFraction out = a.equals(given.unit()) ? v.dividedBy(given.value()) : v.times(given.value());
            ReferenceValue rv = new ReferenceValue(given.unit() + " per " + given.per() + " (--rate)", year == null ? 0 : year,
                    year == null ? null : Period.of(year), given.value(), given.unit() + " per " + given.per(),
                    COMMAND_LINE, "--rate " + given, "", "--rate");
            rates.putIfAbsent(rv.series() + "|" + year, rv);
            steps.add(a + " → " + b + " at the given rate: " + at(v, a, year) + (a.equals(given.unit()) ? " ÷ " : " × ") + given
                    + " = " + at(out, b, year) + " (--rate, " + COMMAND_LINE + ")");
            return out;
        }

        /** The redenomination links from a to b (or from b to a, then applied in reverse); null when there are none. */
        private List<? extends References.Redenomination> redenominationPath(Currency a, Currency b) {
            List<? extends References.Redenomination> forward = ref.redenominations().chain(a);
            for (int i = 0; i < forward.size(); i++) {
                if (forward.get(i).to().equals(b)) {
                    return forward.subList(0, i + 1);
                }
            }
            List<? extends References.Redenomination> backward = ref.redenominations().chain(b);
            for (int i = 0; i < backward.size(); i++) {
                if (backward.get(i).to().equals(a)) {
                    return backward.subList(0, i + 1);
                }
            }
            return null;
        }

        private ConversionFraction redenominate(ConversionFraction v, Currency a, List<? extends References.Redenomination> path, Integer year) {
            ConversionFraction out = v;
            if (path.get(0).from().equals(a)) {
                for (References.Redenomination l : path) {
                    out = redenominateForward(out, l, year);
                }
            } else {
                for (int i = path.size() - 1; i >= 0; i--) {
                    out = redenominateBackward(out, path.get(i), year);
                }
            }
            return out;
        }

        private ConversionFraction redenominateForward(ConversionFraction v, References.Redenomination l, Integer year) {
            useRate(l.value());
            ConversionFraction out = v.dividedBy(l.factor());
            steps.add(l.from() + " → " + l.to() + " (redenomination): " + at(v, l.from(), year) + " ÷ " + l.factor().toPlainString() + " "
                    + l.from() + " per " + l.to() + " = " + at(out, l.to(), year));
            return out;
        }

        private ConversionFraction redenominateBackward(ConversionFraction v, References.Redenomination l, Integer year) {
            useRate(l.value());
            ConversionFraction out = v.times(l.factor());
            steps.add(l.to() + " → " + l.from() + " (redenomination): " + at(v, l.to(), year) + " × " + l.factor().toPlainString() + " "
                    + l.from() + " per " + l.to() + " = " + at(out, l.from(), year));
            return out;
        }

        /** A rate for a currency: its own row for the year, else the row of the currency it was redenominated into. */
        private Lookup lookup(Currency c, Integer year) {
            if (year == null) {
                throw new CalcException("'" + amount + "' has no year, so no " + c + " rate can be looked up (write it as "
                        + amount + "@YEAR, or give the rate with --rate \"R " + quoteHint(c) + "\")");
            }
            References.Rates fx = ref.fx();
            Optional<? extends References.Rate> own = fx.find(c, year);
            if (own.isPresent()) {
                return new Lookup(own.get(), List.of());
            }
            List<? extends References.Redenomination> chain = ref.redenominations().chain(c);
            for (int i = 0; i < chain.size(); i++) {
                Optional<? extends References.Rate> r = fx.find(chain.get(i).to(), year);
                if (r.isPresent()) {
                    return new Lookup(r.get(), chain.subList(0, i + 1));
                }
            }
            StringBuilder has = new StringBuilder();
            if (fx.has(c)) {
                has.append(fx.name()).append(" has ").append(c).append(" for ").append(fx.coverage(c));
            }
            for (References.Redenomination l : chain) {
                if (fx.has(l.to())) {
                    has.append(has.length() == 0 ? fx.name() + " has " : ", and ").append(l.to()).append(" (")
                            .append(c).append(" was redenominated into it) for ").append(fx.coverage(l.to()));
                }
            }
            String option = "--rate \"R " + quoteHint(c) + "\"";
            if (has.length() == 0) {
                Set<Currency> all = fx.currencies();
                throw new MissingReference("no exchange rates for " + c + " in " + fx.name() + (all.size() > 12
                        ? " or the WDI tables (they have " + all.size() + " currencies; figures data lists them)"
                        : " (it has " + String.join(", ", all.stream().map(Currency::code).toList()) + ")"),
                        "give the rate with " + option, option);
            }
            throw new MissingReference("no exchange rate for " + c + " in " + year + ": " + has,
                    "nothing is interpolated: give the rate with " + option, option);
        }

        private String quoteHint(Currency c) {
            Optional<Boolean> q = ref.fx().quotesPerUsd(c);
            return q.isPresent() && !q.get() ? "USD per " + c : c + " per USD";
        }

        private void useRate(ReferenceValue v) {
            if (rates.putIfAbsent(v.series() + "|" + v.year(), v) == null) {
                steps.add(v.describe());
            }
            note(v);
        }

        // ---- price indexes ---------------------------------------------------------------

        /** {@code v} in {@code c}'s prices of {@code base} moved to prices of {@code target}, with {@code c}'s index. */
        private ConversionFraction deflate(ConversionFraction v, Currency c, int base, int target) {
            References.Indexes idx = ref.indexes();
            Optional<String> series = indexSeries != null ? Optional.of(indexSeries) : idx.seriesFor(c);
            String name;
            if (series.isPresent()) {
                name = series.get();
            } else if (index.containsKey(base) && index.containsKey(target)) {
                name = c + " index (--index)";
            } else {
                String option = "--index " + base + "=VALUE --index " + target + "=VALUE";
                throw new MissingReference(method() + " needs a price index for " + c + " prices, and " + idx.name() + " has none (it has "
                        + idx.describeSeries() + ")", "give its values with " + option + ", or use --method " + Method.CONVERT_THEN_DEFLATE,
                        option);
            }
            ReferenceValue from = indexValue(name, base);
            ReferenceValue to = indexValue(name, target);
            ConversionFraction out = v.times(to.value()).dividedBy(from.value());
            steps.add(c + " prices of " + base + " → " + target + " (" + name + "): " + at(v, c, base) + " × "
                    + to.value().toPlainString() + " / " + from.value().toPlainString() + " = " + at(out, c, target));
            return out;
        }

        private ReferenceValue indexValue(String series, int year) {
            ReferenceValue v;
            if (index.containsKey(year)) {
                v = new ReferenceValue(series, year, Period.of(year), index.get(year), "", COMMAND_LINE, "--index " + year + "="
                        + index.get(year).toPlainString(), "", "--index");
            } else {
                References.Indexes idx = ref.indexes();
                v = idx.find(series, year).orElseThrow(() -> new MissingReference("no " + series + " value for " + year + ": " + idx.name()
                        + " has " + series + " for " + idx.coverage(series),
                        "nothing is interpolated or extrapolated: give it with --index " + year + "=VALUE", "--index " + year + "=VALUE"));
            }
            if (indexValues.putIfAbsent(v.series() + "|" + year, v) == null) {
                steps.add(v.describe());
            }
            note(v);
            return v;
        }

        private void note(ReferenceValue v) {
            if (!v.note().isEmpty()) {
                List<Period> at = rowNotes.computeIfAbsent(v.series() + "\n" + v.note(), k -> new ArrayList<>());
                if (!at.contains(v.covers())) {
                    at.add(v.covers());
                }
            }
        }

        /** {@code UK-CPI 2000 and 2010: note}: one note per series and text. */
        private List<String> notes() {
            List<String> all = new ArrayList<>();
            rowNotes.forEach((key, periods) -> {
                int nl = key.indexOf('\n');
                all.add(key.substring(0, nl) + " " + Coverage.text(periods) + ": " + key.substring(nl + 1));
            });
            all.addAll(notes);
            return List.copyOf(all);
        }

        // ---- the given rate --------------------------------------------------------------

        /** A plain --rate read in the direction the table quotes the one non-USD currency involved. */
        private Rate resolve(Rate r) {
            if (r == null || !r.isPlain()) {
                return r;
            }
            Set<Currency> others = new TreeSet<>(List.of(from, to));
            others.remove(Currency.USD);
            if (r.unit() != null) { // scoped: SUR@1972=0.829
                others = Set.of(r.unit());
            }
            if (others.isEmpty()) {
                throw new CalcException("--rate " + r + ": USD to USD needs no rate");
            }
            if (others.size() > 1) {
                throw new CalcException("--rate " + r + ": say which pair it is for, e.g. --rate \"" + r + " " + from + " per " + to
                        + "\" or --rate \"" + r + " " + from + " per USD\"");
            }
            Currency c = others.iterator().next();
            Optional<Boolean> q = ref.fx().quotesPerUsd(c);
            if (q.isEmpty()) {
                throw new CalcException("--rate " + r + ": say which way it is quoted, e.g. --rate \"" + r + " " + c + " per USD\" or --rate \""
                        + r + " USD per " + c + "\"");
            }
            Rate resolved = q.get() ? new Rate(r.value(), c, Currency.USD, r.year())
                    : new Rate(r.value(), Currency.USD, c, r.year());
            steps.add("--rate " + r + " read as " + resolved + " (the way " + ref.fx().name() + " quotes " + c + ")");
            return resolved;
        }

        private void noteRateUse() {
            if (rateYears.size() > 1) {
                notes.add("--rate " + given + " was used for each of " + String.join(", ",
                        rateYears.stream().map(y -> y == 0 ? "the undated amount" : y.toString()).toList()));
            }
        }
    }

    /** A rate row, reached through zero or more redenominations of the currency asked for. */
    private record Lookup(References.Rate rate, List<? extends References.Redenomination> links) {
    }

    private static Amount amountAt(ConversionFraction v, Currency c, Integer year) {
        return Amount.of(v.value(), c, year == null ? null : Period.of(year));
    }

    /** An intermediate value for a step: exact (or 34 digits), without trailing zeros, e.g. {@code 700m GBP@1989}. */
    private static String at(ConversionFraction v, Currency c, Integer year) {
        return text(amountAt(v, c, year));
    }

    /** An amount's text form without the trailing zeros its scale would print: {@code 1.14674bn USD@1989}. */
    static String text(Amount a) {
        BigDecimal v = a.value().stripTrailingZeros();
        int magnitude = v.signum() == 0 ? 0 : v.precision() - v.scale() - 1;
        Scale s = Scale.forExponent(magnitude);
        BigDecimal shown = s == null ? v : v.scaleByPowerOfTen(-s.exponent());
        StringBuilder b = new StringBuilder(shown.stripTrailingZeros().toPlainString());
        if (s != null) {
            b.append(s.symbol());
        }
        a.currency().ifPresent(c -> b.append(' ').append(c.code()));
        a.priceBasis().ifPresent(p -> b.append('@').append(p));
        return b.toString();
    }
}
