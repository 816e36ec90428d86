package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {
    /** Hands out one byte per read, as a slow pipe may: BOMs and characters arrive split. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static String readAll(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Reader r = new StrictUtf8Reader(in)) {
            char[] buf = new char[7];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                b.append(buf, 0, n);
            }
        }
        return b.toString();
    }

    @Test
    void dropsTheBomAndDecodesCharactersSplitAcrossReads() throws IOException {
        String text = "\uFEFFa,b\nمليار,٣\n€,\uD83D\uDE00\n";
        assertEquals(text.substring(1), readAll(trickle(text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(text.substring(1), readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertEquals("", readAll(trickle(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        assertEquals("x\uFEFF", readAll(trickle("x\uFEFF".getBytes(StandardCharsets.UTF_8))), "only a leading BOM is dropped");
    }

    @Test
    void aBadByteIsReportedOnItsOwnLineWhateverTheLineEnds() {
        assertEquals(4, badLine("a\nb\nc\n\u00ff"));
        assertEquals(4, badLine("a\r\nb\r\nc\r\n\u00ff"));
        assertEquals(4, badLine("a\rb\rc\r\u00ff"));
        // far beyond the first buffer, where decoding once stopped
        assertEquals(100_002, badLine("a\n" + "1,2\n".repeat(100_000) + "x\u00ff"));
    }

    /** The line of the first byte above 0x7F, written as a lone Latin-1 byte (invalid in UTF-8). */
    private static long badLine(String latin1) {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        StrictUtf8Reader.BadText e = assertThrows(StrictUtf8Reader.BadText.class, () -> readAll(new ByteArrayInputStream(bytes)));
        assertTrue(e.getMessage().startsWith("invalid UTF-8 (byte 0xFF)"), e.getMessage());
        return e.line();
    }

    @Test
    void aTruncatedCharacterAtTheEndIsInvalid() {
        byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x82};
        assertEquals(2, assertThrows(StrictUtf8Reader.BadText.class, () -> readAll(trickle(bytes))).line());
    }

    @Test
    void nulAndUtf16AreNamed() {
        StrictUtf8Reader.BadText nul = assertThrows(StrictUtf8Reader.BadText.class,
                () -> readAll(new ByteArrayInputStream("a\nb\0\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(2, nul.line());
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        StrictUtf8Reader.BadText utf16 = assertThrows(StrictUtf8Reader.BadText.class,
                () -> readAll(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_16))));
        assertTrue(utf16.getMessage().contains("UTF-16"), utf16.getMessage());
    }

    @Test
    void linesUpToTheLimitAreReadAndLongerOnesAreNot() throws IOException {
        String max = "x".repeat(StrictUtf8Reader.MAX_LINE);
        assertEquals(max.length() + 5, readAll(new ByteArrayInputStream(("a\n" + max + "\nb\n").getBytes(StandardCharsets.US_ASCII))).length());
        StrictUtf8Reader.BadText e = assertThrows(StrictUtf8Reader.BadText.class,
                () -> readAll(new ByteArrayInputStream(("a\r\n" + max + "y\n").getBytes(StandardCharsets.US_ASCII))));
        assertEquals(2, e.line());
    }

    @Test
    void rowsAboveAProblemAreReadFirst() {
        List<Long> seen = new ArrayList<>();
        String csv = "a\n1\n2\n3\n\0\n";
        InputException e = assertThrows(InputException.class, () -> CsvTable.of(
                TableSource.of("t.csv", () -> trickle(csv.getBytes(StandardCharsets.UTF_8))), "a").forEach(r -> seen.add(r.line())));
        assertEquals(List.of(2L, 3L, 4L), seen);
        assertTrue(e.getMessage().startsWith("t.csv:5: contains a NUL byte"), e.getMessage());
    }

    @Test
    void aTableOf100000ColumnsIsReadAndMessagesAboutItStayShort() {
        StringBuilder header = new StringBuilder("a");
        StringBuilder row = new StringBuilder("1");
        for (int i = 1; i < 100_000; i++) {
            header.append(",c").append(i);
            row.append(',').append(i);
        }
        String csv = header + "\n" + row + "\n";
        List<String> got = new ArrayList<>();
        CsvTable.of(TableSource.of("wide.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), "a", "c99999")
                .forEach(r -> got.add(r.text("a") + "/" + r.text("c99999")));
        assertEquals(List.of("1/99999"), got);
        InputException e = assertThrows(InputException.class, () -> CsvTable.of(
                TableSource.of("wide.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), "debtor").forEach(r -> { }));
        assertEquals("wide.csv:1: missing required column 'debtor' (columns found: a, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, "
                + "c12, c13, c14, c15, c16, c17, c18, c19, … 100000 in all)", e.getMessage());
    }
}
