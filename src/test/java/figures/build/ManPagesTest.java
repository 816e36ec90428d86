package figures.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages as the build writes them (ManPages, the AsciiDoc Asciidoctor turns into troff):
 * one per command, a NAME line that is one whole sentence, a SYNOPSIS that lists every option of
 * the command exactly once, and no value label that AsciiDoc would read as an attribute list.
 */
class ManPagesTest {
    private static List<CommandLine> all(CommandLine cl) {
        List<CommandLine> out = new ArrayList<>();
        out.add(cl);
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub != cl && !name.equals("help")) {
                out.addAll(all(sub));
            }
        });
        return out;
    }

    private static String section(String adoc, String name) {
        int from = adoc.indexOf("== " + name + "\n");
        assertTrue(from >= 0, "no " + name + " section");
        int to = adoc.indexOf("\n// end::", from);
        return adoc.substring(from + name.length() + 4, to).strip();
    }

    @Test
    void everyPageHasAWholeNameAndACompleteSynopsis(@TempDir Path dir) throws IOException {
        ManPages.write(dir);
        CommandLine root = Cli.commandLine(Context.system(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        List<CommandLine> commands = all(root);
        assertTrue(commands.size() > 10, "commands: " + commands.size());
        for (CommandLine c : commands) {
            String file = c.getCommandSpec().qualifiedName("-") + ".adoc";
            Path page = dir.resolve(file);
            assertTrue(Files.isRegularFile(page), "no man page " + file);
            String adoc = Files.readString(page, StandardCharsets.UTF_8);

            String name = section(adoc, "Name");
            assertFalse(name.contains("\n"), file + ": NAME on one line: " + name);
            String summary = name.substring(name.indexOf(" - ") + 3);
            assertTrue(summary.endsWith(".") || summary.endsWith(")"), file + ": NAME is a whole sentence: " + name);
            assertEquals(Cli.summary(c.getCommandSpec()), summary, file);

            String synopsis = section(adoc, "Synopsis");
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (o.hidden()) {
                    continue;
                }
                int n = 0;
                for (String optionName : o.names()) {
                    Matcher m = Pattern.compile("\\*" + Pattern.quote(optionName) + "\\*").matcher(synopsis);
                    while (m.find()) {
                        n++;
                    }
                }
                if (o.shortestName().length() == 2 && n == 0 && synopsis.matches("(?s).*\\[\\*-[a-zA-Z]*"
                        + o.shortestName().charAt(1) + "[a-zA-Z]*\\*].*")) {
                    continue; // a short option clustered with others: [*-hqV*]
                }
                // a repeatable option in a group is written as picocli writes it, once and then its repetition:
                // [*--function*=_CALL_ [*--function*=_CALL_]...]
                String once = "*" + o.longestName() + "*=_" + o.paramLabel() + "_";
                if (o.isMultiValue() && n == 2 && synopsis.contains(once + " [" + once + "]...")) {
                    n = 1;
                }
                assertEquals(1, n, file + ": SYNOPSIS lists " + o.longestName() + " once:\n" + synopsis);
            }
            Matcher label = Pattern.compile("\\*=_([^_\\s]+)_").matcher(adoc);
            while (label.find()) {
                assertFalse(label.group(1).contains("[") || label.group(1).contains("]"),
                        file + ": a raw bracket in a value label garbles the troff page: " + label.group());
            }
        }
    }

    @Test
    void bracketsInALabelAreWrittenAsAttributes() {
        assertEquals("[*--in*=_CUR{startsb}@YEAR{endsb}_] [*--by*=_COL_[,_COL_...]]",
                ManPages.literalLabels("[*--in*=_CUR[@YEAR]_] [*--by*=_COL_[,_COL_...]]"));
    }
}
