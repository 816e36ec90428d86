package figures;

import figures.cli.Context;
import figures.cli.Cli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(Context.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs figures like the command line would, with the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.run(Context.system(), out, err, args);
    }
}
