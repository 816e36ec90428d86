package figures.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets an argument be a negative amount or expression: {@code figures convert "-5m USD@2000" --to
 * USD@2024}. picocli takes such an argument for an unknown option (it lets only plain numbers such
 * as -5 through). For convert, compare and eval, whose arguments are amounts or expressions, an
 * argument that starts with - and then neither a letter nor another -, and is not an option's
 * value, is an argument: the command's arguments are passed after {@code --}, in their order, and its options
 * before it. Anything this does not understand (an unknown option, a cluster such as -qf) is left
 * to picocli as it was, with its error and the hint to put -- first ({@link Errors}).
 *
 * <p>Why not picocli's {@code setUnmatchedOptionsArePositionalParams}: it would take every unknown
 * option for an argument, so a mistyped {@code --too USD} would be reported as "'--too' is not an
 * amount" instead of as an unknown option; here only what reads as a negative number is moved.
 */
final class NegativeArguments {
    private static final Set<String> COMMANDS = Set.of("convert", "compare", "eval");
    /** A minus and then anything but a letter or another minus (options are -x and --name): -5m, -.5, -(2 + 3), -$5. */
    private static final Pattern NEGATIVE = Pattern.compile("-[^-\\p{L}].*", Pattern.DOTALL);

    private NegativeArguments() {
    }

    /** Whether an argument reads as a negative amount or expression, not as an option. */
    static boolean negative(String arg) {
        return NEGATIVE.matcher(arg).matches();
    }

    static String[] rearranged(CommandLine root, String... args) {
        int at = OneCommand.index(args);
        if (at < 0 || !COMMANDS.contains(args[at]) || root.getSubcommands().get(args[at]) == null) {
            return args;
        }
        CommandSpec spec = root.getSubcommands().get(args[at]).getCommandSpec();
        List<String> options = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        boolean negative = false;
        for (int i = at + 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                arguments.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            }
            if (negative(a)) {
                arguments.add(a);
                negative = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                String name = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                OptionSpec o = spec.findOption(name);
                if (o == null) {
                    return args; // not ours to judge: picocli reports it
                }
                options.add(a);
                if (name.equals(a) && o.arity().max() > 0 && i + 1 < args.length) {
                    options.add(args[++i]); // its value, whatever it looks like
                }
            } else {
                arguments.add(a);
            }
        }
        if (!negative) {
            return args;
        }
        List<String> out = new ArrayList<>(Arrays.asList(args).subList(0, at + 1));
        out.addAll(options);
        out.add("--");
        out.addAll(arguments);
        return out.toArray(String[]::new);
    }
}
