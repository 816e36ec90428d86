package figures.render;

import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every command produces: named columns of typed values (String, Amount, Percent, PercentPoints,
 * BigDecimal, Long, Period, Verdict or null), notes shown under the table, the steps shown with
 * --explain, and whether a figure was found inconsistent (exit 1).
 */
public final class ResultTable {
    private final String title;
    private final List<Column> columns;
    private final List<List<Object>> rows;
    private final List<String> notes;
    private final List<String> steps;
    private final boolean inconsistent;

    private ResultTable(Builder b) {
        this.title = b.title;
        this.columns = List.copyOf(b.columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : b.rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        this.rows = Collections.unmodifiableList(copy);
        this.notes = List.copyOf(b.notes);
        this.steps = List.copyOf(b.steps);
        this.inconsistent = b.inconsistent;
    }

    public static Builder builder(String title, Column... columns) {
        return new Builder(title, Arrays.asList(columns));
    }

    public static Builder builder(String title, List<Column> columns) {
        return new Builder(title, columns);
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public List<String> steps() {
        return steps;
    }

    public boolean inconsistent() {
        return inconsistent;
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> noted = new HashSet<>();
        private final List<String> steps = new ArrayList<>();
        private boolean inconsistent;

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = new ArrayList<>(columns);
        }

        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
            }
            for (Object cell : cells) {
                checkSize(cell);
            }
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** A number too large or too small to write out is an error rather than a 100 MB line. */
        private static void checkSize(Object cell) {
            BigDecimal v = cell instanceof Amount a ? a.value() : cell instanceof Percent p ? p.value()
                    : cell instanceof BigDecimal d ? d : null;
            if (v != null) {
                Decimals.checkResult(v);
            }
        }

        public Builder note(String note) {
            // a set beside the list: a table of many inconsistent rows must not cost n² look-ups
            if (noted.add(note)) {
                notes.add(note);
            }
            return this;
        }

        public Builder step(String step) {
            steps.add(step);
            return this;
        }

        public Builder inconsistent() {
            this.inconsistent = true;
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public ResultTable build() {
            return new ResultTable(this);
        }
    }
}
