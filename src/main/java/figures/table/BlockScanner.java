package figures.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The bulk path's parser: finds the records and cells of a block of whole lines in its bytes, as
 * {@link CsvTable}'s format (Commons CSV with comments, blank lines skipped, spaces around cells
 * trimmed) would find them, without a {@code String} per cell or an object per record. A cell is
 * a byte range ({@link #start}, {@link #end}) already stripped as {@link Row#text} strips it
 * (ASCII and Unicode spaces); a quoted cell with {@code ""} in it, which is not its bytes, is
 * marked {@linkplain #slow slow}, and asking for it parses that one record with Commons CSV. Amounts, periods and currencies in an unusual form go through {@link #row()}, the
 * same {@link Row} the strict reader gives.
 *
 * <p>Anything that is or may be an error (a ragged row, a NUL byte, invalid UTF-8, text after a
 * closing quote, a quote still open at the end of the block, a line too long) throws
 * {@link GiveUp}: the table is then read by the strict reader, which reports it with
 * its line. So the answers and the errors are the strict reader's by construction; what this
 * class must get right is only that it never reads a record differently without giving up, which
 * the differential test (BulkReaderDifferentialTest) checks over messy tables cut into blocks at
 * every place.
 */
final class BlockScanner {
    private static final byte ORDINARY = 0;
    private static final byte COMMA = 1;
    private static final byte LF = 2;
    private static final byte CR = 3;
    private static final byte NUL = 4;
    private static final byte HIGH = 5;
    /**
     * The class of each byte for the cell loop, one table per delimiter ({@link Reading#DELIMITERS}
     * in order; COMMA marks the delimiter): a quote is ordinary inside an unquoted cell, as in Commons CSV.
     */
    private static final byte[][] CLASSES = new byte[Reading.DELIMITERS.length()][256];
    /** ASCII characters that {@link Character#isWhitespace} accepts, less CR, LF and the delimiter (a tab), per delimiter. */
    private static final boolean[][] SPACES = new boolean[Reading.DELIMITERS.length()][256];
    /** ASCII characters that {@link String#strip} removes (a quoted cell may start or end with a line break). */
    private static final boolean[] STRIP = new boolean[256];

    static {
        for (int d = 0; d < CLASSES.length; d++) {
            char delimiter = Reading.DELIMITERS.charAt(d);
            byte[] k = CLASSES[d];
            k[delimiter] = COMMA;
            k['\n'] = LF;
            k['\r'] = CR;
            k[0] = NUL;
            for (int i = 0x80; i < 0x100; i++) {
                k[i] = HIGH;
            }
            for (int c = 0; c < 0x80; c++) {
                SPACES[d][c] = Character.isWhitespace(c) && c != '\n' && c != '\r' && c != delimiter;
            }
        }
        for (int c = 0; c < 0x80; c++) {
            STRIP[c] = Character.isWhitespace(c);
        }
    }

    /** What takes the records of a block, one at a time, while the scanner stands on each ({@link RecordSums}). */
    interface Sink {
        void accept(BlockScanner record);
    }

    private final String file;
    private final CsvTable.Header header;
    private final int columns;
    /** The cells' delimiter, its byte classes and the spaces skipped around a cell. */
    private final byte delimiter;
    private final byte[] classes;
    private final boolean[] spaces;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(0);
    private final int[] start;
    private final int[] end;
    private final boolean[] slow;
    private byte[] bytes;
    private int block;
    private int recordStart;
    private int recordEnd;
    private long recordLine;
    private CSVRecord reparsed;
    /** Whether the block has a non-ASCII byte, so must be checked as UTF-8. */
    private boolean high;

    BlockScanner(String file, CsvTable.Header header, char delimiter) {
        this.file = file;
        this.header = header;
        int d = Reading.DELIMITERS.indexOf(delimiter);
        this.delimiter = (byte) delimiter;
        this.classes = CLASSES[d];
        this.spaces = SPACES[d];
        this.columns = header.size();
        this.start = new int[columns];
        this.end = new int[columns];
        this.slow = new boolean[columns];
    }

    /**
     * Hands each record of {@code b[0, n)} (whole lines, starting at a record) to the sums;
     * returns the number of line ends in it, counted as Commons CSV counts them (CR, LF, CRLF).
     */
    long scan(int blockNumber, byte[] b, int n, Sink state) {
        this.block = blockNumber;
        this.bytes = b;
        final byte[] cls = classes; // the delimiter's classes, in a local for the loops
        final byte delimiter = this.delimiter;
        high = false;
        long line = 1;
        int i = 0;
        while (i < n) {
            byte c = b[i];
            if (c == '\n' || c == '\r') { // a blank line
                i = lineEnd(b, i, n);
                line++;
                continue;
            }
            if (c == '#') { // a comment line
                while (i < n && b[i] != '\n' && b[i] != '\r') {
                    byte k = cls[b[i] & 0xff];
                    if (k == NUL) {
                        throw new GiveUp();
                    }
                    high |= k == HIGH;
                    i++;
                }
                if (i < n) {
                    i = lineEnd(b, i, n);
                    line++;
                }
                continue;
            }
            recordStart = i;
            recordLine = line;
            reparsed = null;
            int f = 0;
            while (true) {
                i = spaces(b, i, n);
                int s;
                int e;
                boolean odd = false;
                if (i < n && b[i] == '"') {
                    s = ++i;
                    while (true) {
                        while (i < n && b[i] != '"') {
                            byte k = cls[b[i] & 0xff];
                            if (k >= LF) {
                                if (k == NUL) {
                                    throw new GiveUp();
                                }
                                if (k == HIGH) {
                                    high = true;
                                } else if (k == LF ? i == 0 || b[i - 1] != '\r' : true) {
                                    line++;
                                }
                            }
                            i++;
                        }
                        if (i >= n) {
                            throw new GiveUp(); // open at the end of the block: an unclosed quote, or a block cut inside a cell
                        }
                        if (i + 1 < n && b[i + 1] == '"') {
                            odd = true; // "" inside: the cell is not its bytes
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    e = i;
                    i = spaces(b, i + 1, n);
                    if (i < n && b[i] != delimiter && b[i] != '\n' && b[i] != '\r') {
                        throw new GiveUp(); // text after the closing quote
                    }
                } else {
                    s = i;
                    while (true) {
                        while (i < n && cls[b[i] & 0xff] == ORDINARY) { // the common bytes, one test each
                            i++;
                        }
                        if (i >= n) {
                            break;
                        }
                        byte k = cls[b[i] & 0xff];
                        if (k == HIGH) {
                            high = true;
                            i++;
                        } else if (k == NUL) {
                            throw new GiveUp();
                        } else {
                            break; // a comma or a line end
                        }
                    }
                    e = i;
                }
                while (s < e && STRIP[b[s] & 0xff]) {
                    s++;
                }
                while (e > s && STRIP[b[e - 1] & 0xff]) {
                    e--;
                }
                if (e > s && ((b[s] & 0x80) != 0 || (b[e - 1] & 0x80) != 0)) {
                    // Unicode spaces at an edge, which String#strip removes too
                    s = stripStart(b, s, e);
                    e = stripEnd(b, s, e);
                }
                if (f < columns) {
                    start[f] = s;
                    end[f] = e;
                    slow[f] = odd;
                }
                f++;
                if (i >= n) {
                    break;
                }
                if (b[i] == delimiter) {
                    i++;
                    if (i >= n) { // a comma at the very end of the table: one more, empty cell
                        if (f < columns) {
                            start[f] = i;
                            end[f] = i;
                            slow[f] = false;
                        }
                        f++;
                        break;
                    }
                    continue;
                }
                i = lineEnd(b, i, n);
                line++;
                break;
            }
            recordEnd = i;
            if (f != columns) {
                throw new GiveUp(); // a ragged row
            }
            state.accept(this);
        }
        if (high) {
            checkUtf8(b, n);
        }
        if (n > StrictUtf8Reader.MAX_LINE) {
            checkLineLengths(b, n);
        }
        return line - 1;
    }

    /** The index after the line end at {@code i} (CR, LF or CRLF). */
    private static int lineEnd(byte[] b, int i, int n) {
        return b[i] == '\r' && i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1;
    }

    /**
     * After the spaces from {@code i} that Commons CSV skips around a cell: ASCII and Unicode
     * ({@link Character#isWhitespace}), not CR or LF.
     */
    private int spaces(byte[] b, int i, int n) {
        final boolean[] space = spaces;
        while (i < n) {
            int c = b[i] & 0xff;
            if (space[c]) {
                i++;
            } else if (c >= 0x80 && Character.isWhitespace(codePoint(b, i, n))) {
                i += utf8Length(c);
                high = true; // checked as UTF-8 at the end of the block
            } else {
                break;
            }
        }
        return i;
    }

    /** The start of {@code b[s, e)} without the spaces {@link String#strip} removes. */
    private static int stripStart(byte[] b, int s, int e) {
        while (s < e) {
            int c = b[s] & 0xff;
            if (c < 0x80 ? STRIP[c] : Character.isWhitespace(codePoint(b, s, e))) {
                s += utf8Length(c);
            } else {
                break;
            }
        }
        return s;
    }

    /** The end of {@code b[s, e)} without the spaces {@link String#strip} removes. */
    private static int stripEnd(byte[] b, int s, int e) {
        while (e > s) {
            int last = e - 1;
            while (last > s && (b[last] & 0xC0) == 0x80) {
                last--;
            }
            int c = b[last] & 0xff;
            if (c < 0x80 ? STRIP[c] : Character.isWhitespace(codePoint(b, last, e))) {
                e = last;
            } else {
                break;
            }
        }
        return e;
    }

    private static int utf8Length(int c) {
        return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }

    /** The code point whose UTF-8 starts at {@code i}; -1 when it is not well formed (the block check then gives up). */
    private static int codePoint(byte[] b, int i, int n) {
        int c = b[i] & 0xff;
        int len = utf8Length(c);
        if (len == 1 || i + len > n) {
            return -1;
        }
        int cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    private void checkUtf8(byte[] b, int n) {
        if (chars.capacity() < n) {
            chars = CharBuffer.allocate(n);
        }
        chars.clear();
        if (decoder.reset().decode(ByteBuffer.wrap(b, 0, n), chars, true).isError() || decoder.flush(chars).isError()) {
            throw new GiveUp();
        }
    }

    /** A line longer than the strict reader takes (it counts characters, this bytes: close calls are left to it). */
    private static void checkLineLengths(byte[] b, int n) {
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                from = i + 1;
            } else if (i - from >= StrictUtf8Reader.MAX_LINE) {
                throw new GiveUp();
            }
        }
    }

    // ---- what the sums ask of the current record

    /** Whether the block has had a byte of 0x80 or more up to the end of this record (none: every cell is ASCII). */
    boolean nonAscii() {
        return high;
    }

    boolean slow(int cell) {
        return slow[cell];
    }

    int length(int cell) {
        return end[cell] - start[cell];
    }

    /** Whether the cell's bytes are {@code other[from, from + length(cell))}. */
    boolean sameBytes(int cell, byte[] other, int from) {
        byte[] b = bytes;
        int s = start[cell];
        int n = end[cell] - s;
        for (int j = 0; j < n; j++) {
            if (b[s + j] != other[from + j]) {
                return false;
            }
        }
        return true;
    }

    /** Copies the cell's bytes to {@code to[at, at + length(cell))}. */
    void copy(int cell, byte[] to, int at) {
        System.arraycopy(bytes, start[cell], to, at, end[cell] - start[cell]);
    }

    /** The cell as a year of four ASCII digits, or -1. */
    int year(int cell) {
        if (slow[cell] || end[cell] - start[cell] != 4) {
            return -1;
        }
        byte[] b = bytes;
        int at = start[cell];
        int y = 0;
        for (int i = at; i < at + 4 && y >= 0; i++) {
            int c = b[i] - '0';
            y = c >= 0 && c <= 9 ? y * 10 + c : -1;
        }
        return y;
    }

    /** Whether the cell is a plain amount, read into {@code into} ({@link PlainAmount#read(byte[], int, int)}). */
    boolean plainAmount(int cell, PlainAmount into) {
        return !slow[cell] && into.read(bytes, start[cell], end[cell]);
    }

    /** The cell as {@link Row#text} gives it. */
    String cell(int cell) {
        if (slow[cell]) {
            return record().get(cell).strip();
        }
        return new String(bytes, start[cell], end[cell] - start[cell], StandardCharsets.UTF_8);
    }

    /** The record as the strict reader gives it (parsed again, by Commons CSV, from its bytes). */
    Row row() {
        return new Row(file, recordLine, header, record());
    }

    /** Where the record starts: block and line within it. */
    long pos() {
        return ((long) block << 32) | recordLine;
    }

    private CSVRecord record() {
        if (reparsed == null) {
            String text = new String(bytes, recordStart, recordEnd - recordStart, StandardCharsets.UTF_8);
            try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(CsvTable.format((char) delimiter)).get()) {
                Iterator<CSVRecord> it = p.iterator();
                CSVRecord r = it.hasNext() ? it.next() : null;
                if (r == null || it.hasNext() || r.size() != columns) {
                    throw new GiveUp();
                }
                reparsed = r;
            } catch (IOException | RuntimeException e) {
                if (e instanceof GiveUp g) {
                    throw g;
                }
                throw new GiveUp();
            }
        }
        return reparsed;
    }
}
