package figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden and bad-input case of {@code growth} and {@code balance} that reads a table (from a
 * file or stdin), run through the command with the strict reader (one thread) and with the bulk
 * path (two threads, blocks of many sizes, from a few bytes to the whole table): stdout, stderr
 * and exit code must be the same. (Generated messy tables: figures.table.BulkReaderDifferentialTest.)
 */
class BulkPathCorpusTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/bad"), Path.of("src/test/resources/cases"));

    @TestFactory
    Stream<DynamicTest> bulkPathAnswersAsTheStrictReader() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(d -> Files.isRegularFile(d.resolve("cmd"))).filter(BulkPathCorpusTest::readsATable).sorted().forEach(dirs::add);
            }
        }
        assertFalse(dirs.size() < 20, "few growth and balance cases with a table: " + dirs);
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getParent().getFileName() + "/" + d.getFileName(), () -> compare(d)));
    }

    private static boolean readsATable(Path dir) {
        try {
            List<String> words = Shell.split(Files.readString(dir.resolve("cmd")).strip());
            return words.size() > 1 && (words.get(1).equals("growth") || words.get(1).equals("balance"))
                    && words.stream().anyMatch(w -> w.equals("-") || w.endsWith(".csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void compare(Path dir) throws IOException {
        String cmd = Files.readString(dir.resolve("cmd"), StandardCharsets.UTF_8).strip();
        byte[] stdin = Files.isRegularFile(dir.resolve("stdin")) ? Files.readAllBytes(dir.resolve("stdin")) : new byte[0];
        if (Files.isRegularFile(dir.resolve("stdin.gz"))) {
            try (InputStream gz = new GZIPInputStream(Files.newInputStream(dir.resolve("stdin.gz")))) {
                stdin = gz.readAllBytes();
            }
        }
        long size = stdin.length;
        try (Stream<Path> files = Files.list(dir)) {
            size = Math.max(size, files.filter(f -> f.toString().endsWith(".csv")).mapToLong(f -> f.toFile().length()).max().orElse(0));
        }
        GoldenCasesTest.Run strict = run(dir, cmd, stdin, "1,1048576,0");
        // blocks from a few bytes (the header does not fit: read sequentially) to the whole table
        List<Integer> blocks = new ArrayList<>(IntStream.iterate(8, b -> b <= 64, b -> b + 2).boxed().toList());
        for (long b = 65; b <= size + 1; b = b * 3 / 2 + 1) {
            blocks.add((int) b);
        }
        blocks.add((int) size + 1);
        for (int b : blocks) {
            GoldenCasesTest.Run bulk = run(dir, cmd, stdin, "2," + b + ",0");
            String where = dir.getFileName() + " (" + cmd + ") in blocks of " + b + " bytes";
            assertEquals(strict.exit(), bulk.exit(), "exit code of " + where);
            assertEquals(strict.err(), bulk.err(), "stderr of " + where);
            assertEquals(strict.out(), bulk.out(), "stdout of " + where);
        }
    }

    private static GoldenCasesTest.Run run(Path dir, String cmd, byte[] stdin, String options) {
        String before = System.getProperty("figures.read");
        System.setProperty("figures.read", options);
        try {
            return GoldenCasesTest.run(dir, cmd, stdin);
        } finally {
            if (before == null) {
                System.clearProperty("figures.read");
            } else {
                System.setProperty("figures.read", before);
            }
        }
    }
}
