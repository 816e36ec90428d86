package figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case: a folder under {@code src/test/resources/cases/} or {@code .../bad/}
 * with {@code cmd} (one command line, starting with {@code figures}), {@code expected} (stdout),
 * optional {@code expected-err}, {@code exit-code} (default 0), optional {@code stdin} (or
 * {@code stdin.gz}, gzipped, for large inputs that compress well), and any
 * input files (paths in {@code cmd} are relative to the case folder). A pipeline after the
 * command ({@code figures growth | grep -c note}) runs in bash on its stdout; {@code expected}
 * is then what the pipeline prints, and {@code expected-err} what figures wrote to stderr. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations, then review them with {@code git diff}.
 */
class GoldenCasesTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/cases"), Path.of("src/test/resources/bad"));

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (Path root : ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    s.filter(p -> Files.isRegularFile(p.resolve("cmd"))).sorted().forEach(dirs::add);
                }
            }
        }
        assertFalse(dirs.isEmpty(), "no golden cases found");
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getParent().getFileName() + "/" + d.getFileName(), () -> run(d)));
    }

    /** What one run printed and returned. */
    record Run(String out, String err, int exit) {
    }

    static Run run(Path dir, String cmdLine, byte[] stdin) {
        List<String> words = Shell.split(cmdLine);
        assertTrue(!words.isEmpty() && words.get(0).equals("figures"), dir + "/cmd must start with 'figures'");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin);
        // a case with a stdin file runs as if it were piped in (a command then reads it when no table is named)
        Context ctx = new Context(dir.toAbsolutePath(), in, Map.of(), false, false, stdin.length > 0);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), words.subList(1, words.size()).toArray(String[]::new));
        return new Run(out.toString(), err.toString(), exit);
    }

    private static void run(Path dir) throws IOException, InterruptedException {
        String cmd = Files.readString(dir.resolve("cmd"), StandardCharsets.UTF_8).strip();
        // figures ... | grep ...: figures runs in-process, the pipeline after it in bash on its stdout
        int bar = ReadmeExamplesTest.pipe(cmd);
        String pipeline = bar < 0 ? null : cmd.substring(bar + 1);
        cmd = bar < 0 ? cmd : cmd.substring(0, bar).strip();
        byte[] stdin = Files.isRegularFile(dir.resolve("stdin")) ? Files.readAllBytes(dir.resolve("stdin")) : new byte[0];
        if (Files.isRegularFile(dir.resolve("stdin.gz"))) {
            try (InputStream gz = new GZIPInputStream(Files.newInputStream(dir.resolve("stdin.gz")))) {
                stdin = gz.readAllBytes();
            }
        }
        long started = System.nanoTime();
        Run r = run(dir, cmd, stdin);
        if (pipeline != null) {
            r = new Run(ReadmeExamplesTest.pipeline(pipeline, r.out()), r.err(), r.exit());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Path expected = dir.resolve("expected");
        Path expectedErr = dir.resolve("expected-err");
        Path exitCode = dir.resolve("exit-code");
        if (UPDATE) {
            Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
            if (!r.err().isEmpty()) {
                Files.writeString(expectedErr, r.err(), StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(expectedErr);
            }
            if (r.exit() != 0) {
                Files.writeString(exitCode, r.exit() + "\n");
            } else {
                Files.deleteIfExists(exitCode);
            }
        }
        String ctx = dir.getFileName() + ": " + cmd + "\n--- stderr:\n" + r.err();
        int wantExit = Files.exists(exitCode) ? Integer.parseInt(Files.readString(exitCode).strip()) : 0;
        assertEquals(wantExit, r.exit(), "exit code of " + ctx);
        assertEquals(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "", r.out(), "stdout of " + ctx);
        assertEquals(Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "", r.err(), "stderr of " + ctx);
        for (String line : r.err().split("\n")) {
            assertFalse(line.startsWith("Exception") || line.startsWith("Caused by") || line.startsWith("\tat "),
                    "stack trace in stderr of " + ctx);
        }
        // notes on stderr are remarks, not errors; an indented line shows the error's expression and caret;
        // the usage (figures with no command) is the one many-line answer
        assertTrue(r.exit() == 0 || r.err().startsWith("Usage: ")
                || r.err().lines().filter(l -> !l.startsWith("note: ") && !l.startsWith("  ")).count() <= 2,
                "an error should take one line: " + ctx);
        assertTrue(millis < 60_000, "golden case took " + millis + " ms (hang?): " + ctx);
    }
}
