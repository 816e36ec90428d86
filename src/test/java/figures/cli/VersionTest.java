package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code figures --version}: the program, the vintage of its reference data, and the Java runtime. */
class VersionTest {
    private static List<String> version() {
        Context ctx = new Context(Path.of("."), new ByteArrayInputStream(new byte[0]), Map.of(), false);
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), "--version"), err.toString());
        return out.toString().lines().toList();
    }

    @Test
    void namesTheProgramTheReferenceDataAndTheRuntime() {
        List<String> lines = version();
        assertTrue(lines.get(0).startsWith("figures "), lines.toString());
        String data = lines.stream().filter(l -> l.startsWith("reference data: ")).findFirst().orElseThrow();
        int[] cpi = Version.years("/data/reference/cpi.csv");
        assertTrue(data.contains("US CPI-U " + cpi[0] + "-" + cpi[1]), data);
        assertTrue(cpi[0] == 1947 && cpi[1] >= 2025, "bundled CPI-U starts in 1947 and reaches 2025: " + data);
        assertTrue(lines.stream().anyMatch(l -> l.matches("sources taken: World Bank WDI vintage of \\d{4}-\\d{2}-\\d{2}.*")),
                lines.toString());
        assertEquals("Java " + System.getProperty("java.version"), lines.get(lines.size() - 1).split(" \\(")[0]);
    }

    @Test
    void aTableWithoutAYearColumnHasNoSpan() {
        assertEquals(null, Version.years("/data/reference/redenominations.csv"));
        assertEquals(null, Version.years("/data/no-such-table.csv"));
    }
}
