package figures.cli;

import figures.model.FiguresException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and its documented exit code; stack traces only with --debug. */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final String BOLD_RED = "\u001B[1;31m", RESET = "\u001B[0m";

    private final boolean debug;
    private final boolean color;

    Errors(boolean debug) {
        this(debug, false);
    }

    /** With color, the {@code figures CMD:} that starts an error line is bold red. */
    Errors(boolean debug, boolean color) {
        this.debug = debug;
        this.color = color;
    }

    private String prefix(String cmd) {
        return color ? BOLD_RED + cmd + ":" + RESET + " " : cmd + ": ";
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String cmd = cl.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !cl.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", cl.getSubcommands().keySet()) + ")";
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u && args.length > 0 && afterDashes(args, u.getUnmatched())) {
            // arguments after -- that the command has no place for (convert takes one amount)
            message = "unexpected argument" + (u.getUnmatched().size() == 1 ? " '" : "s '") + String.join("', '", u.getUnmatched())
                    + "': " + cmd + " takes " + positionals(cl);
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u && unquotedAmount(args, u.getUnmatched()) != null) {
            // figures convert 100 EUR --to GBP: the shell split one amount into two arguments
            String amount = unquotedAmount(args, u.getUnmatched());
            message = "'" + String.join("', '", u.getUnmatched()) + "' is one argument too many: an amount with its currency is one"
                    + " argument, so quote it: \"" + amount + "\"" + (amount.contains("@") ? "" : " (with the year of its prices: \""
                    + amount + "@2020\")");
        } else if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof CommandLine.Model.OptionSpec opt
                && opt.longestName().equals("--to") && cl.getCommandSpec().findOption("--in") != null) {
            // growth --to 2015 --to USD@2024: one option cannot be the last year and the currency at once
            message = message + ": it takes the last year or the currency to convert to; for both, give the currency with --in"
                    + " (e.g. --to 2015 --in USD@2024)";
        } else if (ex instanceof CommandLine.MutuallyExclusiveArgsException && exclusiveGiven(cl.getCommandSpec(), args).size() > 1) {
            // loan --function … --principal …: name the options given, not every option of each side
            message = String.join(" and ", exclusiveGiven(cl.getCommandSpec(), args)) + " exclude each other: give one of them";
        } else if (ex instanceof CommandLine.UnmatchedArgumentException || ex instanceof CommandLine.MissingParameterException) {
            // a negative amount given as an argument looks like an option to the parser
            for (String a : args) {
                if (a.equals("--")) {
                    break;
                }
                if (NegativeArguments.negative(a)) {
                    message = message + "; '" + a + "' looks like an option: for a negative amount put -- before it ("
                            + cmd + " ... -- \"" + a + "\")";
                    break;
                }
            }
        }
        err.println(prefix(cmd) + oneLine(message) + " (see '" + cmd + " --help')");
        trace(err, ex);
        err.flush();
        return FiguresException.USAGE;
    }

    /**
     * The first option given of each member of the command's exclusive groups ({@code --function},
     * {@code --principal}), in the order of the group.
     */
    static java.util.List<String> exclusiveGiven(CommandLine.Model.CommandSpec spec, String[] args) {
        java.util.List<String> given = new java.util.ArrayList<>();
        for (CommandLine.Model.ArgGroupSpec group : spec.argGroups()) {
            if (!group.exclusive()) {
                continue;
            }
            for (CommandLine.Model.OptionSpec o : group.options()) {
                if (isGiven(o, args)) {
                    given.add(o.longestName());
                }
            }
            for (CommandLine.Model.ArgGroupSpec member : group.subgroups()) {
                member.allOptionsNested().stream().filter(o -> isGiven(o, args)).findFirst().ifPresent(o -> given.add(o.longestName()));
            }
        }
        return given;
    }

    private static boolean isGiven(CommandLine.Model.OptionSpec o, String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            for (String n : o.names()) {
                if (a.equals(n) || a.startsWith(n + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The amount that the argument before the unmatched ones and the unmatched ones make together
     * ({@code 100} and {@code EUR}: {@code 100 EUR}), when they read as one; null otherwise.
     */
    static String unquotedAmount(String[] args, java.util.List<String> unmatched) {
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return null;
        }
        java.util.List<String> all = java.util.Arrays.asList(args);
        int i = all.indexOf(unmatched.get(0));
        if (i < 1 || all.get(i - 1).startsWith("-") || i + unmatched.size() > args.length
                || !all.subList(i, i + unmatched.size()).equals(unmatched)) {
            return null;
        }
        String joined = all.get(i - 1) + " " + String.join(" ", unmatched);
        try {
            figures.model.Amount.parse(joined);
            return joined;
        } catch (RuntimeException notAnAmount) {
            return null;
        }
    }

    /** Whether every unmatched argument comes after a {@code --}. */
    private static boolean afterDashes(String[] args, java.util.List<String> unmatched) {
        int dashes = java.util.Arrays.asList(args).indexOf("--");
        if (dashes < 0 || unmatched.isEmpty()) {
            return false;
        }
        java.util.List<String> after = java.util.Arrays.asList(args).subList(dashes + 1, args.length);
        return after.containsAll(unmatched);
    }

    /** The command's arguments in words: "one AMOUNT", "EXPR...". */
    private static String positionals(CommandLine cl) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (CommandLine.Model.PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
            labels.add(p.arity().max() == 1 ? "one " + p.paramLabel() : p.paramLabel() + "...");
        }
        return labels.isEmpty() ? "no arguments" : String.join(" and ", labels);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        String cmd = cl.getCommandSpec().qualifiedName();
        int code;
        if (ex instanceof FiguresException fe) {
            err.println(prefix(cmd) + oneLine(fe.getMessage()));
            code = fe.exitCode();
        } else if (ex instanceof UncheckedIOException io) {
            err.println(prefix(cmd) + "I/O error: " + oneLine(io.getCause().getMessage()));
            code = FiguresException.IO;
        } else {
            err.println(prefix(cmd) + "internal error: " + ex + " (please report it; --debug shows details)");
            code = 70;
        }
        trace(err, ex);
        err.flush();
        return code;
    }

    private void trace(PrintWriter err, Exception ex) {
        if (debug) {
            StringWriter s = new StringWriter();
            ex.printStackTrace(new PrintWriter(s));
            err.print(s);
        }
    }

    /** Widest expression line shown under an error, so that the caret line never wraps on an 80-column terminal. */
    static final int CARET_WIDTH = 76;

    /**
     * Two lines to print under an error at {@code column} (1-based) of {@code expression}: the
     * expression on its own, indented two spaces, and a caret under the column. A long expression is
     * cut to a window of {@link #CARET_WIDTH} characters around the column, with … where it is cut.
     */
    static String[] caret(String expression, int column) {
        String text = figures.model.Decimals.visible(expression);
        int at = Math.max(0, Math.min(column - 1, text.length()));
        int from = 0;
        int to = text.length();
        if (to > CARET_WIDTH) {
            from = Math.max(0, Math.min(at - CARET_WIDTH / 2, text.length() - CARET_WIDTH));
            to = Math.min(text.length(), from + CARET_WIDTH);
        }
        String head = from > 0 ? "…" : "";
        String shown = head + text.substring(from, to) + (to < text.length() ? "…" : "");
        return new String[] {"  " + shown, "  " + " ".repeat(head.length() + at - from) + "^"};
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // a raw ESC or C1 control quoted from the input must not drive the terminal
        String line = figures.model.Decimals.visible(message.replace("\r", " ").replace("\n", " ").strip());
        // a message quoting a huge argument or cell stays readable: its start and its end (what is accepted) are kept
        return line.length() <= MAX_MESSAGE ? line
                : line.substring(0, MAX_MESSAGE * 2 / 3) + " … " + line.substring(line.length() - MAX_MESSAGE / 3)
                        + " (message shortened from " + line.length() + " characters)";
    }

    /** Longest error line printed, in characters. */
    static final int MAX_MESSAGE = 600;
}
