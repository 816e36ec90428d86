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
 *
 * <p>A table of many rows (a million groups of a trade table) can instead be given as {@link Parts}:
 * its rows are computed part by part when it is rendered, on all cores when the parts allow, and
 * each part is written out as text before the next is kept, so the rows' objects are never all
 * held at once. Its notes and steps are known once every part is computed. Either way the table
 * is a value: asking for its rows or notes computes them once.
 */
public final class ResultTable {
    /**
     * The rows of a table in parts, computed when the table is rendered (or its rows asked for).
     *
     * @param <S> what a part tells the notes: names to mention, counts, steps, an error to report
     */
    public interface Parts<S> {
        /** How many parts. */
        int count();

        /** Whether parts may be computed at once on several threads; if not, in order, one after another. */
        boolean parallel();

        /**
         * Computes part {@code i}: its rows and what the notes need of it. Called once per part
         * each time the rows are computed (rendering, then asking for the rows, computes them
         * twice), so it must have no side effects.
         */
        Part<S> compute(int i);

        /**
         * After every part, with what each told (in part order): adds the table's notes and steps
         * to {@code tail}, or throws the table's error.
         */
        void finish(List<S> told, Builder tail);
    }

    /** One part's rows (as {@link Builder#row} takes them) and what it tells the notes. */
    public record Part<S>(List<Object[]> rows, S told) {
    }

    private final String title;
    private final List<Column> columns;
    private final boolean inconsistent;
    private final Parts<?> parts;
    /** Set at construction for a table of rows; once computed for a table of parts. */
    private List<List<Object>> rows;
    private List<String> notes;
    private List<String> steps;
    private final List<String> headNotes;
    private final List<String> headSteps;
    private final Article article;
    private final String dataVersion;

    private ResultTable(Builder b, Parts<?> parts) {
        this.article = b.article;
        this.dataVersion = b.dataVersion;
        this.title = b.title;
        this.columns = List.copyOf(b.columns);
        this.inconsistent = b.inconsistent;
        this.parts = parts;
        this.headNotes = List.copyOf(b.notes);
        this.headSteps = List.copyOf(b.steps);
        if (parts == null) {
            List<List<Object>> copy = new ArrayList<>();
            for (List<Object> r : b.rows) {
                copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
            }
            this.rows = Collections.unmodifiableList(copy);
            this.notes = headNotes;
            this.steps = headSteps;
        }
    }

    /** This table of rows with one more note, before its others. */
    public ResultTable withNoteFirst(String note) {
        if (parts != null) {
            throw new IllegalStateException("a table of parts takes its notes from its parts");
        }
        Builder b = new Builder(title, columns);
        rows.forEach(r -> b.rows.add(r));
        b.note(note);
        headNotes.forEach(b::note);
        headSteps.forEach(b::step);
        b.inconsistent = inconsistent;
        b.article = article;
        b.dataVersion = dataVersion;
        return new ResultTable(b, null);
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

    /** The rows; a table of parts computes them all here (once). */
    public synchronized List<List<Object>> rows() {
        if (rows == null) {
            List<List<Object>> all = new ArrayList<>();
            eachPart(part -> part).forEach(all::addAll);
            rows = Collections.unmodifiableList(all);
        }
        return rows;
    }

    /** The notes; a table of parts knows them once its rows are computed (which this does when they are not yet). */
    public synchronized List<String> notes() {
        if (notes == null) {
            rows();
        }
        return notes;
    }

    public synchronized List<String> steps() {
        if (steps == null) {
            rows();
        }
        return steps;
    }

    /** Whether the rows come in {@link Parts}, computed when rendered. */
    public boolean inParts() {
        return parts != null;
    }

    /**
     * Hands each part's rows to {@code render}, on the thread that computed them (all cores when
     * the parts allow), and keeps only what it returns: the results in part order. Every part is
     * computed before this returns or throws; an error comes back as the first in part order (a
     * part's, or the one {@link Parts#finish} throws), so nothing has been written when it does.
     * A table of rows is one part.
     */
    public synchronized <T> List<T> eachPart(java.util.function.Function<List<List<Object>>, T> render) {
        if (parts == null) {
            return List.of(render.apply(rows));
        }
        return computeParts(parts, render);
    }

    private <S, T> List<T> computeParts(Parts<S> p, java.util.function.Function<List<List<Object>>, T> render) {
        int n = p.count();
        Object[] out = new Object[n];
        @SuppressWarnings("unchecked")
        S[] told = (S[]) new Object[n];
        java.util.function.IntConsumer one = i -> {
            try {
                Part<S> part = p.compute(i);
                List<List<Object>> checked = new ArrayList<>(part.rows().size());
                for (Object[] cells : part.rows()) {
                    checked.add(Collections.unmodifiableList(Arrays.asList(Builder.checked(columns.size(), cells))));
                }
                told[i] = part.told();
                out[i] = render.apply(Collections.unmodifiableList(checked));
            } catch (RuntimeException e) {
                out[i] = new Failure(e);
            }
        };
        if (p.parallel() && n > 1) {
            java.util.stream.IntStream.range(0, n).parallel().forEach(one);
        } else {
            for (int i = 0; i < n && !(i > 0 && out[i - 1] instanceof Failure); i++) {
                one.accept(i);
            }
        }
        List<T> results = new ArrayList<>(n);
        for (Object o : out) {
            if (o instanceof Failure f) {
                throw f.error();
            }
            @SuppressWarnings("unchecked")
            T t = (T) o;
            results.add(t);
        }
        Builder tail = new Builder(title, columns);
        headNotes.forEach(tail::note);
        headSteps.forEach(tail::step);
        p.finish(Arrays.asList(told), tail);
        notes = List.copyOf(tail.notes);
        steps = List.copyOf(tail.steps);
        return results;
    }

    private record Failure(RuntimeException error) {
    }

    public boolean inconsistent() {
        return inconsistent;
    }

    /**
     * The article the rows are claims of (their ids name its marks), for the html page; null when
     * the rows stand alone. The text formats do not use it.
     */
    public Article article() {
        return article;
    }

    /** The data set the figures were computed with, as the html page's summary names it; null when not said. */
    public String dataVersion() {
        return dataVersion;
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> noted = new HashSet<>();
        private final List<String> steps = new ArrayList<>();
        private boolean inconsistent;
        private Article article;
        private String dataVersion;

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = new ArrayList<>(columns);
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(checked(columns.size(), cells)));
            return this;
        }

        private static Object[] checked(int columns, Object[] cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns + " columns");
            }
            for (Object cell : cells) {
                checkSize(cell);
            }
            return cells;
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

        /** The article these rows are claims of (see {@link ResultTable#article}). */
        public Builder about(Article a) {
            this.article = a;
            return this;
        }

        /** The data set in use, named in the html page's summary. */
        public Builder dataVersion(String v) {
            this.dataVersion = v;
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public ResultTable build() {
            return new ResultTable(this, null);
        }

        /**
         * A table whose rows are {@code parts}, computed when it is rendered; rows given to this
         * builder are not used (give none), its notes and steps come before those of
         * {@link Parts#finish}.
         */
        public ResultTable build(Parts<?> parts) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("a table of parts takes its rows from the parts");
            }
            return new ResultTable(this, java.util.Objects.requireNonNull(parts));
        }
    }
}
