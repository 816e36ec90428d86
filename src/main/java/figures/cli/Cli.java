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
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Cli::commandList);
        return cl;
    }

    /**
     * The list of commands in --help: each with the first sentence of its description, whole
     * (picocli's default shows the description's first line, cut mid-sentence).
     */
    static String commandList(CommandLine.Help help) {
        StringBuilder out = new StringBuilder();
        int width = help.commandSpec().usageMessage().width();
        help.subcommands().forEach((name, sub) -> {
            String[] header = sub.commandSpec().usageMessage().header();
            String[] lines = header.length > 0 ? header : sub.commandSpec().usageMessage().description();
            String text = String.join(" ", lines).replace("%%", "%").replace("%n", " ").strip();
            int end = text.indexOf(". ");
            String summary = end < 0 ? text : text.substring(0, end + 1);
            if (summary.length() > 140) {
                summary = summary.substring(0, summary.lastIndexOf(' ', 139)) + " …";
            }
            String lead = String.format("  %-12s", name);
            StringBuilder line = new StringBuilder(lead);
            for (String word : summary.split("\\s+")) {
                if (line.length() + 1 + word.length() > width && line.length() > lead.length()) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(" ".repeat(lead.length() + 2));
                }
                line.append(line.length() == lead.length() || line.toString().isBlank() ? "" : " ").append(word);
            }
            out.append(line).append('\n');
        });
        return out.toString();
    }

    public static int run(Context ctx, PrintWriter out, PrintWriter err, String... args) {
        Locale.setDefault(Locale.ROOT);
        boolean debug = Arrays.asList(args).contains("--debug");
        // decided before parsing: a parse error is reported before any option is known
        boolean errColor = ctx.errTerminal() && !ctx.noColorEnv() && !Arrays.asList(args).contains("--no-color");
        try {
            CommandLine cl = commandLine(ctx, out, err, debug, errColor, OneCommand.selected(args));
            return cl.execute(NegativeArguments.rearranged(cl, args));
        } finally {
            out.flush();
            err.flush();
        }
    }
}
