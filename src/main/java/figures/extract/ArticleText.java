package figures.extract;

import figures.model.InputException;
import figures.model.IoFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an article: strict UTF-8 (a BOM is dropped), no NUL characters, at most
 * {@link #MAX_CHARS} characters. A bad byte is reported with its line and column, as the table
 * reader ({@code table/StrictUtf8Reader}) does for tables. Offsets are indexes into {@link #text};
 * {@link #line} and {@link #column} turn them into the 1-based line and column an editor shows.
 */
public final class ArticleText {
    /** Longest article read, in characters: an article, not a corpus. */
    public static final int MAX_CHARS = 4 << 20;

    private final String name;
    private final String text;
    private final int[] lineStarts;

    private ArticleText(String name, String text) {
        this.name = name;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** An article given as text (tests, and text already read). */
    public static ArticleText of(String name, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int nul = t.indexOf('\0');
        ArticleText a = new ArticleText(name, t);
        if (nul >= 0) {
            throw a.binary(nul);
        }
        return a;
    }

    /** Reads an article; {@code name} is what messages call it ({@code <stdin>}, the path given). */
    public static ArticleText read(String name, InputStream in) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_CHARS * 3 + 1);
        } catch (IOException e) {
            throw new IoFailure(name + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_CHARS * 3) {
            throw new InputException(name, 0, "is larger than " + (MAX_CHARS * 3 >> 20) + " MB: an article, not a corpus, is expected");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            throw new InputException(name, 1, "column 1: is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in2 = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in2, out, true);
        if (r.isError()) {
            int bad = bytes[in2.position()] & 0xff;
            out.flip();
            ArticleText before = new ArticleText(name, stripBom(out.toString()));
            int at = before.text.length();
            throw new InputException(name, before.line(at), "column " + before.column(at) + ": "
                    + String.format("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bad));
        }
        decoder.flush(out);
        out.flip();
        if (out.length() > MAX_CHARS) {
            throw new InputException(name, 0, "is longer than " + MAX_CHARS + " characters: an article, not a corpus, is expected");
        }
        return of(name, out.toString());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private InputException binary(int at) {
        return new InputException(name, line(at), "column " + column(at)
                + ": contains a NUL byte (is this a binary file, or UTF-16? save it as UTF-8 text)");
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of an offset, in characters of its line. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** {@code name:line:column}, for messages. */
    public String where(int offset) {
        return name + ":" + line(offset) + ":" + column(offset);
    }
}
