package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval -} as a co-process: one process stays open, and each line written to it is answered
 * (and flushed) before the next is written, as a shell script's {@code coproc} would use it.
 */
class EvalCoprocessTest {
    @TempDir
    Path dir;

    /** A running {@code figures eval -} whose stdin and stdout are pipes held by the test. */
    private final class Coprocess {
        final OutputStream stdin;
        final BufferedReader stdout;
        final StringWriter stderr = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Coprocess(String... args) throws Exception {
            PipedInputStream in = new PipedInputStream();
            stdin = new PipedOutputStream(in);
            PipedReader reader = new PipedReader(1 << 16);
            PrintWriter out = new PrintWriter(new PipedWriter(reader));
            stdout = new BufferedReader(reader);
            Context ctx = new Context(dir, in, Map.of(), false);
            thread = new Thread(() -> {
                exit.set(Cli.run(ctx, out, new PrintWriter(stderr, true), args));
                out.close();
            });
            thread.start();
        }

        void write(String line) throws Exception {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        }

        int close() throws Exception {
            stdin.close();
            thread.join();
            return exit.get();
        }
    }

    @Test
    void eachLineIsAnsweredWhileStdinIsStillOpen() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Coprocess p = new Coprocess("eval", "-", "--format", "csv");
            p.write("73% of 13.4bn USD");
            assertEquals("expression,value,low,high,currency,unit", p.stdout.readLine());
            // 72.5 % of 13.35 bn to 73.5 % of 13.45 bn: the range the stated digits allow
            assertEquals("73% of 13.4bn USD,9782000000,9678750000,9885750000,USD,", p.stdout.readLine());
            // the process is still running, waiting for the next line
            assertTrue(p.thread.isAlive());
            p.write("2 * 21");
            assertEquals("2 * 21,42,42,42,,", p.stdout.readLine());
            // a failing line answers on stderr, keeps its row, and the process goes on
            p.write("foo(");
            assertEquals("foo(,,,,,", p.stdout.readLine());
            assertTrue(p.stderr.toString().contains("<stdin>:3: "), p.stderr.toString());
            p.write("1bn USD / 4");
            assertTrue(p.stdout.readLine().startsWith("1bn USD / 4,250000000,"));
            // the exit status at the end says that a line failed
            assertEquals(2, p.close());
            assertEquals(null, p.stdout.readLine());
        });
    }

    @Test
    void theTableFormatAnswersEachLineToo() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Coprocess p = new Coprocess("eval", "-");
            p.write("1 + 1");
            assertEquals("expression  value", p.stdout.readLine());
            assertEquals("1 + 1           2", p.stdout.readLine());
            p.write("10 * 10");
            assertTrue(p.stdout.readLine().matches("10 \\* 10\\s+100"));
            assertEquals(0, p.close());
        });
    }
}
