package figures.table;

import figures.model.Amount;
import figures.model.InputException;
import figures.model.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a table of values by group and period in one pass, record by record, and sums the rows
 * that share a group and a period (the product lines of a trade dump). Memory grows with the
 * number of groups and periods, not with the number of rows. This class is the reader's entry
 * and its vocabulary (what to read, what was read); the work is done by its parts:
 *
 * <ul>
 * <li>{@link ParallelRead}, the parallel driver of the bulk path, which a large file or a table
 *     on stdin takes: {@link BlockCutter} cuts the bytes into blocks of whole lines;
 * <li>{@link BlockScanner}, the field scanner: cells of a block as byte ranges, no String per cell
 *     or object per row;
 * <li>{@link RecordSums}, one thread's aggregation of records (from the scanner, or rows from
 *     {@link CsvTable} when read sequentially), with {@link PlainAmount}, the number parser, and
 *     {@link Codes} of periods and units;
 * <li>{@link GroupSums}, the group table all threads share (flat arrays in lock-striped shares, no
 *     per-thread copy and no merge at the end), read back as groups by {@link SummedGroups}.
 * </ul>
 *
 * <p>Amounts are summed exactly as unscaled {@code long}s at
 * the largest scale seen, falling back to {@code BigDecimal} on overflow; a cell that is not a
 * plain decimal (with an optional k/m/bn/tn suffix) goes through {@link Row#amount}. When
 * anything at all goes wrong in the parallel pass (bad data, a quoted line break at a block
 * edge), the table is read again sequentially through {@link CsvTable}, which reports the first
 * problem as {@code file:line: column 'x': message} — so results and errors are the same either
 * way.
 */
public final class SeriesReader {
    /**
     * What to read: the columns that form a group ({@code null}: exporter and importer when the
     * table has both, else none), the period column ({@code null}: {@code period}, else
     * {@code year}) and the value column.
     */
    public record Spec(List<String> by, String period, String value, Period from, Period to, Reading reading) {
        public Spec {
            by = by == null ? null : List.copyOf(by);
            Objects.requireNonNull(value);
            Objects.requireNonNull(reading);
        }

        /** Only the periods from {@code from} to {@code to}, read as tables always were ({@link Reading#DEFAULT}). */
        public Spec(List<String> by, String period, String value, Period from, Period to) {
            this(by, period, value, from, to, Reading.DEFAULT);
        }

        /** Every period. */
        public Spec(List<String> by, String period, String value) {
            this(by, period, value, null, null);
        }

        /**
         * Only the periods from {@code from} to {@code to} (either null: open), as growth's
         * --from/--to pick them: a row outside is still read and checked, but not summed, so a
         * window over a long table holds only its own periods.
         */
        public Spec window(Period from, Period to) {
            return new Spec(by, period, value, from, to, reading);
        }

        /** This spec, read as {@code r} says (missing values, ...). */
        public Spec reading(Reading r) {
            return new Spec(by, period, value, from, to, r);
        }
    }

    /** How to read: worker threads (1: sequential), block size, and the file size from which to read in parallel. */
    public record Options(int threads, int blockBytes, long parallelFromBytes) {
        /**
         * One worker per core, 1 MB blocks, files from 8 MB; the JVM property
         * {@code figures.read=THREADS,BLOCK_BYTES,PARALLEL_FROM_BYTES} (README, Performance) sets
         * them instead, e.g. to read every table on the bulk path in small blocks.
         */
        public static Options defaults() {
            String forced = System.getProperty("figures.read");
            if (forced != null) {
                String[] f = forced.split(",");
                return new Options(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()), Long.parseLong(f[2].strip()));
            }
            return new Options(Runtime.getRuntime().availableProcessors(), 1 << 20, 8L << 20);
        }

        public Options withThreads(int n) {
            return new Options(n, blockBytes, parallelFromBytes);
        }
    }

    /** The rows of one group and period in one currency (and price basis): their exact sum, how many, and the first one's line. */
    public record Part(Amount total, long rows, long line) {
    }

    /** One period of a group: normally one part; several when its rows are in different currencies. */
    public record Cell(Period period, List<Part> parts) {
        public long rows() {
            return parts.stream().mapToLong(Part::rows).sum();
        }

        /** The line of the first row of this period. */
        public long line() {
            return parts.stream().mapToLong(Part::line).min().orElse(0);
        }
    }

    /** A group (its key cells, in the order of the group columns) with its periods in order, and up to three of its sources. */
    public record Group(List<String> key, List<Cell> cells, List<String> sources, long line) {
        public long rows() {
            return cells.stream().mapToLong(Cell::rows).sum();
        }
    }

    /**
     * What was read: the columns used, the groups in order of first appearance, rows read, threads
     * used, and notes on what was read (rows left out and why), for the output's notes.
     */
    public record Result(String file, List<String> by, String periodColumn, String valueColumn, List<Group> groups, long rows,
                         int threads, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }

        /** Observations as read: one per group and period of the table (before --per put them in one frequency). */
        public long cells() {
            if (groups instanceof PeriodAggregation.Groups aggregated) {
                return aggregated.cellsRead();
            }
            return groups instanceof SummedGroups built ? built.cells() : groups.stream().mapToLong(g -> g.cells().size()).sum();
        }

        /** Whether any group has a source (the table has a source column with something in it). */
        public boolean sourced() {
            return groups instanceof SummedGroups built ? built.sourced() : groups.stream().anyMatch(g -> !g.sources().isEmpty());
        }

        /** A group in words: {@code RU→SY} for exporter and importer, {@code country DE, product 01}, or "the series" (no groups). */
        public String describe(Group g) {
            return describe(g.key());
        }

        /** A group in words, by its key. */
        public String describe(List<String> key) {
            if (by.equals(List.of("exporter", "importer"))) {
                return key.get(0) + "→" + key.get(1);
            }
            if (by.isEmpty()) {
                return "the series";
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < by.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(by.get(i)).append(' ').append(key.get(i));
            }
            return b.toString();
        }

        /**
         * The amount of a group for one period: the sum of its parts, which must share a currency
         * and price basis; an error at the first row of a second currency otherwise.
         */
        public Amount amount(Group g, Cell c) {
            Part first = c.parts().get(0);
            Amount sum = first.total();
            for (Part p : c.parts().subList(1, c.parts().size())) {
                if (!sameUnit(sum, p.total())) {
                    throw mixed(g, first, p);
                }
                sum = sum.plus(p.total());
            }
            return sum;
        }

        /** The error for a group whose rows are in two currencies (or price bases). */
        public InputException mixed(Group g, Part first, Part other) {
            Part a = first.line() <= other.line() ? first : other;
            Part b = a == first ? other : first;
            String hint = a.total().currency().isPresent() && b.total().currency().isPresent()
                    ? ": convert the " + unit(b.total()) + " rows first (e.g. figures convert \"" + b.total() + "\" --to " + unit(a.total()) + ")"
                    : ": give every row its currency";
            return new InputException(file, b.line(), describe(g) + " mixes " + unit(a.total()) + " (line " + a.line() + ") and "
                    + unit(b.total()) + " in column '" + valueColumn + "'; figures needs one currency per group" + hint);
        }

        private static boolean sameUnit(Amount a, Amount b) {
            return Objects.equals(a.currency(), b.currency()) && Objects.equals(a.priceBasis(), b.priceBasis());
        }

        private static String unit(Amount a) {
            String c = a.currency().map(Object::toString).orElse("no currency");
            return a.priceBasis().map(p -> c + "@" + p).orElse(c);
        }
    }

    private SeriesReader() {
    }

    public static Result read(TableSource source, Spec spec) {
        return read(source, spec, Options.defaults());
    }

    /**
     * Reads a file of {@link Options#parallelFromBytes} or more, or a stream (stdin) of more than
     * one block, in parallel on the bulk path ({@link ParallelRead}); anything else, and anything
     * the bulk path gives up on, sequentially through {@link CsvTable}.
     */
    public static Result read(TableSource source, Spec spec, Options options) {
        if (options.threads() > 1 && spec.reading().bulk() && (source.size() < 0 || source.size() >= options.parallelFromBytes())) {
            try (ParallelRead p = new ParallelRead(source, spec, options)) {
                Result r = p.read();
                return r != null ? r : sequential(p.again(), spec);
            } catch (IOException e) {
                throw new figures.model.IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
            }
        }
        return sequential(source, spec);
    }

    /** Bad cells listed in one error (the first in full, the others by line): the read goes on to find them all. */
    static final int MAX_ERRORS = 10;

    /**
     * Reads through {@link CsvTable}, one row after another: the reference behaviour, and the one
     * that reports errors: every bad cell of the table, the first {@value #MAX_ERRORS} listed in
     * one message.
     */
    static Result sequential(TableSource source, Spec spec) {
        // the first bytes, to see whether the table is wide: kept, and read again with the rest
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(source.progress().watch(source.open()), PEEK);
        byte[] head;
        try {
            in.mark(PEEK);
            head = in.readNBytes(PEEK);
            in.reset();
        } catch (IOException e) {
            throw new figures.model.IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
        }
        TableSource once = source.reopened(() -> in);
        char delimiter = spec.reading().delimiter() != 0 ? spec.reading().delimiter()
                : (char) Delimiter.detect(source.name(), head, head.length, head.length < PEEK);
        Boolean forced = spec.reading().wide();
        WideTable.Layout wide = Boolean.FALSE.equals(forced) ? null : WideTable.detect(head, delimiter);
        if (Boolean.TRUE.equals(forced) && wide == null) {
            throw new InputException(source.name(), 0, "--wide: no header of years as columns found in the first lines"
                    + " (expected e.g. Country Name,Country Code,1990,1991,…)");
        }
        Columns[] columns = {null};
        RecordSums[] state = {null};
        GroupSums sums = new GroupSums();
        Codes codes = new Codes();
        BadCells bad = new BadCells(source.name());
        java.util.function.Consumer<CsvTable.Header> onHeader = header -> {
            columns[0] = columns(source.name(), header, spec, delimiter);
            state[0] = new RecordSums(columns[0], sums, codes, wide != null);
        };
        java.util.function.Consumer<Row> onRow = row -> {
            try {
                state[0].accept(row);
            } catch (InputException e) {
                bad.add(e);
            }
        };
        try {
            if (wide != null) {
                WideTable.read(once, spec, wide, delimiter, onHeader, onRow);
            } else {
                CsvTable.of(once, required(spec)).expecting(spec.value()).delimiter(delimiter).forEach(onHeader, kept(source.name(), spec, onRow));
            }
        } catch (InputException e) {
            bad.add(e); // the table cannot be read on: what was found so far, and this
        }
        bad.check();
        state[0].flush();
        SummedGroups groups = new SummedGroups(sums, codes, columns[0].byIndex().length, new long[] {0}, false);
        Result r = result(source.name(), columns[0], groups, state[0], 1);
        if (wide == null) {
            return r;
        }
        List<String> notes = new ArrayList<>();
        notes.add("read as a wide table: " + (WideTable.years(wide) ? "years " : "periods ") + wide.years().get(0) + " to " + wide.years().get(wide.years().size() - 1)
                + " as columns, each a period (the header is line " + wide.line() + ")");
        notes.addAll(r.notes());
        return new Result(r.file(), r.by(), r.periodColumn(), r.valueColumn(), r.groups(), r.rows(), r.threads(), notes);
    }

    /** Bytes looked at to see whether a table is wide. */
    private static final int PEEK = 1 << 16;

    /** The rows that --filter and --exclude-aggregates keep, of a long table. */
    private static java.util.function.Consumer<Row> kept(String file, Spec spec, java.util.function.Consumer<Row> rows) {
        List<Reading.Filter> filters = spec.reading().filters();
        boolean aggregates = spec.reading().excludeAggregates();
        if (filters.isEmpty() && !aggregates) {
            return rows;
        }
        return row -> {
            for (Reading.Filter f : filters) {
                if (!row.has(f.column())) {
                    throw new InputException(file, row.line(), "--filter: no column '" + f.column() + "'");
                }
                if (!f.values().contains(row.text(f.column()))) {
                    return;
                }
            }
            if (aggregates) {
                String column = row.has("country code") ? "country code" : spec.by() != null && !spec.by().isEmpty() ? spec.by().get(0) : null;
                if (column == null) {
                    throw new InputException(file, row.line(), "--exclude-aggregates: no 'country code' column to find the aggregates by");
                }
                if (WideTable.isAggregate(row.text(column))) {
                    return;
                }
            }
            rows.accept(row);
        };
    }

    /**
     * The columns a table must have for a spec: its group columns (none when they are chosen by the
     * header) and period; the value column is found by {@link Columns#of}, which also takes a name
     * that states its unit ({@code value (USD m)}).
     */
    static String[] required(Spec spec) {
        List<String> r = new ArrayList<>(spec.by() == null ? List.of() : spec.by());
        if (spec.period() != null) {
            r.add(spec.period());
        }
        r.remove(spec.value());
        return r.stream().distinct().toArray(String[]::new);
    }

    /** The columns of a spec, resolved against a table's header. */
    static Columns columns(String file, CsvTable.Header header, Spec spec, char delimiter) {
        return Columns.of(file, header, spec.by(), spec.period(), spec.value(), spec.from(), spec.to(), spec.reading(), delimiter);
    }

    /**
     * A note when a group's months read like fiscal years ({@code 2002-03}, {@code 2003-04}: each
     * month is the next year's last two digits, one a year): they are read as months (ISO), which
     * gives other years between them than fiscal years would, so the reading is said, never left
     * silent. Null when no group has two or more such months and no other.
     */
    static String monthsThatLookLikeFiscalYears(List<Group> groups) {
        for (Group g : groups) {
            if (g.cells().size() < 2 || g.cells().get(0).period().frequency() != Period.Frequency.MONTH) {
                continue; // a table of years (the common case) is passed over at its first cell
            }
            java.util.Set<Integer> years = new java.util.HashSet<>();
            boolean fits = true;
            for (int i = 0; fits && i < g.cells().size(); i++) {
                Period p = g.cells().get(i).period();
                fits = p.frequency() == Period.Frequency.MONTH && p.month() == (p.first() + 1) % 100 && years.add(p.first());
            }
            if (fits) {
                Period p = g.cells().get(0).period();
                return "periods such as " + p + " were read as months (" + p + " is " + java.time.Month.of(p.month()).getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + p.first() + "); if they are fiscal years, write both years"
                        + " in full (" + p.first() + "-" + (p.first() + 1) + ")";
            }
        }
        return null;
    }

    /** What a read gives: the groups of its sums, with the columns used. */
    static Result result(String file, Columns columns, SummedGroups groups, RecordSums counted, int threads) {
        List<String> notes = new ArrayList<>();
        if (columns.reading().delimiter() == 0 && Delimiter.note(columns.delimiter()) != null) {
            notes.add(Delimiter.note(columns.delimiter()));
        }
        if (columns.unitNote() != null) {
            notes.add(columns.unitNote());
        }
        notes.addAll(counted.notes(groups::line));
        List<String> by = columns.by();
        List<Group> read = groups;
        if (columns.implied()) {
            // no --by: the table's country columns were read as groups only to see that there is one
            if (groups.size() > 1) {
                throw ImpliedGroups.error(file, columns.by(), groups);
            }
            by = List.of();
            read = groups.isEmpty() ? List.of() : List.of(new Group(List.of(), groups.get(0).cells(), groups.get(0).sources(),
                    groups.get(0).line()));
        }
        Result r = new Result(file, by, columns.period(), columns.value(), read, counted.rows(), threads, List.of());
        notes.addAll(counted.skipped().notes(r));
        // from the period codes first: going through the groups builds each one (100 000 groups: a tenth of the run)
        String fiscal = groups.anyMonth() ? monthsThatLookLikeFiscalYears(read) : null;
        if (fiscal != null) {
            notes.add(fiscal);
        }
        r = notes.isEmpty() ? r : new Result(file, r.by(), r.periodColumn(), r.valueColumn(), read, r.rows(), threads, notes);
        Periods periods = columns.reading().periods();
        return periods.isAsRead() ? r : PeriodAggregation.apply(r, periods);
    }
}
