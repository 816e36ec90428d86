package figures.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No json row carries a key twice and no csv header names a column twice, for every command: a
 * reader would keep either of the two (a table's own "verdict" over the computed one).
 */
class MachineKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\": ");

    @TempDir
    Path dir;

    /** Every json row of every golden case, and every csv header, has distinct names (compared without case). */
    @Test
    void everyGoldenMachineOutputHasDistinctNames() throws Exception {
        int checked = 0;
        for (String root : List.of("src/test/resources/cases", "src/test/resources/bad")) {
            try (Stream<Path> s = Files.list(Path.of(root))) {
                for (Path d : (Iterable<Path>) s.sorted()::iterator) {
                    Path expected = d.resolve("expected");
                    if (!Files.isRegularFile(expected)) {
                        continue;
                    }
                    String cmd = Files.readString(d.resolve("cmd"));
                    String out = Files.readString(expected, StandardCharsets.UTF_8);
                    if (cmd.contains("json") && out.startsWith("{")) {
                        checked += jsonRows(d.toString(), out);
                    } else if (cmd.contains("csv") && !cmd.contains("|") && !out.isEmpty() && !out.startsWith("<")) {
                        distinct(d + " header", List.of(out.lines().findFirst().orElse("").split(",", -1)));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 20, "only " + checked + " machine outputs found");
    }

    /** A table whose own columns are named after every column of the command's output, for each command that passes columns through. */
    @Test
    void aTableNamingItsColumnsLikeTheOutputGetsThemRenamed() throws Exception {
        Files.writeString(dir.resolve("w.csv"), "debtor,creditor,year,debt,percent,currency,figure,stated,computed,verdict,inputs_allow_low,"
                + "inputs_allow_high,Source_\nSY,RU,2005,13.4bn,73,USD,a,b,c,d,e,f,g\n");
        Files.writeString(dir.resolve("l.csv"), "lender,borrower,year,principal,currency,rate,maturity,grace,repayment,frequency,terms,"
                + "debt_service,present_value,grant_element,concessional,missing_terms,purpose\n"
                + "SU,SY,1966,120m,SUR,2.5%,12,3,annuity,1,a,b,c,d,e,f,g\n");
        Files.writeString(dir.resolve("c.csv"), "id,claim,expected,computed,difference,currency,verdict,inputs_allow_low,inputs_allow_high\n"
                + "A,73% of 13.4bn USD,9.782bn USD,a,b,c,d,e,f\n");
        Files.writeString(dir.resolve("t.csv"), "amount,year,currency,converted,to_currency,method,rates,price_index\n100m,2002,USD,a,b,c,d,e\n");
        for (String[] args : List.of(new String[] {"writeoff", "w.csv"}, new String[] {"loan", "l.csv", "--discount", "5%"},
                new String[] {"check", "c.csv"}, new String[] {"compare", "t.csv", "--to", "USD@2024"})) {
            for (String format : List.of("json", "csv")) {
                List<String> all = new ArrayList<>(List.of(args));
                all.addAll(List.of("--format", format, "--explain"));
                StringWriter out = new StringWriter(), err = new StringWriter();
                Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
                int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
                assertTrue(exit == 0 || exit == 1, all + ": " + err);
                assertTrue(err.toString().contains("is shown as 'input_"), all + " notes the renaming: " + err);
                if (format.equals("json")) {
                    assertTrue(jsonRows(String.join(" ", all), out.toString()) > 0, out.toString());
                } else {
                    distinct(all + " header", List.of(out.toString().lines().findFirst().orElseThrow().split(",", -1)));
                }
            }
        }
    }

    /** The rows of a json document checked; how many there were. */
    private static int jsonRows(String what, String json) {
        int rows = 0;
        for (String line : json.lines().toList()) {
            if (line.startsWith("    {")) {
                List<String> keys = new ArrayList<>();
                Matcher m = KEY.matcher(line);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                assertFalse(keys.isEmpty(), what + ": " + line);
                distinct(what + ": " + line, keys);
                rows++;
            }
        }
        return rows;
    }

    private static void distinct(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            assertTrue(seen.add(n.toLowerCase(Locale.ROOT)), what + " has '" + n + "' twice: " + names);
        }
    }
}
