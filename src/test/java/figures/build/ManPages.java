package figures.build;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time main (run by the pom at prepare-package): writes the AsciiDoc man pages figures(1) and
 * figures-COMMAND(1) from the same command model that prints --help, so the two cannot drift.
 * Asciidoctor's manpage backend then turns them into troff.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_DIR");
        }
        var cl = Cli.commandLine(Context.system(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        int code = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true, cl.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
        }
    }
}
