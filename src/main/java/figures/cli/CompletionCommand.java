package figures.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures completion bash|zsh}: the shell completion script, generated from the same command model as --help. */
@Command(name = "completion",
        description = {"Prints a shell completion script for bash or zsh: it completes commands, options,",
            "--format values and file names. Load it in your shell's startup file."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  source <(figures completion bash)        # in ~/.bashrc",
            "  source <(figures completion zsh)         # in ~/.zshrc",
            "  figures completion bash -o ~/.local/share/bash-completion/completions/figures",
            "      (scripts/install puts it there for you)"})
public final class CompletionCommand implements Callable<Integer> {
    /** The shells picocli's script supports (zsh through its bash compatibility layer). */
    public enum Shell { bash, zsh }

    @ParentCommand
    Figures root;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        // the script is the same for both: picocli's script loads zsh's bashcompinit itself
        String script = AutoComplete.bash("figures", root.spec.commandLine());
        GlobalOptions g = root.global();
        if (g.output() == null) {
            root.spec.commandLine().getOut().print(script);
            root.spec.commandLine().getOut().flush();
        } else {
            Output.writeAtomically(root.context().cwd().resolve(g.output()), g.output(), script);
        }
        return 0;
    }
}
