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

    /** The source keys of published levels (as printed, or a published level rebased to 2010 = 100); the others are derived. */
    private static final java.util.Set<String> PUBLISHED = java.util.Set.of("wdi-cpi", "wdi-cpi-2016", "imf-weo-pcpi");

    /** country → year → index, for the rows whose source key is {@code key} (null: every row; "published": the published levels of every source). */
    private static Map<String, TreeMap<Integer, BigDecimal>> read(String file, String key) throws IOException {
        Map<String, TreeMap<Integer, BigDecimal>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        assertEquals("country,year,index,source", lines.get(0), file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (key == null || f[3].equals(key) || (key.equals("published") && PUBLISHED.contains(f[3]))) {
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
        Map<String, TreeMap<Integer, BigDecimal>> published = read("wdi-cpi.csv", "published");
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

    /**
     * Belize and Lesotho, where the World Bank's 2024 vintage breaks (issue 31): the bundled levels are
     * the IMF WEO's (Belize 1996-2005, Lesotho 1980-2001, rebased to 2010 = 100) and the World Bank's
     * March 2016 vintage (Lesotho 2002-2009), and each country's years run without a jump its own
     * published inflation rates do not have.
     */
    @Test
    void belizeAndLesothoAreUnbrokenPublishedLevels() throws IOException {
        Map<String, TreeMap<Integer, BigDecimal>> all = read("wdi-cpi.csv", null);
        Map<String, TreeMap<Integer, BigDecimal>> published = read("wdi-cpi.csv", "published");
        assertEquals(all.get("BLZ").headMap(2024), published.get("BLZ"), "every Belize level to 2023 is a published one");
        // IMF WEO April 2019: Belize PCPI 2004 = 109.333, 2010 = 128.345 (2000 = 100)
        assertEquals(0, new BigDecimal("109.333").multiply(new BigDecimal(100)).divide(new BigDecimal("128.345"), new MathContext(12))
                .compareTo(published.get("BLZ").get(2004)));
        // World Bank WDI FP.CPI.TOTL, March 2016 vintage: Lesotho 2006 = 75.1701553708779 (2010 = 100)
        assertEquals(new BigDecimal("75.1701553708779"), published.get("LSO").get(2006));
        // no year-on-year move over 15 % in Belize 1980-2023 or over 25 % in Lesotho 1980-2023 (the breaks were +8.5 %
        // then -7.1 % in one year in Belize, -37 % in Lesotho; Lesotho's largest published inflation in the span is 17.8 %)
        for (String[] c : new String[][] {{"BLZ", "0.15"}, {"LSO", "0.25"}}) {
            TreeMap<Integer, BigDecimal> p = published.get(c[0]);
            for (int y = 1981; y <= 2023; y++) {
                BigDecimal move = p.get(y).divide(p.get(y - 1), MathContext.DECIMAL64).subtract(BigDecimal.ONE).abs();
                assertTrue(move.compareTo(new BigDecimal(c[1])) <= 0, c[0] + " " + (y - 1) + "-" + y + ": " + move);
            }
        }
        // Belize's 2004-2009 no longer repeat 2000-2005's values
        assertTrue(published.get("BLZ").get(2004).compareTo(published.get("BLZ").get(2008)) != 0);
    }
}
