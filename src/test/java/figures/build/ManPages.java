package figures.build;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time main (run by the pom at prepare-package): writes the AsciiDoc man pages figures(1) and
 * figures-COMMAND(1) from the same command model that prints --help, so the two cannot drift.
 * Asciidoctor's manpage backend then turns them into troff.
 */
public final class ManPages {
    /** An option's value label in the AsciiDoc picocli writes: {@code *--in*=_CUR[@YEAR]_}. */
    private static final Pattern LABEL = Pattern.compile("(\\*=)_([^_\\s]+)_");

    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_DIR");
        }
        write(new File(args[0]).toPath());
    }

    /** Writes every page into {@code dir}. */
    public static void write(Path dir) throws IOException {
        var cl = Cli.commandLine(Context.system(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        named(cl);
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], true, cl.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
        }
        try (var pages = Files.list(dir)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Files.writeString(page, literalLabels(Files.readString(page, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Each command's header set to its first sentence, whole: the man page's NAME line is the
     * header, else the description's first line, which is cut mid-sentence.
     */
    private static void named(CommandLine cl) {
        cl.getCommandSpec().usageMessage().header(Cli.summary(cl.getCommandSpec()).replace("%", "%%"));
        cl.getSubcommands().values().forEach(sub -> {
            if (sub != cl) {
                named(sub);
            }
        });
    }

    /**
     * Brackets in a value label written as AsciiDoc's {startsb}/{endsb}: a raw {@code _CUR[@YEAR]_}
     * reads as an attribute list and garbles the synopsis ({@code [--from=PERIOD] ] [--method=_METHOD]}).
     */
    static String literalLabels(String adoc) {
        Matcher m = LABEL.matcher(adoc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(2).replace("[", "{startsb}").replace("]", "{endsb}");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "_" + label + "_"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
