package figures.table;

import figures.model.Amount;
import figures.model.Percent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code writeoffs.csv}: debtor, creditor, year and at least two of debt/percent/written_off/remaining. */
public final class WriteoffsReader {
    /** One row of the table, as stated. */
    public record Entry(String file, long line, String debtor, String creditor, int year, Amount debt, Percent percent,
                        Amount writtenOff, Amount remaining, String note, String source, Map<String, String> others) {
    }

    /** The columns this reader knows; any other is passed through ({@link Entry#others}). */
    public static final java.util.Set<String> COLUMNS = java.util.Set.of("debtor", "creditor", "year", "debt", "percent", "written_off",
            "remaining", "currency", "note", "source");

    private WriteoffsReader() {
    }

    /** Most rows read: each becomes up to four output rows, held to align the output (about 300 MB for the most). */
    public static final int MAX_ROWS = 50_000;

    public static List<Entry> read(TableSource source) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> keys = new HashMap<>();
        CsvTable.of(source, "debtor", "creditor", "year").forEach(header -> {
            int figures = 0;
            for (String c : List.of("debt", "percent", "written_off", "remaining")) {
                figures += header.has(c) ? 1 : 0;
            }
            if (figures < 2) {
                throw new figures.model.InputException(source.name(), 1,
                        "a write-off table needs at least two of the columns debt, percent, written_off, remaining (columns found: "
                                + header.describe() + ")");
            }
        }, row -> {
            if (entries.size() == MAX_ROWS) {
                throw new figures.model.InputException(row.file(), row.line(), "more than " + MAX_ROWS + " write-offs: figures checks at most "
                        + MAX_ROWS + " rows at a time (it holds them to align the output); split the table");
            }
            Entry e = new Entry(row.file(), row.line(), row.required("debtor"), row.required("creditor"), row.year("year"),
                    row.nonNegativeAmount("debt", "a debt").orElse(null),
                    row.percentOfWhole("percent", "the percent written off").orElse(null),
                    row.nonNegativeAmount("written_off", "an amount written off").orElse(null),
                    row.nonNegativeAmount("remaining", "a remaining amount").orElse(null),
                    row.text("note"), row.text("source"), row.others(COLUMNS));
            Keys.unique(keys, row, e.debtor() + "|" + e.creditor() + "|" + e.year(),
                    "debtor " + e.debtor() + ", creditor " + e.creditor() + ", year " + e.year());
            entries.add(e);
        });
        return entries;
    }
}
