package figures.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** Builds the command line and runs it: {@code run(context, out, err, args) -> exit code}. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine(Context ctx, PrintWriter out, PrintWriter err, boolean debug) {
        Figures root = new Figures(ctx);
        CommandLine cl = new CommandLine(root);
        Converters.register(cl);
        Errors errors = new Errors(debug);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // --data data: a folder may be named like a command (the bundled tables live in data/)
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cl;
    }

    public static int run(Context ctx, PrintWriter out, PrintWriter err, String... args) {
        Locale.setDefault(Locale.ROOT);
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return commandLine(ctx, out, err, debug).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
