package figures.table;

import figures.model.Amount;
import figures.model.Currency;
import figures.model.InputException;
import figures.model.Observation;
import figures.model.Period;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVParser;

/**
 * Reads a table of values by group and period in one pass, record by record, and sums the rows
 * that share a group and a period (the product lines of a trade dump). Memory grows with the
 * number of groups and periods, not with the number of rows.
 *
 * <p>A large file, or a table on stdin, is read in parallel (the bulk path): one thread reads it
 * in blocks cut at line ends, worker threads scan the blocks' bytes ({@link BlockScanner}: cells
 * as byte ranges, groups looked up by their key bytes, no String per cell or object per row) and
 * sum into one table that all threads share ({@link GroupSums}: flat arrays in lock-striped
 * shares, no per-thread copy and no merge at the end). Amounts are summed exactly as unscaled {@code long}s at
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
    public record Spec(List<String> by, String period, String value, Period from, Period to) {
        public Spec {
            by = by == null ? null : List.copyOf(by);
            Objects.requireNonNull(value);
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
            return new Spec(by, period, value, from, to);
        }

        boolean inWindow(Period p) {
            return (from == null || p.first() >= from.first()) && (to == null || p.last() <= to.last());
        }
    }

    /** How to read: worker threads (1: sequential), block size, and the file size from which to read in parallel. */
    public record Options(int threads, int blockBytes, long parallelFromBytes) {
        /**
         * One worker per core, 1 MB blocks, files from 8 MB. The system property
         * {@code figures.read=THREADS,BLOCK_BYTES,PARALLEL_FROM_BYTES} sets them instead, for the
         * differential test (strict reader against bulk path over blocks of every size) and benches.
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

    /** What was read: the columns used, the groups in order of first appearance, rows read, threads used. */
    public record Result(String file, List<String> by, String periodColumn, String valueColumn, List<Group> groups, long rows,
                         int threads) {
        /** Observations: one per group and period. */
        public long cells() {
            return groups instanceof Groups built ? built.cells() : groups.stream().mapToLong(g -> g.cells().size()).sum();
        }

        /** Whether any group has a source (the table has a source column with something in it). */
        public boolean sourced() {
            return groups instanceof Groups built ? built.sourced() : groups.stream().anyMatch(g -> !g.sources().isEmpty());
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

    static final int MAX_SOURCES = 3;
    private static final Period[] YEARS = new Period[Period.MAX_YEAR - Period.MIN_YEAR + 1];
    private static final long[] POW10 = new long[19];

    static {
        for (int y = Period.MIN_YEAR; y <= Period.MAX_YEAR; y++) {
            YEARS[y - Period.MIN_YEAR] = Period.of(y);
        }
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private SeriesReader() {
    }

    public static Result read(TableSource source, Spec spec) {
        return read(source, spec, Options.defaults());
    }

    /**
     * Reads a file of {@link Options#parallelFromBytes} or more, or a stream (stdin) of more than
     * one block, in parallel on the bulk path ({@link BlockScanner}); anything else, and anything
     * the bulk path gives up on, sequentially through {@link CsvTable}.
     */
    public static Result read(TableSource source, Spec spec, Options options) {
        if (options.threads() > 1 && (source.size() < 0 || source.size() >= options.parallelFromBytes())) {
            try (Parallel p = new Parallel(source, spec, options)) {
                Result r = p.read();
                return r != null ? r : sequential(p.again(), spec);
            } catch (IOException e) {
                throw new figures.model.IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
            }
        }
        return sequential(source, spec);
    }

    /** Reads through {@link CsvTable}, one row after another: the reference behaviour, and the one that reports errors. */
    static Result sequential(TableSource source, Spec spec) {
        Columns[] columns = {null};
        State[] state = {null};
        RowLine line = new RowLine();
        CsvTable.of(source, spec.by() == null ? required(spec, List.of()) : required(spec, spec.by())).forEach(header -> {
            columns[0] = Columns.of(source.name(), header, spec);
            state[0] = new State(columns[0]);
        }, row -> state[0].accept(line.of(row, columns[0])));
        state[0].flush();
        return state[0].result(source.name(), new long[] {0}, 1);
    }

    private static String[] required(Spec spec, List<String> by) {
        List<String> r = new ArrayList<>(by);
        if (spec.period() != null) {
            r.add(spec.period());
        }
        r.add(spec.value());
        return r.stream().distinct().toArray(String[]::new);
    }

    /** The positions of the columns in use, resolved against a header. */
    record Columns(List<String> by, int[] byIndex, String period, int periodIndex, String value, int valueIndex, int currencyIndex,
                   int sourceIndex, List<String> names, Spec spec) {
        static Columns of(String file, CsvTable.Header h, Spec spec) {
            List<String> by = spec.by();
            if (by == null) {
                by = h.has("exporter") && h.has("importer") ? List.of("exporter", "importer") : List.of();
            }
            String period = spec.period();
            if (period == null) {
                period = h.has("period") ? "period" : h.has("year") ? "year" : null;
                if (period == null) {
                    throw new InputException(file, 0, "no 'period' or 'year' column (columns found: " + String.join(", ", h.names())
                            + "); name the column of years with --period COL");
                }
            }
            int[] byIndex = by.stream().mapToInt(c -> h.index().get(c)).toArray();
            return new Columns(by, byIndex, period, h.index().get(period), spec.value(), h.index().get(spec.value()),
                    h.index().getOrDefault("currency", -1), h.index().getOrDefault("source", -1), h.names(), spec);
        }
    }

    /** One record as the aggregation sees it: stripped cells by position, the row for slow paths and errors, its position. */
    abstract static class Line {
        abstract String cell(int index);

        abstract Row row();

        /** Where the record starts: the line in sequential reading, block and line within it in parallel reading. */
        abstract long pos();
    }

    /** A row from {@link CsvTable}: the cells exactly as {@link Row#text} gives them. */
    private static final class RowLine extends Line {
        private Row row;
        private Columns columns;

        RowLine of(Row r, Columns c) {
            this.row = r;
            this.columns = c;
            return this;
        }

        @Override
        String cell(int index) {
            return row.text(columns.names().get(index));
        }

        @Override
        Row row() {
            return row;
        }

        @Override
        long pos() {
            return row.line();
        }
    }

    // ---- aggregation ----------------------------------------------------------------------

    /** What a sum is in: a currency (null: none stated) and a price basis (null: none). */
    record Unit(Currency currency, Period basis) {
    }

    /**
     * One reader thread's view of a read: it parses records (strings from {@link CsvTable}, or
     * byte ranges from {@link BlockScanner}) and adds them to the sums that all threads of the
     * read share ({@link GroupSums}), one stripe lock per record. What a thread remembers of the
     * record before (its key, period, currency, source, slot) saves looking the same text up
     * again. Codes of periods and units are shared by the threads ({@link Codes}).
     */
    static final class State {
        private final Columns columns;
        private final GroupSums sums;
        private final Codes codes;
        private final Map<String, Currency> currencies = new HashMap<>();
        private final Map<String, Period> spans = new HashMap<>();
        private String lastPeriodText;
        private int lastPeriodCode;
        private Currency lastUnitCurrency;
        private int lastUnitCode = -1;
        private String lastCurrencyText;
        private Currency lastCurrency;
        private long unscaled;
        private int scale;
        private final boolean windowed;
        /**
         * Plain values of consecutive records of one group, period and unit, summed here before
         * they go to the shared sums in one locked step ({@link #flush}): a table sorted by year
         * and reporter takes the lock once per run of products, not once per row.
         */
        private int pendingRows;
        private long pendingPos;
        private long pendingUnscaled;
        private int pendingScale;
        private int pendingPeriod;
        private int pendingUnit;
        private byte[] pendingKey = new byte[64];
        private int pendingKeyLength;
        private int pendingHash;
        /** What {@link GroupSums.Stripe#touch} read; kept only so that the read is not dropped as unused. */
        private int touched;
        /** Rows summed (within the window), and rows read. */
        long rows;
        long read;

        /** A reader of its own (sequential reading, tests). */
        State(Columns columns) {
            this(columns, new GroupSums(), new Codes());
        }

        /** One of the threads of a read: the sums and codes are the read's. */
        State(Columns columns, GroupSums sums, Codes codes) {
            this.columns = columns;
            this.sums = sums;
            this.codes = codes;
            this.windowed = columns != null && (columns.spec().from() != null || columns.spec().to() != null);
        }

        // ---- the strict path: a row from CsvTable

        private String[] lastCells;

        void accept(Line line) {
            boolean sameGroup = sameKey(line);
            int period = period(line);
            String text = line.cell(columns.valueIndex());
            read++;
            if (windowed && !columns.spec().inWindow(codes.period(period))) {
                // outside --from/--to: checked as any row, not summed (its group still counts)
                if (plainNumber(text)) {
                    currency(line);
                } else {
                    line.row().requiredAmount(columns.value());
                }
                sum(sameGroup, line.pos(), period, -1, null, null);
                return;
            }
            int unit;
            BigDecimal value = null;
            if (plainNumber(text)) {
                unit = plainUnit(currency(line));
            } else {
                Amount a = line.row().requiredAmount(columns.value());
                unit = codes.unit(new Unit(a.currency().orElse(null), a.priceBasis().orElse(null)));
                value = a.value();
            }
            String source = null;
            if (columns.sourceIndex() >= 0) {
                source = line.cell(columns.sourceIndex());
                if (source.indexOf('\0') >= 0) {
                    line.row().text("source"); // throws: a NUL byte
                }
            }
            sum(sameGroup, line.pos(), period, unit, value, source);
            rows++;
        }

        /** Whether the row's key is the last row's; if not, its key cells (checked) are in {@link #key}. */
        private boolean sameKey(Line line) {
            int[] idx = columns.byIndex();
            if (lastCells != null) {
                boolean same = true;
                for (int i = 0; i < idx.length && same; i++) {
                    same = line.cell(idx[i]).equals(lastCells[i]);
                }
                if (same) {
                    return true;
                }
            }
            String[] cells = new String[idx.length];
            int len = 0;
            for (int i = 0; i < idx.length; i++) {
                cells[i] = line.cell(idx[i]);
                if (cells[i].isEmpty() || cells[i].indexOf('\0') >= 0) {
                    line.row().required(columns.by().get(i)); // throws: empty, or a NUL byte
                }
                byte[] u = cells[i].getBytes(StandardCharsets.UTF_8);
                key = grown(key, len + u.length + 1);
                System.arraycopy(u, 0, key, len, u.length);
                len += u.length;
                key[len++] = 0;
            }
            keyLength = len;
            lastCells = cells;
            return false;
        }

        private Period period(String text, Row row) {
            Period q = spans.get(text);
            if (q == null) {
                q = codes.period(codes.period(row.period(columns.period())));
                spans.put(text, q);
            }
            return q;
        }

        /** The code of a row's period: a year of four digits read here, anything else through {@link Row#period}. */
        private int period(Line line) {
            String s = line.cell(columns.periodIndex());
            if (s.equals(lastPeriodText)) {
                return lastPeriodCode;
            }
            int y = -1;
            if (s.length() == 4) {
                y = 0;
                for (int i = 0; i < 4 && y >= 0; i++) {
                    char c = s.charAt(i);
                    y = c >= '0' && c <= '9' ? y * 10 + (c - '0') : -1;
                }
            }
            lastPeriodCode = y >= Period.MIN_YEAR && y <= Period.MAX_YEAR ? y - Period.MIN_YEAR : codes.period(period(s, line.row()));
            lastPeriodText = s;
            return lastPeriodCode;
        }

        private Currency currency(Line line) {
            if (columns.currencyIndex() < 0) {
                return null;
            }
            String s = line.cell(columns.currencyIndex());
            if (s.equals(lastCurrencyText)) {
                return lastCurrency;
            }
            Currency c = currencies.get(s);
            if (c == null && !s.isEmpty()) {
                c = Currency.lookup(s);
                if (c == null || s.indexOf('\0') >= 0) {
                    line.row().currency(); // throws: an unknown code
                }
                currencies.put(s, c);
            }
            lastCurrencyText = s;
            lastCurrency = c;
            return c;
        }

        private int plainUnit(Currency c) {
            if (c != lastUnitCurrency || lastUnitCode < 0) {
                lastUnitCode = codes.unit(new Unit(c, null));
                lastUnitCurrency = c;
            }
            return lastUnitCode;
        }

        /**
         * Adds a checked record to the shared sums: its group (the last record's when
         * {@code sameGroup}, else the key in {@link #key}), and unless {@code unit} is -1 (outside
         * the window) its value ({@code value}, or {@link #unscaled} at {@link #scale} when null)
         * and source. A plain value with no source joins the pending run when it can.
         */
        private void sum(boolean sameGroup, long pos, int period, int unit, BigDecimal value, String source) {
            if (unit >= 0 && value == null && source == null) {
                if (pendingRows > 0 && sameGroup && period == pendingPeriod && unit == pendingUnit && combine()) {
                    pendingRows++;
                    return;
                }
                flush();
                if (!sameGroup || pendingKeyLength != keyLength) {
                    pendingKey = grown(pendingKey, keyLength);
                    System.arraycopy(key, 0, pendingKey, 0, keyLength);
                    pendingKeyLength = keyLength;
                    pendingHash = GroupSums.hash(key, keyLength);
                    // the group's entry of the table read now, a record before it is summed (this run goes
                    // to the sums when the next record is not of it): with a million groups that is a cache
                    // miss, which the scan of the next record then overlaps
                    touched += sums.stripe(pendingHash).touch(pendingHash);
                }
                pendingRows = 1;
                pendingPos = pos;
                pendingUnscaled = unscaled;
                pendingScale = scale;
                pendingPeriod = period;
                pendingUnit = unit;
                return;
            }
            flush();
            pendingKeyLength = -1; // the pending key no longer follows the last record's
            int hash = GroupSums.hash(key, keyLength);
            GroupSums.Stripe st = sums.stripe(hash);
            synchronized (st) {
                int g = st.group(key, keyLength, hash, pos);
                if (unit < 0) {
                    return;
                }
                int s = st.slot(g, period, unit, pos);
                if (value == null) {
                    st.add(s, unscaled, scale, 1);
                } else {
                    st.add(s, value);
                }
                if (source != null) {
                    st.source(g, source, pos);
                }
            }
        }

        /** Adds {@link #unscaled} at {@link #scale} to the pending sum, exactly; false (nothing added) when that overflows a long. */
        private boolean combine() {
            try {
                pendingUnscaled = GroupSums.sumAt(pendingUnscaled, pendingScale, unscaled, scale);
                pendingScale = Math.max(pendingScale, scale);
                return true;
            } catch (ArithmeticException overflow) {
                return false;
            }
        }

        /** Adds the pending run to the shared sums (a reader thread does at the end of its work, before the result is built). */
        void flush() {
            if (pendingRows == 0) {
                return;
            }
            GroupSums.Stripe st = sums.stripe(pendingHash);
            synchronized (st) {
                int g = st.group(pendingKey, pendingKeyLength, pendingHash, pendingPos);
                st.add(st.slot(g, pendingPeriod, pendingUnit, pendingPos), pendingUnscaled, pendingScale, pendingRows);
            }
            pendingRows = 0;
        }

        /**
         * Reads {@code [+-]digits[.digits]} with at most 18 digits and an optional k, m, mn, b, bn
         * or tn suffix into {@link #unscaled} and {@link #scale}, exactly as {@link Amount#parse}
         * would; false for anything else, which then takes the full parser.
         */
        boolean plainNumber(String s) {
            int n = s.length();
            int i = 0;
            boolean negative = false;
            if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
                negative = s.charAt(0) == '-';
                i = 1;
            }
            long u = 0;
            int digits = 0;
            int fraction = -1;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    u = u * 10 + (c - '0');
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (c == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    break;
                }
            }
            if (digits == 0 || digits > 18 || fraction == 0) {
                return false;
            }
            int exponent = 0;
            if (i < n) {
                exponent = suffix(s, i);
                if (exponent < 0) {
                    return false;
                }
            }
            unscaled = negative ? -u : u;
            scale = Math.max(fraction, 0) - exponent;
            return true;
        }

        long unscaledForTest() {
            return unscaled;
        }

        int scaleForTest() {
            return scale;
        }

        /** The power of ten of a scale suffix that ends the text, or -1. */
        private static int suffix(String s, int from) {
            int len = s.length() - from;
            if (len == 1) {
                char c = Character.toLowerCase(s.charAt(from));
                return c == 'k' ? 3 : c == 'm' ? 6 : c == 'b' ? 9 : -1;
            }
            if (len == 2) {
                String w = s.substring(from).toLowerCase(java.util.Locale.ROOT);
                return switch (w) {
                    case "mn" -> 6;
                    case "bn" -> 9;
                    case "tn" -> 12;
                    default -> -1;
                };
            }
            return -1;
        }

        // ---- the bulk path: a record of a block as byte ranges (BlockScanner), no String per cell

        private byte[] key = new byte[64];
        private int keyLength = -1;
        private byte[] scratch = new byte[64];
        private final LastCell lastCurrencyCell = new LastCell();
        private final LastCell lastSourceCell = new LastCell();
        private String lastSourceText;

        /** As {@link #accept(Line)}, for a record of a block: the same sums, and an error anywhere gives up. */
        void accept(BlockScanner s) {
            boolean sameGroup = sameKey(s);
            int period = period(s);
            int v = columns.valueIndex();
            boolean plain = !s.slow(v) && plainNumber(s.bytes, s.start[v], s.end[v]);
            read++;
            if (windowed && !columns.spec().inWindow(codes.period(period))) {
                if (plain) {
                    currency(s);
                } else {
                    s.row().requiredAmount(columns.value());
                }
                sum(sameGroup, s.pos(), period, -1, null, null);
                return;
            }
            int unit;
            BigDecimal value = null;
            if (plain) {
                unit = plainUnit(currency(s));
            } else {
                Amount a = s.row().requiredAmount(columns.value());
                unit = codes.unit(new Unit(a.currency().orElse(null), a.priceBasis().orElse(null)));
                value = a.value();
            }
            String source = null;
            int si = columns.sourceIndex();
            if (si >= 0 && s.length(si) > 0) {
                if (!lastSourceCell.matches(s, si)) {
                    lastSourceText = s.cell(si);
                    lastSourceCell.set(s, si);
                }
                source = lastSourceText;
            }
            sum(sameGroup, s.pos(), period, unit, value, source);
            rows++;
        }

        private static byte[] grown(byte[] b, int n) {
            return b.length >= n ? b : new byte[Math.max(n, 2 * b.length)];
        }

        /** Whether the record's key bytes (its key cells joined by NUL, which no cell holds) are the last record's; if not, they are in {@link #key}. */
        private boolean sameKey(BlockScanner s) {
            int[] idx = columns.byIndex();
            if (keyLength >= 0 && inKey(s, idx)) {
                return true;
            }
            int len = 0;
            byte[] k = scratch;
            boolean decoded = false;
            for (int c : idx) {
                int n = s.length(c);
                if (s.slow(c)) {
                    decoded = true;
                    byte[] u = s.cell(c).getBytes(StandardCharsets.UTF_8);
                    k = grown(k, len + u.length + 1);
                    System.arraycopy(u, 0, k, len, u.length);
                    n = u.length;
                } else {
                    k = grown(k, len + n + 1);
                    System.arraycopy(s.bytes, s.start[c], k, len, n);
                }
                if (n == 0) {
                    throw new GiveUp(); // an empty key cell: the strict reader says so
                }
                len += n;
                k[len++] = 0;
            }
            // cells as they lie in the block were compared by inKey; a cell with "" in it only decoded
            if (decoded && len == keyLength && Arrays.equals(k, 0, len, key, 0, len)) {
                scratch = k;
                return true;
            }
            scratch = key;
            key = k;
            keyLength = len;
            return false;
        }

        /**
         * Whether the record's key cells, as they are in the block, are the last record's key
         * ({@link #key}: each cell followed by a NUL, which no cell holds); false when a cell is
         * slow or empty, or differs (then {@link #sameKey} copies and checks them).
         */
        private boolean inKey(BlockScanner s, int[] idx) {
            byte[] b = s.bytes;
            byte[] k = key;
            int at = 0;
            for (int c : idx) {
                int from = s.start[c];
                int n = s.end[c] - from;
                if (n == 0 || s.slow(c) || at + n >= keyLength || k[at + n] != 0) {
                    return false;
                }
                for (int j = 0; j < n; j++) {
                    if (b[from + j] != k[at + j]) {
                        return false;
                    }
                }
                at += n + 1;
            }
            return at == keyLength;
        }

        /** The code of a record's period: a year of four digits read from its bytes, anything else as {@link #period(Line)} reads it. */
        private int period(BlockScanner s) {
            int p = columns.periodIndex();
            if (!s.slow(p) && s.length(p) == 4) {
                byte[] b = s.bytes;
                int at = s.start[p];
                int y = 0;
                for (int i = at; i < at + 4 && y >= 0; i++) {
                    int c = b[i] - '0';
                    y = c >= 0 && c <= 9 ? y * 10 + c : -1;
                }
                if (y >= Period.MIN_YEAR && y <= Period.MAX_YEAR) {
                    return y - Period.MIN_YEAR;
                }
            }
            String text = s.cell(p);
            if (!text.equals(lastPeriodText)) {
                lastPeriodCode = codes.period(period(text, s.row()));
                lastPeriodText = text;
            }
            return lastPeriodCode;
        }

        private Currency currency(BlockScanner s) {
            int ci = columns.currencyIndex();
            if (ci < 0) {
                return null;
            }
            if (lastCurrencyCell.matches(s, ci)) {
                return lastCurrency;
            }
            String text = s.cell(ci);
            Currency c = currencies.get(text);
            if (c == null && !text.isEmpty()) {
                c = Currency.lookup(text);
                if (c == null) {
                    s.row().currency(); // throws: an unknown code
                }
                currencies.put(text, c);
            }
            lastCurrency = c;
            lastCurrencyText = null;
            lastCurrencyCell.set(s, ci);
            return c;
        }

        /** {@link #plainNumber(String)} over the bytes {@code b[from, to)}. */
        boolean plainNumber(byte[] b, int from, int to) {
            int i = from;
            boolean negative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negative = b[i] == '-';
                i++;
            }
            long u = 0;
            int digits = 0;
            int fraction = -1;
            for (; i < to; i++) {
                int c = b[i] - '0';
                if (c >= 0 && c <= 9) {
                    u = u * 10 + c;
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (b[i] == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    break;
                }
            }
            if (digits == 0 || digits > 18 || fraction == 0) {
                return false;
            }
            int exponent = 0;
            if (i < to) {
                exponent = suffix(b, i, to);
                if (exponent < 0) {
                    return false;
                }
            }
            unscaled = negative ? -u : u;
            scale = Math.max(fraction, 0) - exponent;
            return true;
        }

        private static int suffix(byte[] b, int from, int to) {
            int len = to - from;
            if (len == 1) {
                int c = b[from] | 0x20;
                return c == 'k' ? 3 : c == 'm' ? 6 : c == 'b' ? 9 : -1;
            }
            if (len == 2 && (b[from + 1] | 0x20) == 'n') {
                int c = b[from] | 0x20;
                return c == 'm' ? 6 : c == 'b' ? 9 : c == 't' ? 12 : -1;
            }
            return -1;
        }

        /** Adds what another thread of the same read counted (the sums are shared already). */
        void count(State o) {
            rows += o.rows;
            read += o.read;
        }

        /**
         * The groups in order of first appearance, periods in order; {@code lineOffsets} turn
         * positions into lines. The groups are built from the sums when asked for, one at a time
         * and not kept ({@link Groups}): a million groups' cells are never all held at once.
         */
        Result result(String file, long[] lineOffsets, int threads) {
            java.util.stream.Stream<GroupSums.Stripe> stripes = Arrays.stream(sums.stripes);
            // the stripes of a big table on all cores (each one's slots put side by side)
            long cells = (threads > 1 ? stripes.parallel() : stripes).mapToLong(st -> {
                st.index();
                long n = 0;
                for (int g = 0; g < st.groups; g++) {
                    n += st.periods(g);
                }
                return n;
            }).sum();
            return new Result(file, columns.by(), columns.period(), columns.value(),
                    new Groups(this, sums.ordered(), lineOffsets, cells), rows, threads);
        }

        /** A group's slots by period, then line: an insertion sort (a group has a few slots, mostly in order already). */
        private int[] sortedSlots(GroupSums.Stripe st, int g) {
            int[] slots = st.slotsOf(g);
            for (int i = 1; i < slots.length; i++) {
                int x = slots[i];
                int j = i;
                for (; j > 0 && before(st, x, slots[j - 1]); j--) {
                    slots[j] = slots[j - 1];
                }
                slots[j] = x;
            }
            return slots;
        }

        /**
         * One group as a series, straight from the sums (no {@link Group}, cell or part objects):
         * what {@link GroupSeries#of(Result, Group, GroupSeries.Converter)} gives for it without a
         * converter, when the group is a series: one unit and periods that do not overlap. Null
         * for any other group (and one with no observations), which that method then reads and
         * reports.
         */
        GroupSeries series(GroupSums.Stripe st, int g, long[] lineOffsets, Map<String, String> shared) {
            int[] slots = sortedSlots(st, g);
            int n = slots.length;
            if (n == 0) {
                return null;
            }
            int unit = st.unit(slots[0]);
            Unit u = codes.unit(unit);
            Observation[] observations = new Observation[n];
            long[] rows = new long[n];
            Period before = null;
            for (int i = 0; i < n; i++) {
                int slot = slots[i];
                Period p = codes.period(st.period(slot));
                if (st.unit(slot) != unit || before != null && before.last() >= p.first()) {
                    return null; // two units (in one period or not), or overlapping periods: an error, for the full path to report
                }
                observations[i] = new Observation(p, Amount.of(st.value(slot), u.currency(), u.basis()));
                rows[i] = st.rows(slot);
                before = p;
            }
            return new GroupSeries(List.of(key(st, g, shared)), st.sources(g), line(st.groupPos(g), lineOffsets), List.of(observations),
                    rows);
        }

        /** A group's key cells, each String shared with the other groups' equal cells (up to {@link Groups#MAX_SHARED}). */
        private String[] key(GroupSums.Stripe st, int g, Map<String, String> shared) {
            String[] key = st.key(g, columns.byIndex().length);
            for (int i = 0; i < key.length; i++) {
                String seen = shared.get(key[i]);
                if (seen != null) {
                    key[i] = seen;
                } else if (shared.size() < Groups.MAX_SHARED) {
                    shared.put(key[i], key[i]);
                }
            }
            return key;
        }

        /** One group as the result gives it: its periods in order, each with its parts (one per unit) in line order. */
        Group group(GroupSums.Stripe st, int g, long[] lineOffsets, Map<String, String> shared) {
            int[] slots = sortedSlots(st, g);
            List<Cell> cells = new ArrayList<>(slots.length);
            for (int from = 0; from < slots.length; ) {
                int to = from + 1;
                while (to < slots.length && st.period(slots[to]) == st.period(slots[from])) {
                    to++;
                }
                Period p = codes.period(st.period(slots[from]));
                if (to == from + 1) { // one currency: the usual case
                    cells.add(new Cell(p, List.of(part(st, slots[from], lineOffsets))));
                } else {
                    List<Part> parts = new ArrayList<>(to - from);
                    for (int j = from; j < to; j++) {
                        parts.add(part(st, slots[j], lineOffsets));
                    }
                    cells.add(new Cell(p, List.copyOf(parts)));
                }
                from = to;
            }
            return new Group(List.of(key(st, g, shared)), List.copyOf(cells), st.sources(g), line(st.groupPos(g), lineOffsets));
        }

        /** Whether slot {@code a} comes before slot {@code b}: an earlier period, or the same one from an earlier line. */
        private boolean before(GroupSums.Stripe st, int a, int b) {
            int pa = st.period(a);
            int pb = st.period(b);
            if (pa != pb) {
                // year codes are in year order; a span's code is only its place in the codes
                return pa < YEARS.length && pb < YEARS.length ? pa < pb : codes.period(pa).compareTo(codes.period(pb)) < 0;
            }
            return st.pos(a) < st.pos(b);
        }

        private Part part(GroupSums.Stripe st, int i, long[] lineOffsets) {
            Unit u = codes.unit(st.unit(i));
            return new Part(Amount.of(st.value(i), u.currency(), u.basis()), st.rows(i), line(st.pos(i), lineOffsets));
        }

        GroupSums.Stripe stripe(int number) {
            return sums.stripes[number];
        }

        private static long line(long pos, long[] offsets) {
            return offsets[(int) (pos >>> 32)] + (pos & 0xFFFF_FFFFL);
        }
    }

    /**
     * Codes of periods and units, shared by the threads of a read (and so synchronized where a
     * code is added): a year is its offset from MIN_YEAR, a span or a unit its place here.
     */
    static final class Codes {
        private final Map<Period, Integer> spanCodes = new HashMap<>();
        private final Map<Unit, Integer> unitCodes = new HashMap<>();
        /**
         * By code; the array is replaced when it grows, and a slot is written before its code is
         * handed out, so any thread that has a code (from the sums, under their locks, or after the
         * read) reads it without a lock.
         */
        private volatile Period[] spans = new Period[4];
        private volatile Unit[] units = new Unit[4];
        private int spanCount;
        private int unitCount;

        synchronized int period(Period p) {
            if (!p.isSpan()) {
                return p.first() - Period.MIN_YEAR;
            }
            Integer c = spanCodes.get(p);
            if (c == null) {
                if (spanCount == spans.length) {
                    spans = Arrays.copyOf(spans, 2 * spanCount);
                }
                spans[spanCount] = p;
                c = YEARS.length + spanCount++;
                spanCodes.put(p, c);
            }
            return c;
        }

        Period period(int code) {
            return code < YEARS.length ? YEARS[code] : spans[code - YEARS.length];
        }

        synchronized int unit(Unit u) {
            Integer c = unitCodes.get(u);
            if (c == null) {
                if (unitCount == units.length) {
                    units = Arrays.copyOf(units, 2 * unitCount);
                }
                units[unitCount] = u;
                c = unitCount++;
                unitCodes.put(u, c);
            }
            return c;
        }

        Unit unit(int code) {
            return units[code];
        }
    }

    /** The bytes of the cell a reader saw last in one column, to skip looking up the same text again. */
    private static final class LastCell {
        private byte[] bytes = new byte[16];
        private int length = -1;

        boolean matches(BlockScanner s, int cell) {
            return !s.slow(cell) && s.length(cell) == length && Arrays.equals(s.bytes, s.start[cell], s.end[cell], bytes, 0, length);
        }

        void set(BlockScanner s, int cell) {
            length = -1;
            if (!s.slow(cell)) {
                int n = s.length(cell);
                if (bytes.length < n) {
                    bytes = new byte[Math.max(n, 2 * bytes.length)];
                }
                System.arraycopy(s.bytes, s.start[cell], bytes, 0, n);
                length = n;
            }
        }
    }

    /**
     * The groups of a read, each built from the sums when asked for and not kept: iterating them
     * holds one group's cells at a time. Equal, as a list, to the same groups built at once.
     */
    static final class Groups extends java.util.AbstractList<Group> implements java.util.RandomAccess {
        private final State state;
        /** {@code stripe << 32 | group} of each group, in order of first appearance. */
        private final long[] ordered;
        private final long[] lineOffsets;
        private final long cells;
        /** One String per distinct key cell, up to {@value #MAX_SHARED} (a column of unique ids is not worth sharing): a million groups by reporter, partner and product hold a few thousand. */
        private final Map<String, String> shared = new ConcurrentHashMap<>();
        static final int MAX_SHARED = 1 << 16;

        Groups(State state, long[] ordered, long[] lineOffsets, long cells) {
            this.state = state;
            this.ordered = ordered;
            this.lineOffsets = lineOffsets;
            this.cells = cells;
        }

        @Override
        public Group get(int i) {
            long id = ordered[i];
            return state.group(state.stripe((int) (id >>> 32)), (int) id, lineOffsets, shared);
        }

        /** Group {@code i} as a series straight from the sums, or null: see {@link State#series}. */
        GroupSeries series(int i) {
            long id = ordered[i];
            return state.series(state.stripe((int) (id >>> 32)), (int) id, lineOffsets, shared);
        }

        @Override
        public int size() {
            return ordered.length;
        }

        long cells() {
            return cells;
        }

        boolean sourced() {
            for (int s = 0; s < GroupSums.STRIPES; s++) {
                if (state.stripe(s).sources != null) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- parallel reading -----------------------------------------------------------------

    /** A block of whole lines and its number in file order. */
    private record Block(int number, byte[] bytes, int length) {
        static final Block END = new Block(-1, null, 0);
    }

    /** Thrown inside the parallel pass to give up and read sequentially instead. */
    static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** Copies what is read from a stream to a file, so that a stream can be read again. */
    private static final class Tee extends java.io.FilterInputStream {
        private final java.io.OutputStream copy;

        Tee(InputStream in, java.io.OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                copy.write(c);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the stream itself is closed by whoever reads it last
        }
    }

    /**
     * One parallel read. A file is read again from its start when this gives up; a stream (stdin,
     * whose size is unknown) is kept for that in memory while it fits in one block, else copied
     * to a temporary file as it is read, and read again from that copy and the rest of the stream.
     */
    private static final class Parallel implements AutoCloseable {
        private final TableSource source;
        private final Spec spec;
        private final Options options;
        private final boolean stream;
        private final BlockingQueue<Block> queue;
        private final BlockingQueue<byte[]> spare;
        private final Map<Integer, Long> linesPerBlock = new ConcurrentHashMap<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private CsvTable.Header header;
        private Columns columns;
        private InputStream raw;
        private byte[] whole;
        private java.nio.file.Path spool;
        private java.io.OutputStream spoolOut;

        Parallel(TableSource source, Spec spec, Options options) {
            this.source = source;
            this.spec = spec;
            this.options = options;
            this.stream = source.size() < 0;
            this.queue = new ArrayBlockingQueue<>(options.threads() * 2);
            this.spare = new ArrayBlockingQueue<>(options.threads() * 3 + 2);
        }

        /** The table to read sequentially after {@link #read} gave up: the same bytes from their start. */
        TableSource again() throws IOException {
            if (!stream) {
                return source;
            }
            if (whole != null) {
                byte[] all = whole;
                return source.reopened(() -> new java.io.ByteArrayInputStream(all));
            }
            if (spool == null) {
                return source; // nothing could be read from the stream: reading it again reports why
            }
            spoolOut.close();
            java.nio.file.Path copy = spool;
            InputStream rest = raw;
            return source.reopened(() -> new java.io.SequenceInputStream(java.nio.file.Files.newInputStream(copy), rest));
        }

        @Override
        public void close() {
            try {
                if (spoolOut != null) {
                    spoolOut.close();
                }
                if (spool != null) {
                    TempFiles.removeSpill(spool);
                }
                if (raw != null) {
                    raw.close();
                }
            } catch (IOException e) {
                // a temporary copy that cannot be removed is left for the system to clean up
            }
        }

        /** The result, or null when the table must be read sequentially. */
        Result read() {
            List<State> states = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            int blocks = 0;
            long headerLines;
            InputStream in = null;
            try {
                in = source.open();
                int size = options.blockBytes();
                byte[] buf = new byte[size];
                int filled = fill(in, buf, 0);
                boolean eof = filled < buf.length;
                if (stream) {
                    raw = in;
                    if (eof) {
                        whole = Arrays.copyOf(buf, filled); // one block: not worth the threads
                        return null;
                    }
                    spool = TempFiles.spill("stdin", ".csv"); // a private folder, removed on exit and on SIGINT/SIGTERM
                    spoolOut = java.nio.file.Files.newOutputStream(spool);
                    spoolOut.write(buf, 0, filled);
                    in = new Tee(raw, spoolOut);
                }
                long[] head = header(buf, filled);
                if (head == null) {
                    return null;
                }
                headerLines = head[0];
                int start = (int) head[1];
                GroupSums sums = new GroupSums();
                Codes codes = new Codes();
                for (int i = 0; i < options.threads(); i++) {
                    State state = new State(columns, sums, codes);
                    states.add(state);
                    Thread t = new Thread(() -> work(state), "figures-reader-" + i);
                    t.setDaemon(true);
                    t.start();
                    workers.add(t);
                }
                try {
                    // the body of the first block, then block after block, each cut after its last line end
                    byte[] carry = Arrays.copyOfRange(buf, start, filled);
                    while (failure.get() == null) {
                        byte[] block = spare.poll();
                        if (block == null || block.length < carry.length + 1) {
                            block = new byte[Math.max(size, carry.length * 2)];
                        }
                        System.arraycopy(carry, 0, block, 0, carry.length);
                        int n = carry.length;
                        if (!eof) {
                            int read = fill(in, block, n);
                            eof = n + read < block.length;
                            n += read;
                        }
                        int cut = n;
                        if (!eof) {
                            cut = lastLineEnd(block, n);
                            if (cut < 0) {
                                // a record longer than a block: carry all of it into a larger block
                                carry = Arrays.copyOf(block, n);
                                if (n > (1 << 28)) {
                                    return null;
                                }
                                continue;
                            }
                        }
                        carry = Arrays.copyOfRange(block, cut, n);
                        if (cut > 0) {
                            queue.put(new Block(blocks++, block, cut));
                        }
                        if (eof && carry.length == 0) {
                            break;
                        }
                    }
                } finally {
                    for (int i = 0; i < workers.size(); i++) {
                        queue.put(Block.END);
                    }
                    for (Thread t : workers) {
                        t.join();
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } finally {
                if (!stream && in != null) {
                    try {
                        in.close();
                    } catch (IOException e) {
                        // read to the end already
                    }
                }
            }
            if (failure.get() != null) {
                return null;
            }
            State all = states.get(0);
            for (State s : states.subList(1, states.size())) {
                all.count(s); // the sums are shared: only the counts are the threads' own
            }
            if (all.read == 0) {
                return null; // let CsvTable say what is wrong with an empty table
            }
            long[] offsets = new long[blocks];
            long line = headerLines;
            for (int b = 0; b < blocks; b++) {
                offsets[b] = line;
                line += linesPerBlock.get(b);
            }
            return all.result(source.name(), offsets, options.threads());
        }

        /**
         * Reads the header through {@link CsvTable} (so it is checked exactly as everywhere else)
         * and finds where the body starts: {lines taken by the header, byte offset}; null when
         * the first block does not hold the whole header and a line end after it.
         */
        private long[] header(byte[] buf, int filled) {
            CsvTable.Header[] h = {null};
            TableSource first = TableSource.of(source.name(), () -> new java.io.ByteArrayInputStream(buf, 0, filled));
            try {
                CsvTable.of(first, spec.by() == null ? required(spec, List.of()) : required(spec, spec.by())).forEach(hd -> {
                    h[0] = hd;
                    throw new GiveUp();
                }, row -> { });
            } catch (GiveUp stop) {
                // the header is read
            }
            if (h[0] == null) {
                return null;
            }
            header = h[0];
            columns = Columns.of(source.name(), header, spec);
            long lines;
            try (CSVParser p = CSVParser.builder().setReader(new StringReader(new String(buf, 0, filled, StandardCharsets.UTF_8)))
                    .setFormat(CsvTable.FORMAT).get()) {
                p.iterator().next();
                lines = p.getCurrentLineNumber();
            } catch (IOException | RuntimeException e) {
                return null;
            }
            // the body starts after the header's line breaks, counted as Commons CSV counts them (CR, LF, CRLF)
            long seen = 0;
            for (int i = 0; i < filled; i++) {
                byte c = buf[i];
                if (c == '\r' || (c == '\n' && (i == 0 || buf[i - 1] != '\r'))) {
                    seen++;
                }
                if (seen == lines) {
                    int end = i + 1;
                    if (c == '\r') {
                        if (end >= filled) {
                            return null;
                        }
                        if (buf[end] == '\n') {
                            end++;
                        }
                    }
                    return end < filled ? new long[] {lines, end} : null;
                }
            }
            return null;
        }

        private void work(State state) {
            BlockScanner scanner = new BlockScanner(source.name(), header);
            while (true) {
                Block b;
                try {
                    b = queue.take();
                } catch (InterruptedException e) {
                    failure.compareAndSet(null, e);
                    return;
                }
                if (b == Block.END) {
                    try {
                        state.flush();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                    return;
                }
                try {
                    if (failure.get() == null) {
                        linesPerBlock.put(b.number(), scanner.scan(b.number(), b.bytes(), b.length(), state));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (b.bytes().length == options.blockBytes()) {
                        spare.offer(b.bytes());
                    }
                }
            }
        }

        private static int fill(InputStream in, byte[] buf, int from) throws IOException {
            int n = from;
            while (n < buf.length) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return n - from;
        }

        /** The index just after the last line end (LF, or a CR not at the end: it may be the first half of a CRLF), or -1. */
        private static int lastLineEnd(byte[] b, int n) {
            for (int i = n - 1; i >= 0; i--) {
                if (b[i] == '\n' || (b[i] == '\r' && i + 1 < n)) {
                    return i + 1;
                }
            }
            return -1;
        }
    }
}
