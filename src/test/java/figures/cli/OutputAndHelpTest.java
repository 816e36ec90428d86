package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputAndHelpTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, Map<String, String> env, boolean terminal, String... args) {
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), env, terminal);
        return Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void outputFileIsWrittenWholeAndNothingGoesToStdout() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, Map.of(), false, "writeoff", "-o", "out.csv", "--format", "csv");
        assertEquals(1, code, "the bundled remainder is inconsistent");
        assertEquals("", out.toString());
        String csv = Files.readString(dir.resolve("out.csv"));
        assertTrue(csv.startsWith("debtor,creditor,year,figure,stated,computed,currency,unit,verdict,inputs_allow_low,inputs_allow_high,source\n"), csv);
        assertTrue(csv.contains(",remaining,2110000000,3618000000,USD,,inconsistent,3537750000,3698750000,"), csv);
        // the notes are not in the file: they went to stderr
        assertTrue(!csv.contains("note") && err.toString().contains("note: 2 stated figures checked, 1 inconsistent"), err.toString());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void aFailedRunLeavesTheOldOutputFileUntouched() throws Exception {
        Files.writeString(dir.resolve("out.csv"), "old contents\n");
        Files.writeString(dir.resolve("bad.csv"), "debtor,creditor,year,debt,percent\nSY,RU,2005,13.4zz,73\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, Map.of(), false, "writeoff", "bad.csv", "-o", "out.csv");
        assertEquals(3, code);
        assertEquals("old contents\n", Files.readString(dir.resolve("out.csv")));
        assertEquals("figures writeoff: bad.csv:2: column 'debt': '13.4zz' is not an amount: unknown scale 'zz' "
                + "(use k, m, mn, bn, b, tn or thousand, million, billion, trillion)\n", err.toString());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        StringWriter a = new StringWriter(), b = new StringWriter(), c = new StringWriter(), e = new StringWriter();
        run(a, e, Map.of(), true, "writeoff");
        run(b, e, Map.of("NO_COLOR", "1"), true, "writeoff");
        run(c, e, Map.of(), true, "writeoff", "--no-color");
        assertTrue(a.toString().contains("\u001B[31minconsistent"), a.toString());
        assertTrue(!b.toString().contains("\u001B[") && !c.toString().contains("\u001B["));
    }

    @Test
    void everyCommandHasHelp() {
        var cl = Cli.commandLine(new Context(dir, System.in, Map.of(), false), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            StringWriter out = new StringWriter(), err = new StringWriter();
            assertEquals(0, run(out, err, Map.of(), false, name, "--help"), name);
            assertTrue(out.toString().startsWith("Usage: figures " + name), out.toString());
            assertTrue(out.toString().contains("Examples:"), name + " --help should end with worked examples");
        }
    }

    @Test
    void versionAndExitCodesInHelp() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, Map.of(), false, "--help"));
        assertTrue(out.toString().contains("Exit codes:"));
        assertTrue(out.toString().contains("3   bad input data"), out.toString());
        StringWriter v = new StringWriter();
        assertEquals(0, run(v, err, Map.of(), false, "--version"));
        assertTrue(v.toString().startsWith("figures "));
    }

    @Test
    void theCommandListGivesEachCommandsFirstSentenceWhole() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(out, err, Map.of(), false, "--help"));
        String help = out.toString();
        assertTrue(help.contains("  growth      Growth: absolute change, % change and the average annual rate\n"
                + "                (CAGR by default).\n"), help);
        assertTrue(help.contains("  help        Display help information about the specified command.\n"), help);
        for (String line : help.split("\n")) {
            assertTrue(line.length() <= 80, "over 80 columns: " + line);
        }
    }
}
