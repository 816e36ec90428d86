package figures.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled country CPI levels are the World Bank's published FP.CPI.TOTL levels; the index
 * chained from the annual growth rates of a later vintage is kept only to check them. For every
 * country and year in both (each rebased to its 2010 value), a disagreement over 0.5 % fails unless
 * data/reference/README.md lists that country and year (section "Published levels against the
 * chain"), and a listed one that no longer disagrees fails too, so the list stays true.
 */
class PriceLevelChainTest {
    private static final BigDecimal LIMIT = new BigDecimal("0.005");
    private static final Path DIR = Path.of("data/reference");

    /** country → year → index, for the rows whose source key is {@code key} (null: every row; wdi-cpi: with the caution-marked wdi-cpi-break rows). */
    private static Map<String, TreeMap<Integer, BigDecimal>> read(String file, String key) throws IOException {
        Map<String, TreeMap<Integer, BigDecimal>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        assertEquals("country,year,index,source", lines.get(0), file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (key == null || f[3].equals(key) || (key.equals("wdi-cpi") && f[3].equals("wdi-cpi-break"))) {
                out.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), new BigDecimal(f[2]));
            }
        }
        return out;
    }

    /** The documented disagreements: country → years, from the README's table. */
    private static Map<String, TreeSet<Integer>> documented() throws IOException {
        String readme = Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("Published levels against the chain");
        assertTrue(at >= 0, "data/reference/README.md has no section 'Published levels against the chain'");
        Map<String, TreeSet<Integer>> out = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\| ([A-Z]{3}) \\| ([0-9, -]+) \\|").matcher(readme.substring(at));
        while (row.find()) {
            TreeSet<Integer> years = out.computeIfAbsent(row.group(1), k -> new TreeSet<>());
            for (String part : row.group(2).split(",")) {
                String[] ends = part.strip().split("-");
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[ends.length - 1]);
                for (int y = from; y <= to; y++) {
                    years.add(y);
                }
            }
        }
        return out;
    }

    @Test
    void publishedLevelsAgreeWithTheChainWithinHalfAPercentOrTheReadmeSaysWhy() throws IOException {
        Map<String, TreeMap<Integer, BigDecimal>> published = read("wdi-cpi.csv", "wdi-cpi");
        Map<String, TreeMap<Integer, BigDecimal>> chain = read("wdi-cpi-chain.csv", null);
        Map<String, TreeSet<Integer>> found = new TreeMap<>();
        int compared = 0;
        for (Map.Entry<String, TreeMap<Integer, BigDecimal>> e : published.entrySet()) {
            String country = e.getKey();
            TreeMap<Integer, BigDecimal> p = e.getValue();
            TreeMap<Integer, BigDecimal> c = chain.get(country);
            if (c == null || !p.containsKey(2010) || !c.containsKey(2010)) {
                continue;
            }
            for (Map.Entry<Integer, BigDecimal> y : p.entrySet()) {
                BigDecimal chained = c.get(y.getKey());
                if (chained == null) {
                    continue;
                }
                BigDecimal pubRatio = y.getValue().divide(p.get(2010), MathContext.DECIMAL128);
                BigDecimal chainRatio = chained.divide(c.get(2010), MathContext.DECIMAL128);
                BigDecimal off = chainRatio.divide(pubRatio, MathContext.DECIMAL128).subtract(BigDecimal.ONE).abs();
                compared++;
                if (off.compareTo(LIMIT) > 0) {
                    found.computeIfAbsent(country, k -> new TreeSet<>()).add(y.getKey());
                }
            }
        }
        assertTrue(compared > 8000, "only " + compared + " country-years compared");
        assertEquals(documented(), found, "country-years where the published CPI level and the chained index differ by more than 0.5 % "
                + "(rebased to 2010) must be exactly those data/reference/README.md lists");
    }

    @Test
    void belizeAndLesothoAreThePublishedLevels() throws IOException {
        // FP.CPI.TOTL as printed in the World Bank bulk CSV of 2024-11-13 (2010 = 100)
        Map<String, TreeMap<Integer, BigDecimal>> published = read("wdi-cpi.csv", "wdi-cpi");
        assertEquals(new BigDecimal("100.196857152232"), published.get("BLZ").get(2004));
        assertEquals(new BigDecimal("103.057365443818"), published.get("LSO").get(2006));
        // and the chain from the growth rates agrees with them within 0.5 %
        Map<String, TreeMap<Integer, BigDecimal>> chain = read("wdi-cpi-chain.csv", null);
        for (String[] cy : new String[][] {{"BLZ", "2004"}, {"LSO", "2006"}}) {
            BigDecimal p = published.get(cy[0]).get(Integer.parseInt(cy[1]));
            BigDecimal c = chain.get(cy[0]).get(Integer.parseInt(cy[1]));
            assertTrue(c.divide(p, MathContext.DECIMAL64).subtract(BigDecimal.ONE).abs().compareTo(LIMIT) <= 0, cy[0] + ": " + c + " vs " + p);
        }
    }
}
