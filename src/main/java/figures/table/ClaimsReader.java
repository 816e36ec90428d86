package figures.table;

import figures.model.CalcException;
import figures.model.Tolerance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a claims file ({@code claims.csv}): id, claim, expected (required), tolerance, source.
 * {@code claim} and {@code expected} are expressions, kept as text for the expression parser;
 * the tolerance is parsed here. Ids are unique.
 */
public final class ClaimsReader {
    /** One claim as written. {@code tolerance} is null when the stated-precision rule applies. */
    public record Entry(String file, long line, String id, String claim, String expected, Tolerance tolerance, String source,
                        Map<String, String> others) {

        /** {@code file:line}, for messages. */
        public String where() {
            return file + ":" + line;
        }
    }

    /** The columns this reader knows; any other is passed through ({@link Entry#others}). */
    public static final java.util.Set<String> COLUMNS = java.util.Set.of("id", "claim", "expected", "tolerance", "source");

    private ClaimsReader() {
    }

    public static List<Entry> read(TableSource source) {
        return read(source, false);
    }

    /** The claims of a file; with {@code noneAllowed} a header with no rows is no claims rather than an error. */
    public static List<Entry> read(TableSource source, boolean noneAllowed) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        CsvTable table = CsvTable.of(source, "id", "claim", "expected");
        (noneAllowed ? table.allowingNoRows() : table).forEach(row -> {
            String id = row.required("id");
            Tolerance tolerance = row.optional("tolerance").map(t -> {
                try {
                    return Tolerance.parse(t);
                } catch (CalcException e) {
                    throw row.error("tolerance", e.getMessage());
                }
            }).orElse(null);
            Entry e = new Entry(row.file(), row.line(), id, row.required("claim"), row.required("expected"), tolerance, row.text("source"),
                    row.others(COLUMNS));
            Keys.unique(ids, row, id.toLowerCase(java.util.Locale.ROOT), "id " + id);
            entries.add(e);
        });
        return entries;
    }
}
