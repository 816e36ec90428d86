package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits checked before the work (issue 34): a one-line error with a documented exit code, never a crash. */
class LimitsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void threadsAreBoundedByFourPerCore() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "year,value\n2000,100 USD\n2001,110 USD\n");
        int most = Runtime.getRuntime().availableProcessors() * 4;
        for (String n : new String[] {"0", "-1", String.valueOf(most + 1), "100000", "2000000000"}) {
            Run r = run("growth", "t.csv", "--threads", n);
            assertEquals(2, r.exit(), n + ": " + r.err());
            assertEquals("figures growth: --threads: must be 1 to " + most + " (4 per core on this machine), got " + n + "\n", r.err());
        }
        Run r = run("growth", "t.csv", "--threads", String.valueOf(most), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("10"), r.out());
    }

    @Test
    void runningOutOfMemoryIsExitFourWithOneLineNamingTheInput() throws Exception {
        Files.writeString(dir.resolve("big.csv"), "x\n");
        StringWriter err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        int exit = Cli.outOfMemory(ctx, new PrintWriter(err), new String[] {"--format", "csv", "compare", "big.csv", "--to", "USD"},
                new OutOfMemoryError("Java heap space"), false);
        assertEquals(4, exit);
        String line = err.toString();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("figures compare: out of memory reading big.csv (the Java heap is limited to "), line);
        assertTrue(line.contains("FIGURES_JAVA_OPTS=-Xmx"), line);
    }

    @Test
    void anOutOfMemoryErrorInACommandReachesTheSameLine() {
        // a command's OutOfMemoryError is caught where the run starts, not reported as exit 1 or 70 with a stack trace
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(dir, new java.io.InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new OutOfMemoryError("Java heap space");
            }
        }, Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), "eval", "-");
        assertEquals(4, exit, err.toString());
        assertTrue(err.toString().startsWith("figures eval: out of memory reading standard input"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aClosedStandardInputIsAnIoErrorNotTheJvmsOwnFile() throws Exception {
        // started with fd 0 closed, the JVM's first open file (lib/modules) takes its place: read as a table, or closed (a crash)
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec \"$0\" -cp \"$1\" figures.Main growth - <&-", javaBin,
                System.getProperty("java.class.path"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(4, p.waitFor(), output);
        assertEquals("figures growth: <stdin>: cannot read: standard input is closed (give a file, or redirect one: < FILE)\n", output);
    }

    @Test
    void sigtermRemovesTheCopyOfStandardInput() throws Exception {
        // a table on stdin is copied aside (a private folder) for the threaded reader; SIGTERM mid-read must not leave it behind
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Djava.io.tmpdir=" + tmp, "-Dfigures.read=2,65536,0",
                "-cp", System.getProperty("java.class.path"), "figures.Main", "growth", "-", "--by", "country", "-o", "out.csv");
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("log").toFile());
        Process p = pb.start();
        java.io.OutputStream in = p.getOutputStream();
        in.write("country,year,value\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append('C').append(i % 100).append(',').append(2000 + i / 100 % 20).append(",1 USD\n");
        }
        in.write(rows.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        in.flush(); // and left open: the run waits for more rows, its copy on disk
        long waited = 0;
        while (listing(tmp).isEmpty() && p.isAlive() && waited < 60_000) {
            Thread.sleep(50);
            waited += 50;
        }
        assertTrue(!listing(tmp).isEmpty(), "a copy of stdin under " + tmp + ": " + Files.readString(dir.resolve("log")));
        p.destroy(); // SIGTERM
        p.waitFor();
        assertEquals(java.util.List.of(), listing(tmp), "left behind after SIGTERM");
        assertTrue(!Files.exists(dir.resolve("out.csv")), "no output from an interrupted run");
    }

    private static java.util.List<String> listing(Path d) throws java.io.IOException {
        try (var s = Files.walk(d)) {
            return s.filter(x -> !x.equals(d)).map(x -> d.relativize(x).toString()).sorted().toList();
        }
    }
}
