package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Months, quarters and days in a series table, through the command as a user runs it: a Fed-style
 * monthly table (DATE, 1971-01-01, a rate with four decimals) put in years by --per year
 * --aggregate mean gives each year's mean as computed here by hand from the file's text, and a
 * quarterly table's --yoy sets each quarter against the same quarter a year earlier.
 */
class SubAnnualPeriodsTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false), new PrintWriter(out),
                new PrintWriter(err), args);
        assertEquals(0, exit, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void monthlyRatesPerYearByTheirMeanAreTheHandComputedAnnualAverages() throws IOException {
        Random random = new Random(1971);
        StringBuilder table = new StringBuilder("DATE,DEXUSUK\n");
        // the hand computation: each year's sum of its months' values and their number, from the text written
        Map<Integer, BigDecimal> sums = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int year = 1971; year <= 1980; year++) {
            for (int month = 1; month <= 12; month++) {
                String value = BigDecimal.valueOf(15000 + random.nextInt(12000), 4).toPlainString(); // 1.5000 to 2.6999
                table.append(String.format("%d-%02d-01,%s%n", year, month, value));
                sums.merge(year, new BigDecimal(value), BigDecimal::add);
                counts.merge(year, 1, Integer::sum);
            }
        }
        Files.writeString(dir.resolve("DEXUSUK.csv"), table, StandardCharsets.UTF_8);
        String[] r = run("growth", "DEXUSUK.csv", "--period", "date", "--value", "dexusuk", "--per", "year", "--aggregate", "mean",
                "--yoy", "--format", "csv", "-q");
        List<String> lines = r[0].lines().toList();
        assertEquals("period,value", String.join(",", List.of(lines.get(0).split(",")).subList(0, 2)));
        List<Integer> years = new ArrayList<>(sums.keySet());
        assertEquals(years.size(), lines.size() - 1, r[0]);
        for (int i = 0; i < years.size(); i++) {
            String[] cells = lines.get(i + 1).split(",");
            int year = years.get(i);
            BigDecimal byHand = sums.get(year).divide(BigDecimal.valueOf(counts.get(year)), MathContext.DECIMAL128);
            assertEquals(Integer.toString(year), cells[0]);
            BigDecimal given = new BigDecimal(cells[1]);
            // both to 30 significant digits: the same figure, whatever the last digits' rounding
            assertEquals(byHand.round(new MathContext(30, RoundingMode.HALF_EVEN)), given.round(new MathContext(30, RoundingMode.HALF_EVEN)),
                    "the mean of " + year);
        }
    }

    @Test
    void aQuarterlyTablesYoyComparesLikeQuarters() throws IOException {
        Random random = new Random(2024);
        StringBuilder table = new StringBuilder("quarter,value\n");
        Map<String, BigDecimal> values = new TreeMap<>();
        for (int year = 2019; year <= 2024; year++) {
            for (int q = 1; q <= 4; q++) {
                BigDecimal v = BigDecimal.valueOf(1000 + random.nextInt(9000));
                table.append(year).append(random.nextBoolean() ? "Q" : "-Q").append(q).append(',').append(v).append('\n');
                values.put(year + "Q" + q, v);
            }
        }
        Files.writeString(dir.resolve("q.csv"), table, StandardCharsets.UTF_8);
        String[] r = run("growth", "q.csv", "--period", "quarter", "--yoy", "--format", "csv");
        List<String> lines = r[0].lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int changes = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String period = cells[header.indexOf("period")];
            String earlier = (Integer.parseInt(period.substring(0, 4)) - 1) + period.substring(4);
            String change = cells[header.indexOf("change")];
            if (!values.containsKey(earlier)) {
                assertEquals("", change, period + " has no quarter a year earlier");
                continue;
            }
            assertEquals(values.get(period).subtract(values.get(earlier)), new BigDecimal(change), period + " against " + earlier);
            changes++;
        }
        assertEquals(20, changes);
        assertTrue(r[1].contains("each quarter against the same quarter a year earlier"), r[1]);
    }
}
