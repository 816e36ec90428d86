package figures.cli;

import figures.render.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table's columns that its reader does not know, passed through to the output (DESIGN §5): one
 * output column each, in the table's order, with each row's cell (blank as empty).
 */
record PassThrough(List<String> names) {
    /** The extra columns of a table, from any of its rows (they share the header); none for no rows. */
    static PassThrough of(List<Map<String, String>> rows) {
        return new PassThrough(rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet()));
    }

    /** {@code columns} with the extra columns put in at {@code at}. */
    List<Column> columns(int at, Column... columns) {
        List<Column> out = new ArrayList<>(List.of(columns));
        List<Column> extra = new ArrayList<>();
        for (String n : names) {
            extra.add(Column.of(n));
        }
        out.addAll(at, extra);
        return out;
    }

    /** A row's cells with its extra cells put in at {@code at}. */
    Object[] row(int at, Map<String, String> others, Object... cells) {
        if (names.isEmpty()) {
            return cells;
        }
        Object[] out = new Object[cells.length + names.size()];
        System.arraycopy(cells, 0, out, 0, at);
        for (int i = 0; i < names.size(); i++) {
            String v = others.get(names.get(i));
            out[at + i] = v == null || v.isEmpty() ? null : v;
        }
        System.arraycopy(cells, at, out, at + names.size(), cells.length - at);
        return out;
    }
}
