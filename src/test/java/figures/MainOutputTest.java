package figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What happens when standard output cannot be written: a closed pipe is normal, a full disk is an error. */
class MainOutputTest {
    /** Accepts {@code room} bytes, then fails every write with {@code message}; counts the writes tried. */
    private static final class Failing extends OutputStream {
        private final String message;
        private int room;
        int tries;

        Failing(String message, int room) {
            this.message = message;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            tries++;
            if (len > room) {
                throw new IOException(message);
            }
            room -= len;
        }
    }

    private static int runInto(Failing sink, StringWriter err, int commandStatus) {
        Main.Stdout stdout = new Main.Stdout(sink);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        for (int i = 0; i < 100_000; i++) {
            out.println("debtor,creditor,year,figure,stated,computed,currency,verdict,source " + i);
        }
        out.flush();
        return Main.finish(commandStatus, stdout, new PrintWriter(err, true));
    }

    @Test
    void aClosedPipeEndsQuietlyWithTheCommandsOwnStatus() {
        Failing pipe = new Failing("Broken pipe", 100);
        StringWriter err = new StringWriter();
        assertEquals(1, runInto(pipe, err, 1));
        assertEquals("", err.toString());
        assertEquals(1, pipe.tries, "nothing more is written after the reader went away");
    }

    @Test
    void aFullDiskIsAnIoErrorOnOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(4, runInto(new Failing("No space left on device", 10_000), err, 0));
        assertEquals("figures: cannot write to standard output: No space left on device\n", err.toString());
    }
}
