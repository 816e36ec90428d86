package figures.table;

import figures.model.Amount;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One reader thread's view of a read: it parses records (strings from {@link CsvTable}, or
 * byte ranges from {@link BlockScanner}) and adds them to the sums that all threads of the
 * read share ({@link GroupSums}), one stripe lock per record. What a thread remembers of the
 * record before (its key, period, currency, source, slot) saves looking the same text up
 * again. Codes of periods and units are shared by the threads ({@link Codes}).
 */
final class RecordSums implements BlockScanner.Sink {
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
    private final PlainAmount plain = new PlainAmount();
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
    private long rows;
    private long read;

    /** Whether the rows come from a wide table (a missing cell is then no observation, unless --missing error). */
    private final boolean wide;
    /** How a value cell is read beyond the plain amount (number form, scale, currency), and whether it is read as always. */
    private final ValueCells values;
    private final boolean fast;

    /** One of the threads of a read (or the only one): the sums and codes are the read's. */
    RecordSums(Columns columns, GroupSums sums, Codes codes) {
        this(columns, sums, codes, false);
    }

    /** A reader of the rows of a wide table ({@code wide}) or a long one. */
    RecordSums(Columns columns, GroupSums sums, Codes codes, boolean wide) {
        this.columns = columns;
        this.sums = sums;
        this.codes = codes;
        this.windowed = columns.windowed();
        this.wide = wide;
        this.values = new ValueCells(columns, plain);
        this.fast = values.fast();
    }

    /** Rows summed (within the window). */
    long rows() {
        return rows;
    }

    /** Rows read. */
    long read() {
        return read;
    }

    // ---- the strict path: a row from CsvTable

    private String[] lastCells;

    void accept(Row line) {
        boolean sameGroup = sameKey(line);
        int period = period(line);
        String text = cell(line, columns.valueIndex());
        read++;
        if (Reading.isMissing(text)) {
            missing(line, sameGroup, period, text);
            return;
        }
        text = values.text(line, text);
        if (windowed && !columns.inWindow(codes.period(period))) {
            // outside --from/--to: checked as any row, not summed (its group still counts)
            straddles(period, line.line());
            if (values.plain(text, line)) {
                currency(line);
            } else {
                values.amount(line, text);
            }
            sum(sameGroup, line.line(), period, -1, null, null);
            return;
        }
        int unit;
        BigDecimal value = null;
        if (values.plain(text, line)) {
            unit = plainUnit(currency(line));
        } else {
            Amount a = values.amount(line, text);
            unit = codes.unit(new Codes.Unit(a.currency().orElse(null), a.priceBasis().orElse(null)));
            value = a.value();
        }
        String source = null;
        if (columns.sourceIndex() >= 0) {
            source = cell(line, columns.sourceIndex());
            if (source.indexOf('\0') >= 0) {
                line.text("source"); // throws: a NUL byte
            }
        }
        sum(sameGroup, line.line(), period, unit, value, source);
        rows++;
    }

    /** Rows left out with --missing skip. */
    private final SkippedCells skipped = new SkippedCells();

    /** What was left out with --missing skip (sequential reading only: the bulk path reads the default, where it is an error). */
    SkippedCells skipped() {
        return skipped;
    }

    /** A row whose value is missing: an error ({@link Reading.Missing#ERROR}), or left out and counted. */
    private void missing(Row line, boolean sameGroup, int period, String text) {
        if (columns.reading().missingIn(wide) == Reading.Missing.ERROR) {
            throw new BadCells.MissingValue(line.file(), line.line(), "column '" + columns.value() + "': "
                    + (text.isEmpty() ? "is empty" : "missing value " + Row.quote(text)));
        }
        sum(sameGroup, line.line(), period, -1, null, null); // the group is read; nothing is summed
        Period p = codes.period(period);
        if (!windowed || columns.inWindow(p)) {
            skipped.add(java.util.List.of(lastCells), p);
        }
    }

