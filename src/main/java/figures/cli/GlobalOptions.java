package figures.cli;

import figures.model.UsageException;
import figures.render.Format;
import figures.render.Renderer;
import figures.table.DataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command name. Declared once on the root
 * command with scope INHERIT; commands read them through {@link Figures#global()}.
 */
public final class GlobalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Tables to use instead of the bundled data set.")
    Path data;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", scope = ScopeType.INHERIT, completionCandidates = FormatNames.class,
            description = "Output format: table (default), csv, tsv, json, md, html (one self-contained page).")
    Format format = Format.TABLE;

    @Option(names = "--digits", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "Significant digits in human output (default 4, and money below a million to its currency's "
                    + "cents or other minor unit; given, exactly N; csv, tsv and json are always exact).")
    Integer digits;

    /** The significant digits of human output: --digits, else 4. */
    int digits() {
        return digits == null ? 4 : digits;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Write the result to FILE (atomically: the old file stays intact if anything fails).")
    String output;

    @Option(names = "--explain", scope = ScopeType.INHERIT,
            description = "Show how each figure was computed, with the sources used.")
    boolean explain;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colour (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No notes or progress bar on stderr (errors are still shown).")
    boolean quiet;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors (for bug reports).")
    boolean debug; // declared for --help and completion; Cli reads --debug before parsing, as errors in parsing need it

    /** What shell completion offers for --format: the names as typed, in lower case. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    public Renderer.Options renderOptions(Context ctx) {
        if (digits != null && (digits < 1 || digits > 34)) {
            throw new UsageException("--digits: " + digits + " is out of range (1-34)");
        }
        boolean color = !noColor && !ctx.noColorEnv() && ctx.terminal() && output == null;
        // money below a million shows its minor unit (cents) unless --digits says exactly how many digits
        return new Renderer.Options(format, digits(), explain, color, digits == null);
    }

    public DataSet dataSet(Context ctx) {
        DataSet set;
        if (data == null) {
            set = DataSet.bundled(ctx.cwd(), ctx.stdin());
        } else {
            Path dir = ctx.cwd().resolve(data);
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--data: '" + data + "' is not a folder");
            }
            set = DataSet.folder(data, ctx.cwd(), ctx.stdin());
        }
        set = set.withPipedStdin(ctx.stdinPiped()); // a table piped in is the table, when none is named
        // a progress bar for big tables, only for a person watching stderr
        return ctx.errTerminal() && !quiet ? set.withProgress(ProgressBar.factory(mixee.commandLine().getErr())) : set;
    }

    public String output() {
        return output;
    }

    /** Where notes and messages go: the command line's stderr. */
    java.io.PrintWriter err() {
        return mixee.commandLine().getErr();
    }

    public boolean quiet() {
        return quiet;
    }

    public Format format() {
        return format;
    }
}
