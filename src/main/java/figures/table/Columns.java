package figures.table;

import figures.model.InputException;
import figures.model.Period;
import java.util.List;

/**
 * The columns a series read uses, resolved against a table's header: the group columns, the
 * period, value, currency and source columns by position (-1: absent), and the window of periods
 * to sum ({@code from}/{@code to}, either null: open), and how to read it.
 */
record Columns(List<String> by, int[] byIndex, String period, int periodIndex, String value, int valueIndex, int currencyIndex,
               int sourceIndex, List<String> names, Period from, Period to, Reading reading) {
    /**
     * Resolves the columns: {@code by} null takes exporter and importer when the table has both,
     * else none; {@code period} null takes {@code period}, else {@code year}, else is an error.
     */
    static Columns of(String file, CsvTable.Header h, List<String> by, String period, String value, Period from, Period to,
                      Reading reading) {
        if (by == null) {
            by = h.has("exporter") && h.has("importer") ? List.of("exporter", "importer") : List.of();
        }
        if (period == null) {
            period = h.has("period") ? "period" : h.has("year") ? "year" : null;
            if (period == null) {
                throw new InputException(file, 0, "no 'period' or 'year' column (columns found: " + String.join(", ", h.names())
                        + "); name the column of years with --period COL");
            }
        }
        int[] byIndex = by.stream().mapToInt(c -> h.index().get(c)).toArray();
        return new Columns(by, byIndex, period, h.index().get(period), value, h.index().get(value),
                h.index().getOrDefault("currency", -1), h.index().getOrDefault("source", -1), h.names(), from, to, reading);
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
