package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's --help, found by walking the command tree of cli/Figures (so a new command is
 * covered the moment it is registered): exits 0, starts with {@code Usage: figures <cmd>}, ends
 * with worked examples, and fits an 80-column terminal (a wider footer line wraps mid-example).
 */
class HelpTest {
    private static List<List<String>> commands(CommandLine cl, List<String> path) {
        List<List<String>> all = new ArrayList<>();
        all.add(path);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                all.addAll(commands(sub, p));
            }
        });
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandHasHelpWithExamples() {
        Context ctx = new Context(Path.of("."), new ByteArrayInputStream(new byte[0]), Map.of(), false);
        CommandLine root = Cli.commandLine(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        List<List<String>> all = commands(root, List.of());
        assertTrue(all.size() >= 4, "commands found: " + all);
        return all.stream().map(path -> DynamicTest.dynamicTest("figures " + String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            String help = out.toString();
            String name = ("figures " + String.join(" ", path)).strip();
            assertEquals(0, code, name + " --help: " + err);
            assertEquals("", err.toString());
            assertTrue(help.startsWith("Usage: " + name + " ") || help.startsWith("Usage: " + name + "\n"), help);
            int examples = help.lastIndexOf("\nExamples:\n");
            assertTrue(examples > 0, name + " --help should end with worked examples:\n" + help);
            assertTrue(help.substring(examples + 1).lines().skip(1).allMatch(l -> l.isEmpty() || l.startsWith("  ")),
                    name + ": Examples: should be the last section:\n" + help);
            help.lines().forEach(l -> assertTrue(l.length() <= 80, name + " --help: line wider than 80 columns: " + l));
            List<String> lines = help.lines().toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i), next = lines.get(i + 1).strip();
                // a wrap inside an abbreviation or a formula: "e." / "g. RU", "(1+d)^" / "(1/f)"
                assertFalse(line.matches(".*\\b[a-z]\\.$") && next.matches("[a-z]\\..*"),
                        name + " --help: a line breaks inside an abbreviation:\n" + line + "\n" + lines.get(i + 1));
                assertFalse(line.endsWith("^"), name + " --help: a line breaks inside a formula:\n" + line);
                // a ragged paragraph: a short line whose sentence goes on in the next one
                boolean prose = !line.startsWith(" ") && !next.isEmpty() && !lines.get(i + 1).startsWith(" ");
                assertFalse(prose && line.length() < 50 && !line.matches(".*[.!?:]$") && Character.isLowerCase(next.charAt(0)),
                        name + " --help: a paragraph wrapped for another width:\n" + line + "\n" + lines.get(i + 1));
            }
        }));
    }
}
