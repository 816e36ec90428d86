package figures.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a table: strict UTF-8 with an optional BOM (dropped), no NUL characters and no line
 * longer than {@link #MAX_LINE} characters. Keeps count of lines (LF, CRLF or CR) so that a bad
 * byte is reported on the line it is on, not where a buffer happened to end. Characters before a
 * problem are delivered first, so rows above it are read as usual.
 */
public final class StrictUtf8Reader extends Reader {
    /** Longest line accepted, in characters: bounds the memory one record can take. */
    public static final int MAX_LINE = 1 << 20;

    /** A problem in the text, on a known line. */
    public static final class BadText extends IOException {
        private final long line;

        BadText(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean started;
    private boolean bomSkipped;
    private BadText pending;
    private long line = 1;
    private long column;
    private boolean afterCr;
    private boolean closed;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = 0;
        while (n < len && chars.hasRemaining()) {
            char c = chars.get(chars.position());
            String problem = check(c);
            if (problem != null) {
                pending = new BadText(line, problem);
                chars.position(chars.limit());
                break;
            }
            chars.get();
            buf[off + n++] = c;
            count(c);
        }
        if (n == 0) {
            throw pending;
        }
        return n;
    }

    private String check(char c) {
        if (c == '\0') {
            return "contains a NUL byte (is this a binary file, or UTF-16? save it as UTF-8 text)";
        }
        if (column >= MAX_LINE && c != '\n' && c != '\r') {
            return "line is longer than " + MAX_LINE + " characters (is this a CSV table?)";
        }
        return null;
    }

    private void count(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 0;
        } else if (c == '\r') {
            line++;
            column = 0;
        } else {
            column++;
        }
        afterCr = c == '\r';
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && eof) {
                    return false;
                }
                if (!eof) {
                    bytes.compact();
                    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (r < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + r);
                    }
                    bytes.flip();
                }
                if (!started && (bytes.remaining() >= 3 || eof)) {
                    started = true;
                    checkStart();
                }
                if (!started) {
                    continue;
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    pending = badByte();
                    break;
                }
                if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    if (chars.position() == 0) {
                        return false;
                    }
                }
            }
        } finally {
            chars.flip();
        }
        if (!bomSkipped && chars.hasRemaining()) {
            bomSkipped = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining() && pending == null) {
                    return fill();
                }
            }
        }
        return chars.hasRemaining() || pending != null;
    }

    private void checkStart() throws BadText {
        int p = bytes.position();
        if (bytes.remaining() >= 2) {
            int b0 = bytes.get(p) & 0xff;
            int b1 = bytes.get(p + 1) & 0xff;
            if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                throw new BadText(1, "is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
            }
        }
    }

    /** The error for the byte at the decoder's position, counting the lines of the characters decoded before it. */
    private BadText badByte() {
        long at = line;
        boolean cr = afterCr;
        for (int i = 0; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\n' ? !cr : c == '\r') {
                at++;
            }
            cr = c == '\r';
        }
        int b = bytes.get(bytes.position()) & 0xff;
        return new BadText(at, String.format("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", b));
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }
}
