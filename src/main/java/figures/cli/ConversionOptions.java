package figures.cli;

import figures.calc.Conversion;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.Period;
import figures.model.UsageException;
import figures.reference.ReferenceData;
import figures.model.ReferenceValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code convert} and {@code compare}: target, method and the overrides of lookups. */
public final class ConversionOptions {
    @Option(names = "--to", required = true, paramLabel = "CUR[@YEAR]", converter = TargetConverter.class,
            description = "Currency to convert into, and optionally the year whose prices to use: USD@2024, GBP, EUR@2020.")
    Conversion.Target target;

    @Option(names = "--method", paramLabel = "METHOD", converter = MethodConverter.class,
            description = "When both currency and prices change: convert-then-deflate (default: the amount's year's rate, "
                    + "then US CPI-U) or deflate-then-convert (the currency's own price index, then the target year's rate). "
                    + "Prices moved within one currency use its own index when one is bundled (SYP: cpi:SYR).")
    Conversion.Method method;

    @Option(names = "--index-series", paramLabel = "SERIES", converter = IndexSeriesConverter.class,
            description = "The price index that moves prices: us-cpi-u, cpi:ISO3 (World Bank consumer prices of a country, "
                    + "such as cpi:SYR) or deflator:ISO3 (its GDP deflator). Default: US CPI-U for USD amounts, a currency's own CPI "
                    + "with deflate-then-convert. An index other than us-cpi-u implies deflate-then-convert unless --method says otherwise.")
    String indexSeries;

    @Option(names = "--rate", paramLabel = "RATE", converter = RateConverter.class,
            description = "An exchange rate to use instead of the table's: \"0.90 SUR per USD\", \"1.6382 USD per GBP\", or a plain "
                    + "number read the way reference/fx.csv quotes the currency (SUR, RUB, SYP per USD; USD per GBP, EUR); "
                    + "for one currency and year only: \"SUR@1972=0.829 per USD\".")
    Conversion.Rate rate;

    @Option(names = "--index", paramLabel = "YEAR=VALUE", split = ",",
            description = "Price index values to use instead of (or in the absence of) the table's, e.g. --index 2026=330.1.")
    List<String> index = new ArrayList<>();

    @Option(names = "--weights", paramLabel = "W", split = ",",
            description = "Split an amount over a span by these weights, one per year, instead of equal annual parts.")
    List<String> weights;

    /** Whether the user gave a rate or index values (then the output has a "given" column). */
    boolean givesValues() {
        return rate != null || !index.isEmpty();
    }

    /** What {@code USD@latest} was taken to mean, for a note; null when --to named its year. */
    String latestNote;

    /**
     * {@code CUR@latest} (or {@code @today}) as the latest year the reference data has prices for
     * in that currency (the year of its price index's last value: US CPI-U for USD), with a note
     * saying which year; any other target as given.
     */
    static Resolved resolve(Conversion.Target target, ReferenceData ref) {
        if (!target.latest()) {
            return new Resolved(target, null);
        }
        String series = ref.indexes().seriesFor(target.currency()).orElseThrow(() -> new UsageException(target
                + ": no price index of " + target.currency() + " is bundled to say which year is the latest; give the year ("
                + target.currency() + "@YEAR)"));
        for (int y = java.time.Year.now().getValue() + 1; y >= 1900; y--) {
            if (ref.indexes().find(series, y).isPresent()) {
                return new Resolved(target.at(y), target + " taken as " + target.at(y) + ": " + y + " is the latest year of "
                        + series + " in the reference data");
            }
        }
        throw new UsageException(target + ": " + series + " has no values to say which year is the latest; give the year");
    }

    /** A target with its latest year resolved, and the note that says so (null when none was needed). */
    record Resolved(Conversion.Target target, String note) {
    }

