package figures.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands and holds the global options and the run's context. */
@Command(name = "figures",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Exact, explained, sourced economic figures: write-offs, growth, conversions, loans and checks.",
            "Reads CSV tables of debts, write-offs, loans and exports (the bundled data set by default)."},
        subcommands = {
            WriteoffCommand.class,
            GrowthCommand.class,
            BalanceCommand.class,
            LoanCommand.class,
            ConvertCommand.class,
            CompareCommand.class,
            DataCommand.class,
            EvalCommand.class,
            CheckCommand.class,
            ExtractCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class,
        },
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a check found an inconsistent figure",
            "2:usage error (bad option or argument)",
            "3:bad input data (table, claims file, reference data)",
            "4:I/O error (cannot read or write)"},
        footerHeading = "%nExamples:%n",
        footer = {"  figures check                     # the bundled claims: exit 1 (F4)",
            "  figures eval \"73%% of 13.4bn USD\"",
            "  figures writeoff --debt \"13.4bn USD\" --percent 73",
            "  figures writeoff                  # check data/writeoffs.csv",
            "  figures --format csv writeoff -o checked.csv",
            "  figures data"})
public final class Figures implements java.util.concurrent.Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Context context;

    public Figures(Context context) {
        this.context = context;
    }

    public GlobalOptions global() {
        return global;
    }

    public Context context() {
        return context;
    }

    /** No command is a usage error: the usage goes to stderr and the exit code is 2, as for any bad command line. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        err.flush();
        return figures.model.FiguresException.USAGE;
    }
}
