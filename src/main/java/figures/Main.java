package figures;

import figures.cli.Cli;
import figures.cli.Context;
import figures.model.FiguresException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The process entry point: the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the process is figures' own: charts' tick labels (JFreeChart's NumberFormat) and picocli's
        // help follow the default locale, so it is set once here, not by every in-process run
        Locale.setDefault(Locale.ROOT);
        Stdout stdout = new Stdout(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(Context.system(), out, err, args);
        out.flush();
        code = finish(code, stdout, err);
        err.flush();
        System.exit(code);
    }

    /** Runs figures like the command line would, with the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.run(Context.system(), out, err, args);
    }

    /**
     * The exit code once standard output is flushed: a reader that went away ({@code figures … |
     * head -1}) is normal and keeps the command's status; any other write failure (a full disk)
     * would lose output silently, so it is an I/O error (exit 4) with one line on stderr.
     */
    static int finish(int code, Stdout stdout, PrintWriter err) {
        IOException failure = stdout.failure();
        if (failure == null || isClosedPipe(failure)) {
            return code;
        }
        err.println("figures: cannot write to standard output: " + failure.getMessage());
        return FiguresException.IO;
    }

    private static boolean isClosedPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("pipe");
    }

    /**
     * Standard output that keeps its first write error, which PrintWriter (and System.out) would
     * swallow, and writes nothing more after it: a closed pipe costs one failed write, not one per line.
     */
    static final class Stdout extends FilterOutputStream {
        private IOException failure;

        Stdout(OutputStream out) {
            super(out);
        }

        IOException failure() {
            return failure;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (failure == null) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void flush() {
            if (failure == null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
    }
}
