package figures.cli;

import java.io.PrintWriter;
import java.util.Arrays;
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
        reflow(cl);
        return cl;
    }

    /**
     * Every command's description as paragraphs that picocli wraps to the terminal: the source
     * wraps its lines by hand, and picocli starts each array element on a new line, so a line
     * wrapped for another width came out ragged ("...by their stated precision" / "(9.8bn ...").
     * An element joins the next unless it ends a sentence or the next is indented (an example).
     */
    static void reflow(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        usage.description(reflowed(usage.description()));
        cl.getSubcommands().values().forEach(sub -> {
            if (sub != cl) {
                reflow(sub);
            }
        });
    }

    static String[] reflowed(String[] lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            String prev = last < 0 ? null : out.get(last).stripTrailing();
            boolean join = prev != null && !prev.isEmpty() && !line.isBlank() && !line.startsWith(" ")
                    && !prev.startsWith(" ") && !prev.matches(".*[.!?]$");
            if (join) {
                out.set(last, prev + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A command's first sentence, whole: the summary in the command list and the man page's NAME line. */
    public static String summary(CommandLine.Model.CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] lines = header.length > 0 ? header : spec.usageMessage().description();
        String text = String.join(" ", lines).replace("%%", "%").replace("%n", " ").replaceAll("\\s+", " ").strip();
        for (int end = text.indexOf(". "); end >= 0; end = text.indexOf(". ", end + 1)) {
            if (!text.substring(0, end + 1).matches("(?s).*\\b(e\\.g|i\\.e|etc|cf|vs)\\.$")) {
                return text.substring(0, end + 1);
            }
        }
        return text;
    }

    /**
     * The list of commands in --help: each with the first sentence of its description, whole
     * (picocli's default shows the description's first line, cut mid-sentence).
     */
    static String commandList(CommandLine.Help help) {
        StringBuilder out = new StringBuilder();
        int width = help.commandSpec().usageMessage().width();
        help.subcommands().forEach((name, sub) -> {
            String summary = summary(sub.commandSpec());
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
        boolean debug = Arrays.asList(args).contains("--debug");
        // decided before parsing: a parse error is reported before any option is known
        boolean errColor = ctx.errTerminal() && !ctx.noColorEnv() && !Arrays.asList(args).contains("--no-color");
        try {
            CommandLine cl = commandLine(ctx, out, err, debug, errColor, OneCommand.selected(args));
            return cl.execute(NegativeArguments.rearranged(cl, args));
        } catch (OutOfMemoryError e) {
            // what the run held is garbage once its frames are gone: enough to say so in one line
            return outOfMemory(ctx, err, args, e, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Running out of memory is an I/O-class failure (exit 4), not an inconsistency (1) or a crash:
     * one line naming the input and how to give the JVM more heap; the stack trace only with --debug.
     */
    static int outOfMemory(Context ctx, PrintWriter err, String[] args, OutOfMemoryError e, boolean debug) {
        String command = OneCommand.selected(args);
        String cmd = command == null ? "figures" : "figures " + command;
        java.util.List<String> inputs = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                inputs.add("standard input");
            } else if (!a.startsWith("-") && !a.isEmpty() && java.nio.file.Files.isRegularFile(ctx.cwd().resolve(a))) {
                inputs.add(a);
            }
        }
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println(cmd + ": out of memory" + (inputs.isEmpty() ? "" : " reading " + String.join(", ", inputs))
                + " (the Java heap is limited to " + mb + " MB): give it more with FIGURES_JAVA_OPTS=-Xmx" + Math.max(2, 4 * mb / 1024)
                + "g, or split the input");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return figures.model.FiguresException.IO;
    }
}
