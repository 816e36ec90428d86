package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figures completion bash}: a script that bash loads and that completes commands, options and --format values. */
class CompletionTest {
    @TempDir
    Path dir;

    private String script(String shell) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        assertEquals(0, Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), "completion", shell), err.toString());
        return out.toString();
    }

    /** What bash's completion function offers for the words typed so far (the last one being completed). */
    private String complete(Path script, String... words) throws Exception {
        String line = "source " + script + " 2>/dev/null; COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD="
                + (words.length - 1) + "; _complete_figures 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void theScriptRegistersAndCompletesCommandsOptionsAndFormats() throws Exception {
        String bash = script("bash");
        assertTrue(bash.startsWith("#!/usr/bin/env bash"), bash.substring(0, 40));
        assertTrue(bash.contains("complete -F _complete_figures -o default figures"), "registers, falling back to file names");
        assertEquals(bash, script("zsh"), "one script serves both shells (it loads zsh's bashcompinit itself)");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path file = dir.resolve("figures.bash");
        Files.writeString(file, bash);
        assertTrue((" " + complete(file, "figures", "wr") + " ").contains(" writeoff "));
        assertEquals("table csv tsv json md html", complete(file, "figures", "--format", "''"));
        assertTrue(complete(file, "figures", "writeoff", "--de").contains("--debt"));
        assertEquals("bash zsh", complete(file, "figures", "completion", "''"));
    }
}
