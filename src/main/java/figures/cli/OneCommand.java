package figures.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line of a run that executes one command: the root with its global options and
 * only that command. Building the model of every registered command is most of a one-shot
 * run's time (README, Start-up time), and a run that names one command needs no other. Runs
 * that need them all (no command, an unknown one, root help or version, help, completion, the
 * man pages) use the full command line of {@link Cli#commandLine}.
 */
final class OneCommand {
    /** The commands cli/Figures registers: name to class, read from its annotation. */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();
    /** Global options that take a value (the next argument, unless attached). */
    private static final Set<String> TAKE_VALUE = new HashSet<>();
    private static final Set<String> ROOT_ONLY = Set.of("-h", "--help", "-V", "--version", "help", "completion");

    static {
        for (Class<?> c : Figures.class.getAnnotation(Command.class).subcommands()) {
            COMMANDS.put(c.getAnnotation(Command.class).name(), c);
        }
        // from picocli's own model of the global options: an option with an arity above 0 takes a value
        for (OptionSpec o : CommandSpec.forAnnotatedObject(new GlobalOptions()).options()) {
            if (o.arity().max() > 0) {
                TAKE_VALUE.addAll(List.of(o.names()));
            }
        }
    }

    private OneCommand() {
    }

    /** The command these arguments run, when it is all they need; null otherwise. */
    static String selected(String... args) {
        int i = index(args);
        return i < 0 ? null : args[i];
    }

    /** Where {@link #selected} finds its command among the arguments; -1 when it finds none. */
    static int index(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ROOT_ONLY.contains(a) || a.equals("--")) {
                return -1;
            }
            if (a.startsWith("-")) {
                i += TAKE_VALUE.contains(a) ? 1 : 0;
                continue;
            }
            return COMMANDS.containsKey(a) ? i : -1;
        }
        return -1;
    }

    /** The root, built from its own annotation but without its subcommands, and the one command. */
    static CommandLine of(Figures root, String command) {
        Command annotation = Figures.class.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
        spec.name(annotation.name());
        spec.mixinStandardHelpOptions(annotation.mixinStandardHelpOptions());
        root.global = new GlobalOptions();
        spec.addMixin("global", CommandSpec.forAnnotatedObject(root.global));
        root.global.mixee = spec;
        root.spec = spec;
        CommandLine cl = new CommandLine(spec);
        try {
            spec.versionProvider(annotation.versionProvider().getDeclaredConstructor().newInstance());
            cl.addSubcommand(command, CommandLine.defaultFactory().create(COMMANDS.get(command)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the " + command + " command", e);
        }
        return cl;
    }
}
