package figures.cli;

import figures.model.UsageException;
import figures.table.NumberForm;
import figures.table.Reading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * How a command's table is read, as a mixin ({@code @Mixin TableOptions table;}): what a missing
 * value does, a wide layout, which rows to keep. The reader's own choices are in {@link Reading};
 * this class only takes them from the command line.
 */
public final class TableOptions {
    @Option(names = "--missing", paramLabel = "error|skip",
            description = "Table: a missing value (an empty cell, n/a, NA, .., -, …): error (the default in a long table: every one "
                    + "listed) or skip (the row left out, counted in the notes; the default for the empty cells of a wide table).")
    String missing;

    @Option(names = "--wide", description = "Table: years are columns (found from the header without it; a long table is never taken for wide).")
    boolean wide;

    @Option(names = "--filter", paramLabel = "COL=VALUE[,VALUE]",
            description = "Table: only the rows whose COL is one of the values, e.g. --filter \"indicator code=NY.GDP.MKTP.CD\" (repeatable).")
    List<String> filters;

    @Option(names = "--exclude-aggregates",
            description = "Table: leave out the World Bank's regional, income and lending aggregates (WLD, EUU, HIC, ...) by their country code.")
    boolean excludeAggregates;

    @Option(names = "--delimiter", paramLabel = "SEP",
            description = "Table: what separates the cells: , ; tab (or \\t) or | (default: found from the header line, a note says which"
                    + " when it is not a comma).")
    String delimiter;

    @Option(names = "--currency", paramLabel = "CUR",
            description = "Table: the values' currency, for a table without a currency column (a header such as 'value (USD m)' says it too).")
    String currency;

    @Option(names = "--scale", paramLabel = "k|m|bn|tn",
            description = "Table: the values are in thousands, millions, billions or trillions (a header such as 'value (USD m)' or "
                    + "'value_usd_mn' says it too).")
    String scale;

    @Option(names = "--per", paramLabel = "year|quarter|month",
            description = "Table: aggregate the periods (months 2024-03, quarters 2024Q1, days 1971-01-01) to one frequency, "
                    + "by --aggregate.")
    String per;

    @Option(names = "--aggregate", paramLabel = "sum|mean|last",
            description = "With --per: a longer period's value is its parts' sum (the default, for flows), mean (rates, levels) or "
                    + "last value (end of period).")
    String aggregate;

    @Option(names = "--decimal-comma", description = "Table: numbers are written with a decimal comma (1234,5); never guessed.")
    boolean decimalComma;

    @Option(names = "--thousands", paramLabel = "SEP",
            description = "Table: numbers group thousands with SEP: , . ' or space (2,100 or 1.234,5 with --decimal-comma); never guessed.")
    String thousands;

    /** The reading these options ask for. */
    public Reading reading() {
        Reading.Missing m = null;
        if (missing != null) {
            m = switch (missing.strip().toLowerCase(Locale.ROOT)) {
                case "error" -> Reading.Missing.ERROR;
                case "skip" -> Reading.Missing.SKIP;
                default -> throw new UsageException("--missing: '" + missing + "' is not error or skip");
            };
        }
        List<Reading.Filter> fs = new ArrayList<>();
        for (String f : filters == null ? List.<String>of() : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new UsageException("--filter: '" + f + "' is not COL=VALUE[,VALUE] (e.g. --filter \"country code=DEU,FRA\")");
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : f.substring(eq + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            fs.add(new Reading.Filter(f.substring(0, eq).strip().toLowerCase(Locale.ROOT), values));
        }
        return new Reading(m, wide ? Boolean.TRUE : null, fs, excludeAggregates).delimiter(delimiter()).numbers(numbers()).unit(unit()).periods(periods());
    }

    private figures.table.Periods periods() {
        if (per == null) {
            if (aggregate != null) {
                throw new UsageException("--aggregate says how --per combines periods: give --per year, quarter or month too");
            }
            return figures.table.Periods.AS_READ;
        }
        figures.model.Period.Frequency f = switch (per.strip().toLowerCase(Locale.ROOT)) {
            case "year" -> figures.model.Period.Frequency.YEAR;
            case "quarter" -> figures.model.Period.Frequency.QUARTER;
            case "month" -> figures.model.Period.Frequency.MONTH;
            default -> throw new UsageException("--per: '" + per + "' is not year, quarter or month");
        };
        figures.table.Periods.Aggregate a = null;
        if (aggregate != null) {
            a = switch (aggregate.strip().toLowerCase(Locale.ROOT)) {
                case "sum" -> figures.table.Periods.Aggregate.SUM;
                case "mean" -> figures.table.Periods.Aggregate.MEAN;
                case "last" -> figures.table.Periods.Aggregate.LAST;
                default -> throw new UsageException("--aggregate: '" + aggregate + "' is not sum, mean or last");
            };
        }
        return new figures.table.Periods(f, a);
    }

    private Reading.Unit unit() {
        figures.model.Currency c = null;
        if (currency != null) {
            c = figures.model.Currency.lookup(currency);
            if (c == null) {
                throw new UsageException("--currency: unknown currency code '" + currency + "' (expected an ISO 4217 code such as USD, EUR)");
            }
        }
        int exponent = 0;
        String word = null;
        if (scale != null) {
            word = scale.strip().toLowerCase(Locale.ROOT);
            Integer e = switch (word) {
                case "k", "thousand", "thousands" -> 3;
                case "m", "mn", "million", "millions" -> 6;
                case "b", "bn", "billion", "billions" -> 9;
                case "tn", "trillion", "trillions" -> 12;
                default -> null;
            };
            if (e == null) {
                throw new UsageException("--scale: '" + scale + "' is not k, m, bn or tn");
            }
            exponent = e;
        }
        return new Reading.Unit(c, exponent, word);
    }

    private char delimiter() {
        if (delimiter == null) {
            return 0;
        }
        return DelimiterOption.of(delimiter);
    }

    private NumberForm numbers() {
        char t = 0;
        if (thousands != null) {
            String sep = thousands.equalsIgnoreCase("space") ? " " : thousands;
            if (sep.length() != 1 || NumberForm.SEPARATORS.indexOf(sep.charAt(0)) < 0) {
                throw new UsageException("--thousands: '" + thousands + "' is not one of , . ' or a space");
            }
            t = sep.charAt(0);
            if (t == (decimalComma ? ',' : '.')) {
                throw new UsageException("--thousands " + t + ": that is the decimal mark" + (decimalComma ? " (--decimal-comma)"
                        : "; a table that writes 1.234,5 needs --decimal-comma --thousands ."));
            }
        }
        return new NumberForm(decimalComma, t);
    }
}
