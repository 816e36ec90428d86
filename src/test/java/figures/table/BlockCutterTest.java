package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The block cutter: blocks of whole lines in order, and a record too long found before a buffer grows past the limit. */
class BlockCutterTest {
    /** An endless line: counts what is read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @Test
    void blocksAreWholeLinesInOrder() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        byte[] all = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] first = java.util.Arrays.copyOf(all, 64);
        BlockCutter cutter = new BlockCutter(new java.io.ByteArrayInputStream(all, 64, all.length - 64), 64, first, 0, 64, false, 4);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        int number = 0;
        for (BlockCutter.Block b = cutter.next(); b != BlockCutter.Block.END; b = cutter.next()) {
            assertEquals(number++, b.number());
            byte last = b.bytes()[b.length() - 1];
            assertTrue(last == '\n' || b.length() + joined.size() == all.length, "a block ends at a line end");
            joined.write(b.bytes(), 0, b.length());
            cutter.recycle(b.bytes());
        }
        assertEquals(text.toString(), joined.toString(StandardCharsets.US_ASCII));
        assertEquals(number, cutter.blocks());
    }

    /** Issue 34, item 9: an endless line is given up on after at most the limit and a block, not after doubling to 256 MB. */
    @Test
    void aRecordLongerThanTheLimitIsGivenUpOnBeforeABufferGrowsPastIt() {
        Endless in = new Endless();
        int size = 1 << 16;
        BlockCutter cutter = new BlockCutter(in, size, new byte[0], 0, 0, false, 4);
        assertThrows(GiveUp.class, cutter::next);
        assertTrue(in.read <= BlockCutter.MAX_RECORD + size, "read " + in.read + " bytes");
    }

    /** The same through the reader: a 3 MB line on stdin is the strict reader's error, read once up to the limit. */
    @Test
    void aLongLineOnTheBulkPathIsTheStrictReadersError() {
        StringBuilder b = new StringBuilder("country,yr,usd,note\n");
        for (int i = 0; i < 5000; i++) {
            b.append("A,2000,1,n\n");
        }
        b.append("A,2000,1,").append("x".repeat(3 * StrictUtf8Reader.MAX_LINE)).append('\n');
        byte[] bytes = b.toString().getBytes(StandardCharsets.US_ASCII);
        TableSource stdin = TableSource.of("<stdin>", () -> new java.io.ByteArrayInputStream(bytes));
        SeriesReader.Spec spec = new SeriesReader.Spec(List.of("country"), "yr", "usd");
        InputException e = assertThrows(InputException.class, () -> SeriesReader.read(stdin, spec, new SeriesReader.Options(2, 4096, 0)));
        assertEquals("<stdin>:5002: line is longer than 1048576 characters (is this a CSV table?)", e.getMessage());
    }
}
