package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one convention for ratios in machine formats (README, "Output formats"), on every command's
 * csv and json: a figure people read as a percent ({@code 11.58%}) or in percentage points
 * ({@code 0.13 pp}) is written as that same number, and its unit is named, by the column's name
 * ({@code cagr_pct}, {@code coverage_change_pp}) or by the row's unit column ({@code NAME_unit} if
 * the output has one, else {@code unit}). Each command runs three times, as md (what people read,
 * to 30 digits), csv and json, and the three are compared cell by cell; and one figure,
 * {@code coverage(SY, RU, 2000)}, is the same number in eval and in check.
 */
class RatioUnitsTest {
    @TempDir
    Path dir;

    private static final Pattern JSON_CELL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\": (null|\"(?:[^\"\\\\]|\\\\.)*\"|[-0-9.eE+]+)");
    private static final Pattern HUMAN_NUMBER = Pattern.compile("-?[0-9][0-9 ]*(?:\\.[0-9]+)?");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    /** A number people read, or a range of two. */
    private static final Pattern FIGURE = Pattern.compile(HUMAN_NUMBER + "(?:(?:–| to )" + HUMAN_NUMBER + ")?");

    /** Every command with a table of results, with arguments that make it write percents or points where it can. */
    private List<List<String>> commands() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "country,year,value\nDE,2000,100\nDE,2001,110\nDE,2002,121\nFR,2000,50\nFR,2002,60.5\n");
        Files.writeString(dir.resolve("article.txt"), "Losses were 2-3 % in 2019, 45% of the 13.4 billion dollars, 10 km of road.\n");
        return List.of(
                List.of("eval", "coverage(SY, RU, 2000)", "share(9.8bn USD, 13.4bn USD)", "73% of 13.4bn USD", "rate(48, -200, 8000)", "2 * 21"),
                List.of("check"),
                List.of("growth"),
                List.of("growth", "t.csv", "--by", "country", "--yoy"),
                List.of("growth", "--start", "95m USD", "--end", "138m USD", "--years", "2"),
                List.of("growth", "--start", "11.58%", "--end", "11.59%", "--years", "1"),
                List.of("balance", "RU", "SY"),
                List.of("writeoff"),
                List.of("writeoff", "--in", "USD@latest"),
                List.of("writeoff", "--debt", "13.4bn USD", "--percent", "73", "--remaining", "3.5bn USD"),
                List.of("writeoff", "--debt", "13.4bn USD", "--percent", "73", "--remaining-terms", "rate=2%,maturity=10,repayment=equal", "--discount", "5%"),
                List.of("compare", "120m SUR@1966", "138m USD@2002", "--to", "USD@2024"),
                List.of("convert", "120m SUR@1966", "--to", "USD@2024"),
                List.of("loan", "--principal", "1000", "--rate", "2.5%", "--maturity", "4", "--discount", "dac"),
                List.of("loan", "--discount", "imf"),
                List.of("loan", "--function", "5%", "--function", "RRI(96, 10000, 11000)", "--function", "PMT(4.5%/12, 360, 250000)"),
                List.of("extract", "--figures", "article.txt"),
                // extract's claims carry their figures as expression text ("73%"), with their units; its figures as numbers
                List.of("extract", "--figures", Path.of("data/articles/000_082cf362c546dc2a.txt").toAbsolutePath().toString()),
                List.of("data", "SYP"));
    }

    @Test
    void everyCommandNamesTheUnitOfEveryRatioAndWritesTheNumberPeopleRead() throws Exception {
        Set<String> covered = new TreeSet<>();
        int ratios = 0;
        for (List<String> command : commands()) {
            covered.add(command.get(0));
            List<Map<String, String>> csv = csvRows(run(command, "csv"));
            List<Map<String, String>> json = jsonRows(run(command, "json"));
            List<Map<String, String>> human = mdRows(run(command, "md"));
            assertEquals(json, csv, command + ": csv and json say the same");
            assertEquals(human.size(), json.size(), command + ": one row each");
            for (int r = 0; r < json.size(); r++) {
                for (Map.Entry<String, String> cell : human.get(r).entrySet()) {
                    ratios += checkCell(command + " row " + (r + 1), cell.getKey(), cell.getValue(), json.get(r));
                }
            }
        }
        // every command that writes a table of results (completion writes a script)
        assertEquals(Set.of("balance", "check", "compare", "convert", "data", "eval", "extract", "growth", "loan", "writeoff"), covered);
        assertTrue(ratios > 40, "only " + ratios + " ratios seen");
    }

    /** One cell people read; how many ratios it held (0 or 1). */
    private static int checkCell(String where, String label, String shown, Map<String, String> row) {
        String unit = shown.endsWith("%") ? "%" : shown.endsWith(" pp") ? "pp" : null;
        if (unit != null && !FIGURE.matcher(shown.substring(0, shown.length() - unit.length()).strip()).matches()) {
            unit = null; // text that ends in a percent sign (a claim, a source) is not a figure
        }
        List<String> keys = keysOf(label, row);
        assertTrue(!keys.isEmpty(), where + ": column '" + label + "' has no machine column: " + row.keySet());
        if (unit == null) {
            for (String k : keys) {
                // a column whose name says percent holds nothing else
                assertTrue(row.get(k) == null || !(k.endsWith("_pct") || k.endsWith("_pp")) || shown.isEmpty(),
                        where + ": " + k + " = " + row.get(k) + " but people read '" + shown + "'");
            }
            return 0;
        }
        String body = shown.substring(0, shown.length() - unit.length()).strip();
        // a range (72.49–73.79%) has two ends, in the columns NAME_low and NAME_high
        String[] ends = keys.size() == 2 ? body.split("–| to ") : new String[] {body};
        if (keys.size() == 2 && ends.length == 1) {
            ends = new String[] {body, body};
        }
        assertEquals(keys.size(), ends.length, where + ": " + shown + " for " + keys);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String base = key.replaceAll("_(low|high)$", "");
            String suffix = unit.equals("%") ? "_pct" : "_pp";
            String unitColumn = row.containsKey(base + "_unit") ? base + "_unit" : "unit";
            assertTrue(base.endsWith(suffix) || unit.equals(row.get(unitColumn)),
                    where + ": " + key + " holds " + shown + " but neither its name nor " + unitColumn + " (" + row.get(unitColumn) + ") says " + unit);
            Matcher m = HUMAN_NUMBER.matcher(ends[i].strip());
            assertTrue(m.matches(), where + ": '" + ends[i] + "' in " + shown);
            BigDecimal read = new BigDecimal(ends[i].strip().replace(" ", ""));
            if (!NUMBER.matcher(String.valueOf(row.get(key))).matches()) {
                return 0; // a text cell that reads like a figure (a claim's expected "45%"): not a figure of the command's
            }
            BigDecimal written = new BigDecimal(row.get(key));
            // people read it to 30 significant digits (a range rounded outward): within one unit of its last digit
            BigDecimal ulp = BigDecimal.ONE.movePointLeft(Math.max(read.scale(), 0));
            assertTrue(written.subtract(read).abs().compareTo(ulp) <= 0,
                    where + ": " + key + " = " + written + " but people read " + shown + " (a fraction where a percent number was due?)");
        }
        return 1;
    }

    /** The machine columns of a column people read: its name, or a range's two ends. */
    private static List<String> keysOf(String label, Map<String, String> row) {
        String name = (label.endsWith(" %") ? label.substring(0, label.length() - 2) + "_pct" : label).replace(' ', '_');
        if (row.containsKey(name)) {
            return List.of(name);
        }
        if (row.containsKey(name + "_low")) {
            return List.of(name + "_low", name + "_high");
        }
        return List.of();
    }

    /** coverage(SY, RU, 2000) is one figure: the same number, the same unit, in eval and check. */
    @Test
    void oneFigureIsOneNumberInEvalAndCheck() throws Exception {
        Files.writeString(dir.resolve("claims.csv"), "id,claim,expected,tolerance,source\nC1,\"coverage(SY, RU, 2000)\",11.6%,,x\n");
        for (String format : List.of("csv", "json")) {
            Map<String, String> eval = rows(run(List.of("eval", "coverage(SY, RU, 2000)"), format), format).get(0);
            Map<String, String> check = rows(run(List.of("check", "claims.csv"), format), format).get(0);
            assertEquals("11.57894736842105263157894736842105", eval.get("value"), format);
            assertEquals(eval.get("value"), check.get("computed"), format);
            assertEquals("%", eval.get("unit"), format);
            assertEquals("%", check.get("unit"), format);
            assertEquals("11.6", check.get("expected"), format);
            assertEquals("pp", check.get("difference_unit"), format);
        }
    }

    private List<Map<String, String>> rows(String out, String format) {
        return format.equals("csv") ? csvRows(out) : jsonRows(out);
    }

    private String run(List<String> command, String format) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", format, "--explain", "--digits", "30"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertTrue(exit == 0 || exit == 1, args + ": exit " + exit + ": " + err);
        return out.toString();
    }

    /** The rows of one or more csv tables (a blank line between), each a map of column to cell (empty as null). */
    private static List<Map<String, String>> csvRows(String out) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String table : out.split("\n\n")) {
            try {
                List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(table)).getRecords();
                List<String> header = records.get(0).toList();
                for (CSVRecord r : records.subList(1, records.size())) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), r.get(i).isEmpty() ? null : r.get(i));
                    }
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return rows;
    }

    /** The rows of one or more json documents (one row a line, as the renderer writes them); strings unquoted, escapes kept. */
    private static List<Map<String, String>> jsonRows(String out) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            if (!line.startsWith("    {")) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            Matcher m = JSON_CELL.matcher(line);
            while (m.find()) {
                String v = m.group(2);
                row.put(m.group(1), v.equals("null") ? null : v.startsWith("\"") ? v.substring(1, v.length() - 1).replace("\\\"", "\"") : v);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows of one or more markdown tables, each a map of column label to the cell people read. */
    private static List<Map<String, String>> mdRows(String out) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : out.lines().toList()) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
                cells.add(c.strip().replace("\\|", "|"));
            }
            if (header == null) {
                header = cells;
            } else if (!cells.get(0).startsWith("--")) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
