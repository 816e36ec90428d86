package figures.cli;

import figures.render.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table's columns that its reader does not know, passed through to the output (DESIGN §5): one
 * output column each, in the table's order, with each row's cell (blank as empty). A column named
 * like one of the command's own output columns (a claims table's own {@code verdict}) is renamed
 * {@code input_verdict}, with a note: a json reader would otherwise see the key twice and keep
 * either, a csv reader take the table's column for the computed one.
 */
final class PassThrough {
    private final List<String> names;
    private final List<String> notes = new ArrayList<>();

    PassThrough(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The extra columns of a table, from any of its rows (they share the header); none for no rows. */
    static PassThrough of(List<Map<String, String>> rows) {
        return new PassThrough(rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet()));
    }

    List<String> names() {
        return names;
    }

    /** {@code columns} with the extra columns put in at {@code at}, each renamed when its name is taken. */
    List<Column> columns(int at, Column... columns) {
        List<Column> out = new ArrayList<>(List.of(columns));
        List<Column> extra = new ArrayList<>();
        for (String n : shown(names, List.of(columns), notes)) {
            extra.add(Column.of(n));
        }
        out.addAll(at, extra);
        return out;
    }

    /** Notes saying which columns were renamed by {@link #columns}. */
    List<String> notes() {
        return notes;
    }

    /**
     * The names to show for a table's columns {@code names} beside the command's {@code own}
     * columns: a name that one of them takes in any format (its own name, its currency and unit columns,
     * {@code NAME_low}, {@code NAME_high}; compared without case) becomes {@code input_NAME}
     * ({@code input_input_NAME} if that is taken too), and a note in {@code notes} says so.
     */
    static List<String> shown(List<String> names, List<Column> own, List<String> notes) {
        Set<String> taken = new HashSet<>();
        for (Column c : own) {
            taken.add(key(c.name()));
            if (c.range()) {
                taken.add(key(c.name() + "_low"));
                taken.add(key(c.name() + "_high"));
            }
            if (c.currencyColumn() != null) {
                taken.add(key(c.currencyColumn()));
            }
            if (c.unitColumn() != null) {
                taken.add(key(c.unitColumn()));
            }
        }
        Set<String> all = new HashSet<>();
        names.forEach(n -> all.add(key(n)));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String shown = n;
            while (taken.contains(key(shown)) || !shown.equals(n) && all.contains(key(shown))) {
                shown = "input_" + shown;
            }
            if (!shown.equals(n)) {
                notes.add("the table's own column '" + n + "' is shown as '" + shown + "': '" + n + "' is a column this command computes");
            }
            taken.add(key(shown));
            out.add(shown);
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
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
