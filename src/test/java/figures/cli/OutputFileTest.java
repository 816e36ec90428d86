package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o FILE replaces the file whole or not at all, and says why when it cannot. */
class OutputFileTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        return Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aSuccessfulRunReplacesTheOldFileWhole() throws Exception {
        Files.writeString(dir.resolve("out.csv"), "old contents\n");
        assertEquals(0, run(new StringWriter(), "writeoff", "--debt", "13.4bn USD", "--percent", "73", "--format", "csv", "-o", "out.csv"));
        assertEquals("figure,stated,computed,currency,unit,verdict\ndebt,13400000000,,USD,,input\npercent,73,,,%,input\n"
                + "written_off,,9782000000,USD,,derived\nremaining,,3618000000,USD,,derived\n", Files.readString(dir.resolve("out.csv")));
        assertEquals(List.of("out.csv"), files());
    }

    @Test
    void aBadArgumentLeavesTheOldFileUntouched() throws Exception {
        Files.writeString(dir.resolve("out.csv"), "old contents\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "writeoff", "--debt", "1e999999999", "--percent", "73", "-o", "out.csv"));
        assertEquals("old contents\n", Files.readString(dir.resolve("out.csv")));
        assertEquals(List.of("out.csv"), files());
    }

    @Test
    void aFolderInTheWayIsAnIoErrorAndNothingIsLeftBehind() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/keep.txt"), "kept\n");
        StringWriter err = new StringWriter();
        assertEquals(4, run(err, "writeoff", "-o", "out"));
        assertEquals("figures writeoff: -o out: is a folder; name a file\n", err.toString());
        assertEquals(List.of("out/keep.txt"), files());
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(4, run(err, "writeoff", "-o", "no/such/out.csv"));
        assertEquals("figures writeoff: -o no/such/out.csv: no such folder 'no/such'\n", err.toString());
        assertEquals(List.of(), files());
    }

    private static final String WRITEOFF_CSV = "figure,stated,computed,currency,unit,verdict\ndebt,13400000000,,USD,,input\npercent,73,,,%,input\n"
            + "written_off,,9782000000,USD,,derived\nremaining,,3618000000,USD,,derived\n";

    private int writeoffTo(String target) {
        return run(new StringWriter(), "writeoff", "--debt", "13.4bn USD", "--percent", "73", "--format", "csv", "-o", target);
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplacedWhole() throws Exception {
        Files.createDirectories(dir.resolve("real"));
        Files.writeString(dir.resolve("real/out.csv"), "old contents\n");
        Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real/out.csv"));
        assertEquals(0, writeoffTo("link.csv"));
        assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")), "the link stays a link");
        assertEquals(WRITEOFF_CSV, Files.readString(dir.resolve("real/out.csv")));
        assertEquals(List.of("link.csv", "real/out.csv"), files()); // (the link lists as its target does)
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws Exception {
        Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("new.csv"));
        assertEquals(0, writeoffTo("link.csv"));
        assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")));
        assertEquals(WRITEOFF_CSV, Files.readString(dir.resolve("new.csv")));
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, writeoffTo("pipe"));
        assertEquals(WRITEOFF_CSV, read.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
        assertEquals(List.of(), files());
    }

    @Test
    void aDeviceIsWrittenIntoNotReplaced() throws Exception {
        // /dev/null: replaced by a regular file if -o renamed over it (as root it could)
        assertEquals(0, writeoffTo("/dev/null"));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
        assertEquals(List.of(), files());
        if (Files.exists(Path.of("/dev/full"))) {
            StringWriter err = new StringWriter();
            assertEquals(4, run(err, "writeoff", "--debt", "1bn USD", "--percent", "50", "-o", "/dev/full"));
            assertTrue(err.toString().startsWith("figures writeoff: -o /dev/full: cannot write: "), err.toString());
            assertFalse(Files.isRegularFile(Path.of("/dev/full")));
        }
    }

    @Test
    void aDescriptorNameIsWrittenIntoAtItsEnd() throws Exception {
        // /dev/fd/N, /proc/self/fd/N and /dev/stdout name an open file: it is appended to, never renamed over
        Path file = dir.resolve("held.csv");
        Files.writeString(file, "first\n");
        try (java.io.FileOutputStream held = new java.io.FileOutputStream(file.toFile(), true)) {
            Path self = Path.of("/proc/self/fd");
            String fd = null;
            try (Stream<Path> s = Files.list(self)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    try {
                        if (Files.readSymbolicLink(p).equals(file)) {
                            fd = p.getFileName().toString();
                        }
                    } catch (java.io.IOException gone) {
                        // the listing's own descriptor
                    }
                }
            }
            assertTrue(fd != null, "the descriptor of " + file);
            assertTrue(Output.descriptor(Path.of("/proc/self/fd/" + fd)));
            assertEquals(0, writeoffTo("/proc/self/fd/" + fd));
        }
        assertEquals("first\n" + WRITEOFF_CSV, Files.readString(file));
        assertEquals(List.of("held.csv"), files());
    }

    @Test
    void aFailedEvalLeavesTheOldFileAsItWas() throws Exception {
        Files.writeString(dir.resolve("keep.csv"), "old contents\n");
        StringWriter err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream("1 + 1\n1 +\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "-", "-o", "keep.csv");
        assertEquals(2, exit, err.toString());
        assertEquals("old contents\n", Files.readString(dir.resolve("keep.csv")));
        assertTrue(err.toString().contains("note: -o keep.csv not written"), err.toString());
        assertEquals(List.of("keep.csv"), files());
    }

    @Test
    void aFailedRunLeavesNoTempFileBehind() throws Exception {
        // bad data found while the result is written (a table read as it streams): the temp file goes too
        Files.writeString(dir.resolve("keep.csv"), "old contents\n");
        Files.writeString(dir.resolve("w.csv"), "debtor,creditor,year,debt,percent,currency,source\nSY,RU,2005,13.4bn,0.73,USD,x\n");
        assertEquals(3, run(new StringWriter(), "writeoff", "w.csv", "-o", "keep.csv"));
        assertEquals("old contents\n", Files.readString(dir.resolve("keep.csv")));
        assertEquals(List.of("keep.csv", "w.csv"), files());
        assertEquals(0, figures.table.TempFiles.live(), "every temp file of the run removed and forgotten");
    }

    @Test
    void aCompareWithRowsLeftUnconvertedLeavesTheOldFileAsItWas() throws Exception {
        Files.copy(Path.of("src/test/resources/cases/compare-loans-table-missing-rate/loans.csv"), dir.resolve("loans.csv"));
        Files.writeString(dir.resolve("keep.csv"), "old contents\n");
        StringWriter err = new StringWriter();
        assertEquals(3, run(err, "compare", "loans.csv", "--to", "USD@2024", "-o", "keep.csv"));
        assertEquals("old contents\n", Files.readString(dir.resolve("keep.csv")));
        assertTrue(err.toString().contains("; -o keep.csv not written\n"), err.toString());
        assertEquals(List.of("keep.csv", "loans.csv"), files());
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheOldFileAsItWas() throws Exception {
        Files.writeString(dir.resolve("keep.csv"), "old contents\n");
        StringWriter err = new StringWriter();
        assertEquals(4, run(err, "check", "--report", "junit", "no/such/claims.xml", "-o", "keep.csv"));
        assertEquals("old contents\n", Files.readString(dir.resolve("keep.csv")));
        assertTrue(err.toString().contains("no/such"), err.toString());
        assertEquals(List.of("keep.csv"), files());
    }

    @Test
    void aCompareWithRowsLeftUnconvertedDrawsNoChart() throws Exception {
        Files.copy(Path.of("src/test/resources/cases/compare-loans-table-missing-rate/loans.csv"), dir.resolve("loans.csv"));
        StringWriter err = new StringWriter();
        assertEquals(3, run(err, "compare", "loans.csv", "--to", "USD@2024", "--chart", "loans.svg"));
        assertTrue(err.toString().contains("; --chart loans.svg not drawn\n"), err.toString());
        assertEquals(List.of("loans.csv"), files());
    }
}