    /** Whether the row's key is the last row's; if not, its key cells (checked) are in {@link #key}. */
    private boolean sameKey(Row line) {
        int[] idx = columns.byIndex();
        if (lastCells != null) {
            boolean same = true;
            for (int i = 0; i < idx.length && same; i++) {
                same = cell(line, idx[i]).equals(lastCells[i]);
            }
            if (same) {
                return true;
            }
        }
        String[] cells = new String[idx.length];
        int len = 0;
        for (int i = 0; i < idx.length; i++) {
            cells[i] = cell(line, idx[i]);
            if (cells[i].isEmpty() || cells[i].indexOf('\0') >= 0) {
                if (columns.implied() && cells[i].isEmpty()) {
                    String c = columns.by().get(i);
                    throw line.error(c, "is empty (without --by, column '" + c + "' is read to see whether the table has groups:"
                            + " give --by, or --total to sum every row into one series)");
                }
                line.required(columns.by().get(i)); // throws: empty, or a NUL byte
            }
            String invisible = InvisibleKeys.what(cells[i]);
            if (invisible != null) {
                String seen = Row.quote(InvisibleKeys.without(cells[i]));
                throw line.error(columns.by().get(i), invisible + " " + seen + " would make it a group apart from " + seen
                        + " that prints the same; remove it from the table");
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
            q = codes.period(codes.period(row.seriesPeriod(columns.period())));
            spans.put(text, q);
        }
        return q;
    }

    /** The code of a row's period: a year of four digits read here, anything else through {@link Row#period}. */
    private int period(Row line) {
        String s = cell(line, columns.periodIndex());
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
        lastPeriodCode = y >= Period.MIN_YEAR && y <= Period.MAX_YEAR ? y - Period.MIN_YEAR : codes.period(period(s, line));
        lastPeriodText = s;
        return lastPeriodCode;
    }

    private Currency currency(Row line) {
        if (columns.currencyIndex() < 0) {
            return values.currency();
        }
        String s = cell(line, columns.currencyIndex());
        if (s.equals(lastCurrencyText)) {
            return lastCurrency;
        }
        Currency c = currencies.get(s);
        if (c == null && !s.isEmpty()) {
            c = Currency.lookup(s);
            if (c == null || s.indexOf('\0') >= 0) {
                line.currency(); // throws: an unknown code
            }
            currencies.put(s, c);
        }
        lastCurrencyText = s;
        lastCurrency = c;
        return c;
    }

    private int plainUnit(Currency c) {
        if (c != lastUnitCurrency || lastUnitCode < 0) {
            lastUnitCode = codes.unit(new Codes.Unit(c, null));
            lastUnitCurrency = c;
        }
        return lastUnitCode;
    }

    /**
     * Adds a checked record to the shared sums: its group (the last record's when
     * {@code sameGroup}, else the key in {@link #key}), and unless {@code unit} is -1 (outside
     * the window) its value ({@code value}, or the plain amount read last when null)
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
            pendingUnscaled = plain.unscaled();
            pendingScale = plain.scale();
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
                st.add(s, plain.unscaled(), plain.scale(), 1);
            } else {
                st.add(s, value);
            }
            if (source != null) {
                st.source(g, source, pos);
            }
        }
    }

    /** Adds the plain amount read last to the pending sum, exactly; false (nothing added) when that overflows a long. */
    private boolean combine() {
        try {
            pendingUnscaled = GroupSums.sumAt(pendingUnscaled, pendingScale, plain.unscaled(), plain.scale());
            pendingScale = Math.max(pendingScale, plain.scale());
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

    // ---- the bulk path: a record of a block as byte ranges (BlockScanner), no String per cell

    private byte[] key = new byte[64];
    private int keyLength = -1;
    private byte[] scratch = new byte[64];
    private final LastCell lastCurrencyCell = new LastCell();
    private final LastCell lastSourceCell = new LastCell();
    private String lastSourceText;

    /** As {@link #accept(Row)}, for a record of a block: the same sums, and an error anywhere gives up. */
    @Override
    public void accept(BlockScanner s) {
        // kept under C2's inlining limit for a hot callee (325 bytes of bytecode): BlockScanner.scan
        // then inlines it, ~10 % of the read's CPU on a million rows; the rarer paths are methods of their own
        boolean sameGroup = sameKey(s);
        int period = period(s);
        String formed = fast ? null : formed(s);
        boolean plain = fast ? s.plainAmount(columns.valueIndex(), this.plain) : values.plain(formed, null);
        read++;
        if (windowed && !columns.inWindow(codes.period(period))) {
            outsideWindow(s, sameGroup, period, plain, formed);
            return;
        }
        if (plain) {
            sum(sameGroup, s.pos(), period, plainUnit(currency(s)), null, source(s));
        } else {
            Amount a = bulkAmount(s, formed);
            sum(sameGroup, s.pos(), period, codes.unit(new Codes.Unit(a.currency().orElse(null), a.priceBasis().orElse(null))), a.value(),
                    source(s));
        }
        rows++;
    }

    /** The value cell in the amount syntax's form, for a table whose cells are not read as always (a cell not of the form: the bulk path gives up, the strict reader says why). */
    private String formed(BlockScanner s) {
        return values.text(s.cell(columns.valueIndex()));
    }

    /** A record outside --from/--to: checked as any row, not summed (its group still counts). */
    private void outsideWindow(BlockScanner s, boolean sameGroup, int period, boolean plain, String formed) {
        straddles(period, s.pos());
        if (plain) {
            currency(s);
        } else {
            bulkAmount(s, formed);
        }
        sum(sameGroup, s.pos(), period, -1, null, null);
    }

    /** The record's source cell, or null when the table has none or the cell is empty. */
    private String source(BlockScanner s) {
        int si = columns.sourceIndex();
        if (si < 0 || s.length(si) == 0) {
            return null;
        }
        if (!lastSourceCell.matches(s, si)) {
            lastSourceText = s.cell(si);
            lastSourceCell.set(s, si);
        }
        return lastSourceText;
    }

    /** A value cell of a block's record that is not a plain amount: {@code formed}, its text in the amount syntax's form, or null. */
    private Amount bulkAmount(BlockScanner s, String formed) {
        return values.amount(s.row(), formed == null ? s.cell(columns.valueIndex()) : formed);
    }

    /** Whether key bytes {@code k[from, to)}, cell {@code c} of the scanner's record, have a character {@link InvisibleKeys#what} finds. */
    private static boolean invisible(byte[] k, int from, int to, BlockScanner s, int c) {
        for (int i = from; i < to; i++) {
            if (k[i] < 0) {
                return InvisibleKeys.what(s.cell(c)) != null;
            }
        }
        return false;
    }

    /** A cell of a row as {@link Row#text} gives it. */
    private String cell(Row row, int index) {
        return row.text(columns.names().get(index));
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
                s.copy(c, k, len);
            }
            if (n == 0) {
                throw new GiveUp(); // an empty key cell: the strict reader says so
            }
            if (s.nonAscii() && invisible(k, len, len + n, s, c)) {
                throw new GiveUp(); // a key cell with an invisible character: the strict reader says so
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
        byte[] k = key;
        int at = 0;
        for (int c : idx) {
            int n = s.length(c);
            if (n == 0 || s.slow(c) || at + n >= keyLength || k[at + n] != 0 || !s.sameBytes(c, k, at)) {
                return false;
            }
            at += n + 1;
        }
        return at == keyLength;
    }

    /** The code of a record's period: a year of four digits read from its bytes, anything else as {@link #period(Row)} reads it. */
    private int period(BlockScanner s) {
        int p = columns.periodIndex();
        int year = Codes.year(s.year(p));
        if (year >= 0) {
            return year;
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
            return values.currency();
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

    /** Adds what another thread of the same read counted (the sums are shared already). */
    void count(RecordSums o) {
        rows += o.rows;
        read += o.read;
        if (o.straddling > 0 && (straddling == 0 || o.straddlingPos < straddlingPos)) {
            straddlingPos = o.straddlingPos;
            straddlingPeriod = o.straddlingPeriod;
        }
        straddling += o.straddling;
    }

    /** Rows left out because their period reaches across an end of the window (a span such as 1989-1990 with --from 1990). */
    private long straddling;
    private long straddlingPos;
    private int straddlingPeriod;

    private void straddles(int period, long pos) {
        Period p = codes.period(period);
        if (p.isSpan() && (columns.from() == null || p.last() >= columns.from().first())
                && (columns.to() == null || p.first() <= columns.to().last())) {
            if (straddling == 0 || pos < straddlingPos) {
                straddlingPos = pos;
                straddlingPeriod = period;
            }
            straddling++;
        }
    }

    /**
     * What the read tells of the rows it left out (after {@link #count}ing every thread's): a note
     * for the rows whose span reaches across an end of the window; {@code lines} turns a position
     * into a line.
     */
    java.util.List<String> notes(java.util.function.LongUnaryOperator lines) {
        if (straddling == 0) {
            return java.util.List.of();
        }
        String window = columns.from() != null && columns.to() != null ? "--from " + columns.from() + " --to " + columns.to()
                : columns.from() != null ? "--from " + columns.from() : "--to " + columns.to();
        return java.util.List.of(straddling + (straddling == 1 ? " row was" : " rows were") + " left out: a span reaching across "
                + window + " (first: " + codes.period(straddlingPeriod) + ", line " + lines.applyAsLong(straddlingPos)
                + "); a period counts only when it lies wholly within the years asked for");
    }

    /** The bytes of the cell a reader saw last in one column, to skip looking up the same text again. */
    private static final class LastCell {
        private byte[] bytes = new byte[16];
        private int length = -1;

        boolean matches(BlockScanner s, int cell) {
            return !s.slow(cell) && s.length(cell) == length && s.sameBytes(cell, bytes, 0);
        }

        void set(BlockScanner s, int cell) {
            length = -1;
            if (!s.slow(cell)) {
                int n = s.length(cell);
                if (bytes.length < n) {
                    bytes = new byte[Math.max(n, 2 * bytes.length)];
                }
                s.copy(cell, bytes, 0);
                length = n;
            }
        }
    }
}