    /** The conversion these options describe, with the given reference data ({@code --to CUR@latest} resolved here). */
    Conversion conversion(ReferenceData ref) {
        Resolved resolved = resolve(target, ref);
        target = resolved.target();
        latestNote = latestNote != null ? latestNote : resolved.note();
        Conversion c = Conversion.using(ref).withIndex(indexValues());
        if (method != null) {
            c = c.withMethod(method);
        }
        try {
            c = c.withIndexSeries(indexSeries);
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
        if (rate != null) {
            c = c.withRate(rate);
        }
        return weights == null ? c : c.withWeights(weightValues());
    }

    private Map<Integer, BigDecimal> indexValues() {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        for (String entry : index) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new UsageException("--index: '" + entry + "' is not YEAR=VALUE (e.g. --index 2026=330.1)");
            }
            int year;
            BigDecimal value;
            try {
                Period p = Period.parse(entry.substring(0, eq));
                if (p.isSpan()) {
                    throw new UsageException("--index: '" + entry + "' names a span; an index value is for one year");
                }
                year = p.first();
                value = Decimals.parse(entry.substring(eq + 1));
            } catch (CalcException e) {
                throw new UsageException("--index: '" + entry + "': " + e.getMessage());
            }
            if (value.signum() <= 0) {
                throw new UsageException("--index: '" + entry + "': the value must be greater than zero");
            }
            if (values.put(year, value) != null) {
                throw new UsageException("--index: " + year + " is given twice");
            }
        }
        return values;
    }

    private List<BigDecimal> weightValues() {
        List<BigDecimal> w = new ArrayList<>();
        for (String s : weights) {
            try {
                w.add(Decimals.parse(s));
            } catch (CalcException e) {
                throw new UsageException("--weights: " + e.getMessage());
            }
        }
        return w;
    }

    /**
     * A --rate that none of the conversions needed is a mistake (a wrong currency, say), not something
     * to ignore; an unscoped one that several amounts would use in different years is refused (a
     * rate is for one currency and year: {@code --rate "SUR@1972=0.829 per USD"}).
     */
    void checkRateUsed(List<Conversion.Result> results) {
        if (rate != null && rate.year() == null && results.size() > 1) {
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            String[] pair = {"CUR per USD"};
            for (Conversion.Result r : results) {
                r.rates().stream().filter(v -> "--rate".equals(v.where())).forEach(v -> {
                    years.add(v.year());
                    pair[0] = v.unit();
                });
            }
            if (years.size() > 1) {
                String c = pair[0].startsWith("USD ") ? pair[0].substring(pair[0].lastIndexOf(' ') + 1) : pair[0].substring(0, 3);
                throw new UsageException("--rate " + rate + " would apply to the amounts of " + String.join(" and ",
                        years.stream().map(String::valueOf).toList()) + " alike; a rate is for one year: scope it, e.g. --rate \""
                        + c + "@" + years.last() + "=" + rate.value().toPlainString() + " " + pair[0] + "\"");
            }
        }
        if (rate == null || results.stream().anyMatch(Conversion.Result::rateUsed)) {
            return;
        }
        String pair = rate.unit() == null ? "" : rate.unit() + "/" + rate.per() + " ";
        throw new UsageException("--rate " + rate + " was not used: " + (results.size() == 1
                ? "converting " + results.get(0).amount() + " to " + target + " needs no " + pair + "rate"
                : "none of the " + results.size() + " amounts needs a " + pair + "rate to reach " + target));
    }

    /** The method when both currency and prices changed; else what changed: prices only, currency only, or none. */
    static String method(Conversion.Result r) {
        boolean currencyChanged = !r.amount().currency().orElseThrow().equals(r.target().currency());
        boolean usdOnly = r.amount().currency().orElseThrow().equals(Currency.USD) && r.target().currency().equals(Currency.USD);
        if (r.deflated()) {
            return usdOnly ? "prices only" : r.method().toString();
        }
        return currencyChanged ? "currency only" : "none";
    }

    /** The exchange rates and redenominations used, by series: {@code USD per GBP: 1.6382 (1989), 1.7841 (1990)}. */
    static String rates(Conversion.Result r) {
        return bySeries(r.rates());
    }

    /** What the user gave instead of the tables (--rate, --index), or null: {@code rate SUR per USD 0.829 (1972)}. */
    static String given(Conversion.Result r) {
        List<String> parts = new ArrayList<>();
        for (ReferenceValue v : r.used()) {
            if ("--rate".equals(v.where()) || "--index".equals(v.where())) {
                String what = ("--rate".equals(v.where()) ? "rate " + v.unit() : "index " + v.series().replace(" (--index)", "")) + " "
                        + v.value().toPlainString() + (v.covers() == null ? "" : " (" + v.covers() + ")");
                if (!parts.contains(what)) {
                    parts.add(what);
                }
            }
        }
        return parts.isEmpty() ? null : "given by the user: " + String.join("; ", parts);
    }

    /** The index values used, by series: {@code US-CPI-U: 32.4 (1966), 313.689 (2024)}. */
    static String indexes(Conversion.Result r) {
        return bySeries(r.indexValues());
    }

    /** The distinct sources of every value used, with where each was read. */
    static String sources(Conversion.Result r) {
        Map<String, Set<String>> where = new LinkedHashMap<>();
        for (ReferenceValue v : r.used()) {
            where.computeIfAbsent(v.source(), k -> new LinkedHashSet<>()).add(v.where());
        }
        List<String> parts = new ArrayList<>();
        where.forEach((src, at) -> parts.add(src + " [" + String.join(", ", at) + "]"));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String bySeries(List<ReferenceValue> values) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<ReferenceValue> byYear = new ArrayList<>(values);
        byYear.sort(java.util.Comparator.comparingInt(ReferenceValue::year));
        for (ReferenceValue v : values) {
            groups.computeIfAbsent(v.series(), k -> new ArrayList<>());
        }
        for (ReferenceValue v : byYear) {
            String when = v.covers() == null ? "" : " (" + v.covers() + ")";
            List<String> g = groups.computeIfAbsent(v.series(), k -> new ArrayList<>());
            String item = v.value().toPlainString() + when;
            if (!g.contains(item)) {
                g.add(item);
            }
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((series, items) -> parts.add(series + ": " + String.join(", ", items)));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Reads {@code USD@2024}. */
    public static final class TargetConverter implements ITypeConverter<Conversion.Target> {
        @Override
        public Conversion.Target convert(String s) {
            try {
                return Conversion.Target.parse(s);
            } catch (CalcException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code convert-then-deflate} or {@code deflate-then-convert}. */
    public static final class MethodConverter implements ITypeConverter<Conversion.Method> {
        @Override
        public Conversion.Method convert(String s) {
            try {
                return Conversion.Method.parse(s);
            } catch (CalcException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code us-cpi-u}, {@code cpi:SYR} or {@code deflator:SYR} into the series name ({@code US-CPI-U}, {@code CPI:SYR}). */
    public static final class IndexSeriesConverter implements ITypeConverter<String> {
        @Override
        public String convert(String s) {
            String t = s.strip().toUpperCase(java.util.Locale.ROOT);
            if (t.equals("US-CPI-U")) {
                return t;
            }
            for (String prefix : List.of("CPI:", "DEFLATOR:")) {
                if (t.startsWith(prefix) && t.substring(prefix.length()).matches("[A-Z]{3}")) {
                    return t;
                }
            }
            throw new TypeConversionException("'" + s + "' is not an index series (expected us-cpi-u, cpi:ISO3 or deflator:ISO3, "
                    + "e.g. cpi:SYR)");
        }
    }

    /** Reads {@code 0.90 SUR per USD} or a plain rate. */
    public static final class RateConverter implements ITypeConverter<Conversion.Rate> {
        @Override
        public Conversion.Rate convert(String s) {
            try {
                return Conversion.Rate.parse(s);
            } catch (CalcException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
