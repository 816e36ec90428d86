package figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example in README.md and compares what it prints. An example is a line
 * {@code $ scripts/figures ARGS} inside a ``` block, followed by the lines it prints (stdout, then
 * stderr, as a terminal shows them) up to the next {@code $ } line or the end of the block. A
 * line ending in {@code \} continues on the next. In the expected lines, {@code ...} stands for
 * any text within the line, and a line that is only {@code ...} for any number of lines. The
 * command runs in-process with the repository root as the working directory, no terminal and no
 * environment; a pipeline after it ({@code | cut -d, -f1-5}) runs in bash on its output. A ```
 * block without a {@code $ scripts/figures} line is prose, not an example.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    private static final String PROMPT = "$ scripts/figures";

    /** One example: the line it is on, the arguments, and the expected output. */
    record Example(int line, String command, String expected) {
    }

    static List<Example> examples(List<String> lines) {
        List<Example> found = new ArrayList<>();
        boolean inBlock = false;
        Integer start = null;
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean fence = l.startsWith("```");
            boolean prompt = inBlock && l.startsWith("$ ");
            if ((fence && inBlock) || prompt) {
                if (command != null) {
                    found.add(new Example(start, command, expected.toString()));
                }
                command = null;
                expected.setLength(0);
            }
            if (fence) {
                inBlock = !inBlock;
            } else if (prompt && (l.equals(PROMPT) || l.startsWith(PROMPT + " "))) {
                start = i + 1;
                command = l.substring(2);
                while (command.endsWith("\\") && i + 1 < lines.size()) {
                    command = command.substring(0, command.length() - 1) + " " + lines.get(++i).strip();
                }
            } else if (prompt) {
                command = null; // another program's example: shown, not run
            } else if (inBlock && command != null) {
                expected.append(l).append('\n');
            }
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleGivesTheOutputShown() throws IOException {
        List<Example> all = examples(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(all.size() >= 4, "README.md should have its examples: found " + all.size());
        return all.stream().map(e -> DynamicTest.dynamicTest("README.md:" + e.line() + " " + e.command(), () -> run(e)));
    }

    private static void run(Example e) throws IOException, InterruptedException {
        int bar = pipe(e.command());
        String command = bar < 0 ? e.command() : e.command().substring(0, bar).strip();
        assertFalse(command.contains(">") || command.contains("<") || command.contains(";"),
                "README.md:" + e.line() + ": an example runs one figures command (and maybe a pipeline), no redirections");
        StringWriter err = new StringWriter();
        String stdout = figures(command, "", err);
        String rest = bar < 0 ? null : e.command().substring(bar + 1).strip();
        // figures ... | figures check -: each figures stage in-process, reading the one before it
        while (rest != null && rest.startsWith(PROMPT.substring(2) + " ")) {
            int next = pipe(rest);
            stdout = figures(next < 0 ? rest : rest.substring(0, next).strip(), stdout, err);
            rest = next < 0 ? null : rest.substring(next + 1).strip();
        }
        String printed = rest == null ? stdout : pipeline(rest, stdout);
        String actual = (printed + err.toString()).stripTrailing() + "\n";
        String expected = e.expected().stripTrailing() + "\n";
        if (!matches(expected, actual)) {
            assertEquals(expected, actual, "README.md:" + e.line() + ": " + e.command());
        }
    }

    /** What one figures command prints on stdout given {@code stdin}; its stderr goes to {@code err}. */
    private static String figures(String command, String stdin, StringWriter err) {
        List<String> words = Shell.split(command);
        StringWriter out = new StringWriter();
        Context ctx = new Context(Path.of("").toAbsolutePath(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of(), false);
        Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), words.subList(1, words.size()).toArray(String[]::new));
        return out.toString();
    }

    /** Where the first {@code |} outside quotes is, or -1. */
    static int pipe(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '|') {
                return i;
            }
        }
        return -1;
    }

    /** What a shell pipeline prints given {@code input} on its standard input. */
    static String pipeline(String commands, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", commands).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Whether the output matches the expected lines, with their {@code ...} elisions; both end in a newline. */
    static boolean matches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected.substring(0, expected.length() - 1).split("\n", -1)) {
            if (line.strip().equals("...")) {
                regex.append("(?:[^\n]*\n)*?");
                continue;
            }
            String[] parts = line.split("\\.\\.\\.", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? "[^\n]*?" : "").append(java.util.regex.Pattern.quote(parts[i]));
            }
            regex.append("\n");
        }
        return java.util.regex.Pattern.compile(regex.toString()).matcher(actual).matches();
    }

    @TestFactory
    Stream<DynamicTest> theConventionItself() {
        List<String> md = List.of("text", "```", "$ scripts/figures data --format csv", "a,b", "", "1,2",
                "$ scripts/figures writeoff", "x", "```", "```", "$ mvn verify", "BUILD", "```", "```", "no prompt", "```",
                "```", "$ scripts/figures growth \\", "    --yoy | cut -c1-5", "y", "```");
        List<Example> ex = examples(md);
        return Stream.of(
                DynamicTest.dynamicTest("three examples in two blocks", () -> assertEquals(3, ex.size())),
                DynamicTest.dynamicTest("a line ending in \\ continues",
                        () -> assertEquals(new Example(18, "scripts/figures growth  --yoy | cut -c1-5", "y\n"), ex.get(2))),
                DynamicTest.dynamicTest("the pipe is found outside quotes", () -> {
                    assertEquals(28, pipe("scripts/figures growth -f x | cut -c1"));
                    assertEquals(-1, pipe("scripts/figures eval \"a | b\""));
                }),
                DynamicTest.dynamicTest("output up to the next prompt",
                        () -> assertEquals(new Example(3, "scripts/figures data --format csv", "a,b\n\n1,2\n"), ex.get(0))),
                DynamicTest.dynamicTest("output up to the fence",
                        () -> assertEquals(new Example(7, "scripts/figures writeoff", "x\n"), ex.get(1))),
                DynamicTest.dynamicTest("... elides lines and text", () -> {
                    assertTrue(matches("a\n...\nd\n", "a\nb\nc\nd\n"));
                    assertTrue(matches("a\n...\nd\n", "a\nd\n"));
                    assertTrue(matches("note: x ... z\n", "note: x y z\n"));
                    assertFalse(matches("a\nd\n", "a\nb\nd\n"));
                    assertFalse(matches("note: x ... z\n", "note: x y\nz\n"));
                    assertFalse(matches("a\n...\n", "b\n"));
                }));
    }
}
