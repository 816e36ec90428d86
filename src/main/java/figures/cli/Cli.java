package figures.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** Builds the command line and runs it: {@code run(context, out, err, args) -> exit code}. */
public final class Cli {
    private Cli() {
    }

    /** The full command line, every command in it (help, man pages, completion). */
    public static CommandLine commandLine(Context ctx, PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(ctx, out, err, debug, false, null);
    }

    /**
     * As above; {@code errColor}: error lines start in colour; {@code only}: the one command this
     * run executes (see {@link OneCommand}), or null for the full command line.
     */
    static CommandLine commandLine(Context ctx, PrintWriter out, PrintWriter err, boolean debug, boolean errColor, String only) {
        Figures root = new Figures(ctx);
        CommandLine cl = only == null ? new CommandLine(root) : OneCommand.of(root, only);
        Converters.register(cl);
        Errors errors = new Errors(debug, errColor);
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
        // decided before parsing: a parse error is reported before any option is known
        boolean errColor = ctx.errTerminal() && !ctx.noColorEnv() && !Arrays.asList(args).contains("--no-color");
        try {
            return commandLine(ctx, out, err, debug, errColor, OneCommand.selected(args)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
