package figures.table;

import figures.model.Currency;
import figures.model.InputException;
import figures.model.UsageException;
import figures.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns a series read uses, resolved against a table's header: the group columns, the
 * period, value, currency and source columns by position (-1: absent), and the window of periods
 * to sum ({@code from}/{@code to}, either null: open), how to read it, and the delimiter found.
 *
 * @param implied whether the group columns were not asked for but taken from the table's country or
 *                reporter columns (no --by, no --total), to find out whether the table has groups:
 *                a read with more than one group is then an error suggesting --by
 */
record Columns(List<String> by, int[] byIndex, String period, int periodIndex, String value, int valueIndex, int currencyIndex,
               int sourceIndex, List<String> names, Period from, Period to, Reading reading, char delimiter, boolean implied,
               Currency currency, int exponent, String unitNote) {
    /** Column names that say a table has groups: a country, reporter, partner or economy (its name or code), an indicator or series code. */
    private static final Pattern GROUP_LIKE = Pattern.compile(
            "(country|reporter|partner|exporter|importer|economy|ref_area|iso3?c?|indicator|series)([ _]?(code|name|iso3?|id))?");

    /**
     * Resolves the columns: {@code by} null takes exporter and importer when the table has both,
     * else the table's group-like columns ({@link #implied}) unless the reading is a --total, else
     * none; {@code period} null takes {@code period}, else {@code year}, else is an error.
     */
    static Columns of(String file, CsvTable.Header h, List<String> by, String period, String value, Period from, Period to,
                      Reading reading, char delimiter) {
        boolean implied = false;
        if (by == null) {
            by = h.has("exporter") && h.has("importer") ? List.of("exporter", "importer") : List.of();
            if (by.isEmpty() && !reading.total()) {
                List<String> like = new ArrayList<>();
                for (String n : h.names()) {
                    if (GROUP_LIKE.matcher(n).matches()) {
                        like.add(n);
                    }
                }
                by = List.copyOf(like);
                implied = !by.isEmpty();
            }
        }
        String valueName = valueColumn(file, h, value);
        ValueUnit stated = ValueUnit.of(valueName);
        int currencyIndex = h.index().getOrDefault("currency", -1);
        Reading.Unit given = reading.unit();
        Currency currency = given.currency();
        int exponent = given.exponent();
        String note = null;
        if (currency != null && currencyIndex >= 0) {
            throw new UsageException("--currency " + currency + ": " + file + " has a currency column; --currency is for a table without one");
        }
        if (stated != null) {
            if (stated.currency() != null && currencyIndex >= 0) {
                // the table's currency column says each row's currency: the header's is not used
                stated = stated.scale() == null ? null : new ValueUnit(stated.base(), null, stated.exponent(), stated.scale());
            }
        }
        if (stated != null) {
            if (currency != null && stated.currency() != null && !currency.equals(stated.currency())
                    || exponent != 0 && stated.scale() != null && exponent != stated.exponent()) {
                throw new UsageException("--currency/--scale (" + ValueUnit.describe(currency, given.scaleWord()) + ") disagree with column '"
                        + valueName + "' of " + file + " (" + stated.describe() + ")");
            }
            currency = currency != null ? currency : stated.currency();
            exponent = exponent != 0 ? exponent : stated.exponent();
            note = "values in " + ValueUnit.describe(currency, stated.scale() != null ? stated.scale() : given.scaleWord())
                    + " (from the header '" + valueName + "'" + (given.isNone() ? "" : " and the options") + ")";
        } else if (!given.isNone()) {
            note = "values in " + ValueUnit.describe(currency, given.scaleWord()) + " (given: "
                    + (currency == null ? "" : "--currency " + currency) + (currency != null && exponent != 0 ? " " : "")
                    + (exponent == 0 ? "" : "--scale " + given.scaleWord()) + ")";
        }
        if (period == null) {
            period = h.has("period") ? "period" : h.has("year") ? "year" : null;
            if (period == null) {
                throw new InputException(file, 0, "no 'period' or 'year' column (columns found: " + String.join(", ", h.names())
                        + "); name the column of years with --period COL");
            }
        }
        int[] byIndex = by.stream().mapToInt(c -> h.index().get(c)).toArray();
        return new Columns(by, byIndex, period, h.index().get(period), valueName, h.index().get(valueName), currencyIndex,
                h.index().getOrDefault("source", -1), h.names(), from, to, reading, delimiter, implied, currency, exponent, note);
    }

    /**
     * The value column: {@code value} itself, else the one column whose name is it with a unit
     * ({@code value (USD m)}, {@code value_usd_mn}); an error when there is none, or two.
     */
    private static String valueColumn(String file, CsvTable.Header h, String value) {
        if (h.has(value)) {
            return value;
        }
        List<String> found = new ArrayList<>();
        for (String n : h.names()) {
            ValueUnit u = ValueUnit.of(n);
            if (u != null && u.base().equals(value)) {
                found.add(n);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new InputException(file, h.line(), "columns '" + String.join("' and '", found) + "' are both a '" + value
                    + "' column: name the one to use with --value");
        }
        throw new InputException(file, h.line(), "missing required column '" + value + "' (columns found: " + h.describe() + ")");
    }

    /** Whether only some periods are summed. */
    boolean windowed() {
        return from != null || to != null;
    }

    /** Whether a period is within the window (as growth's --from/--to pick them). */
    boolean inWindow(Period p) {
        return (from == null || p.first() >= from.first()) && (to == null || p.last() <= to.last());
    }
}
