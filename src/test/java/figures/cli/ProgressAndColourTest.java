package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.table.CsvTable;
import figures.table.Progress;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressAndColourTest {
    @TempDir
    Path dir;

    private static String rows(int n) {
        StringBuilder b = new StringBuilder("exporter,importer,period,value\n");
        for (int i = 0; i < n; i++) {
            b.append("SU,SY,").append(1960 + i % 30).append(",").append(i).append("m\n");
        }
        return b.toString();
    }

    @Test
    void onlyTablesOverFourMegabytesGetABar() {
        Progress.Factory f = ProgressBar.factory(new PrintWriter(new StringWriter()));
        assertSame(Progress.NONE, f.start("small.csv", 1_000_000));
        assertSame(Progress.NONE, f.start("<stdin>", -1));
        assertSame(Progress.NONE, f.start("four.csv", 4L << 20));
        assertTrue(f.start("big.csv", 5L << 20) instanceof ProgressBar);
    }

    @Test
    void theBarShowsBytesRowsAndRateAndIsErasedWhenTheTableIsClosed() throws Exception {
        StringWriter err = new StringWriter();
        byte[] csv = new byte[1000];
        AtomicLong now = new AtomicLong(0);
        ProgressBar bar = new ProgressBar("big.csv", csv.length, new PrintWriter(err), () -> now.addAndGet(1_000_000_000L));
        try (InputStream in = bar.watch(new ByteArrayInputStream(csv))) {
            in.readNBytes(csv.length / 2);
            for (int i = 0; i < 2048; i++) {
                bar.row();
            }
        }
        String shown = err.toString();
        // the clock moves one second per reading: redrawn every 1024 rows, 1024 rows a second
        assertEquals("\rreading big.csv [============>           ]  50%  1 024 rows  1 024 rows/s\u001B[K"
                + "\rreading big.csv [============>           ]  50%  2 048 rows  1 024 rows/s\u001B[K"
                + "\r\u001B[K", shown);
    }

    @Test
    void aReaderThatCountsNoRowsShowsBytes() throws Exception {
        StringWriter err = new StringWriter();
        byte[] csv = new byte[4 << 20];
        AtomicLong now = new AtomicLong(0);
        ProgressBar bar = new ProgressBar("big.csv", csv.length, new PrintWriter(err), () -> now.addAndGet(1_000_000_000L));
        try (InputStream in = bar.watch(new ByteArrayInputStream(csv))) {
            in.readNBytes(1 << 20);
        }
        // the clock moves a second per look (every 64 KB): drawn as the bytes come, in MB read
        String shown = err.toString();
        assertTrue(shown.contains("\rreading big.csv [======>                 ]  25%  1 of 4 MB\u001B[K\r\u001B[K"), shown);
        assertTrue(shown.startsWith("\rreading big.csv [>                       ]   1%  0 of 4 MB\u001B[K"), shown);
    }

    @Test
    void aReadThatEndsWithinASecondShowsNothing() throws Exception {
        StringWriter err = new StringWriter();
        byte[] csv = new byte[1 << 20];
        AtomicLong now = new AtomicLong(0);
        // a tenth of a second per reading of the clock
        ProgressBar bar = new ProgressBar("big.csv", csv.length, new PrintWriter(err), () -> now.addAndGet(100_000_000L));
        try (InputStream in = bar.watch(new ByteArrayInputStream(csv))) {
            for (int i = 0; i < 8; i++) {
                in.readNBytes(csv.length / 16);
                bar.row();
            }
            assertEquals("", err.toString(), "nothing drawn before a second has passed");
            in.readNBytes(csv.length / 16);
            in.readNBytes(csv.length / 16);
        }
        assertTrue(err.toString().startsWith("\rreading big.csv ["), err.toString());
        assertTrue(err.toString().endsWith("\r\u001B[K"), "erased when closed");
    }

    @Test
    void theCsvReaderReportsEveryRowAndClosesTheWatchedStream() {
        AtomicLong rowsSeen = new AtomicLong();
        AtomicLong closed = new AtomicLong();
        Progress counting = new Progress() {
            @Override
            public InputStream watch(InputStream in) {
                return new java.io.FilterInputStream(in) {
                    @Override
                    public void close() throws java.io.IOException {
                        closed.incrementAndGet();
                        super.close();
                    }
                };
            }

            @Override
            public void row() {
                rowsSeen.incrementAndGet();
            }
        };
        byte[] csv = rows(3).getBytes(StandardCharsets.UTF_8);
        TableSource src = TableSource.of("t.csv", () -> new ByteArrayInputStream(csv)).withProgress((name, size) -> counting);
        AtomicLong consumed = new AtomicLong();
        CsvTable.of(src, "exporter").forEach(r -> consumed.incrementAndGet());
        assertEquals(3, consumed.get());
        assertEquals(3, rowsSeen.get());
        assertEquals(1, closed.get());
    }

    private String errorOf(Map<String, String> env, boolean errTerminal, String... args) {
        StringWriter err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), env, false, errTerminal);
        Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return err.toString();
    }

    @Test
    void errorLinesStartInRedOnlyOnATerminalWithoutNoColor() {
        assertEquals("\u001B[1;31mfigures writeoff:\u001B[0m --chart: 'x.gif' must end in .svg or .png\n",
                errorOf(Map.of(), true, "writeoff", "--chart", "x.gif"));
        assertEquals("\u001B[1;31mfigures:\u001B[0m unknown command 'nope' (commands: writeoff, data, completion, help) (see 'figures --help')\n",
                errorOf(Map.of(), true, "nope").replaceAll("\\(commands: [^)]*\\)", "(commands: writeoff, data, completion, help)"));
        assertFalse(errorOf(Map.of(), false, "writeoff", "--chart", "x.gif").contains("\u001B"), "not a terminal");
        assertFalse(errorOf(Map.of("NO_COLOR", "1"), true, "writeoff", "--chart", "x.gif").contains("\u001B"), "NO_COLOR");
        assertFalse(errorOf(Map.of(), true, "writeoff", "--chart", "x.gif", "--no-color").contains("\u001B"), "--no-color");
    }
}
