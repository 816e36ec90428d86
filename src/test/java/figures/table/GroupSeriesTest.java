package figures.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.InputException;
import figures.model.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupSeriesTest {
    @TempDir
    Path dir;

    private static final SeriesReader.Spec BY_COUNTRY = new SeriesReader.Spec(List.of("country"), "yr", "usd");

    private SeriesReader.Result read(String text, SeriesReader.Spec spec) throws IOException {
        Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
        return SeriesReader.read(TableSource.file("t.csv", dir, System.in), spec, SeriesReader.Options.defaults().withThreads(1));
    }

    @Test
    void eachGroupIsOneSeriesInPeriodOrderWithTheRowsSummedIntoEachObservation() throws IOException {
        SeriesReader.Result r = read("country,yr,usd\nA,2001,5 USD\nA,2000,1 USD\nA,2000,2 USD\nB,1989-1990,8 USD\n", BY_COUNTRY);
        List<GroupSeries> series = GroupSeries.of(r, null);
        assertEquals(2, series.size());
        GroupSeries a = series.get(0);
        assertEquals(List.of("A"), a.key());
        assertEquals(List.of(Period.of(2000), Period.of(2001)), a.observations().stream().map(o -> o.period()).toList());
        assertEquals("3", a.observations().get(0).amount().value().toPlainString());
        assertArrayEquals(new long[] {2, 1}, a.rowsPerObservation());
        assertEquals(3, a.rows());
        assertEquals(2, a.line());
        assertEquals("4", series.get(1).observations().get(0).perYear().value().toPlainString(), "a span counts as its per-year average");
    }

    @Test
    void aGroupInTwoCurrenciesIsAnErrorNamingBothLines() throws IOException {
        SeriesReader.Result r = read("country,yr,usd\nA,2000,1 USD\nA,2001,2 EUR\n", BY_COUNTRY);
        InputException e = assertThrows(InputException.class, () -> GroupSeries.of(r, null));
        assertTrue(e.getMessage().contains("country A mixes USD (line 2) and EUR"), e.getMessage());
    }

    @Test
    void overlappingPeriodsAreAnErrorAtTheLaterLine() throws IOException {
        SeriesReader.Result r = read("country,yr,usd\nA,1989-1990,1 USD\nA,1990,2 USD\n", BY_COUNTRY);
        InputException e = assertThrows(InputException.class, () -> GroupSeries.of(r, null));
        assertTrue(e.getMessage().contains("periods 1989-1990 (line 2) and 1990 (line 3) overlap"), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.csv:3"), e.getMessage());
    }

    @Test
    void aConverterSeesEveryObservationAndItsAnswerIsTheSeries() throws IOException {
        SeriesReader.Result r = read("country,yr,usd\nA,2000,1 USD\nA,2001,2 EUR\n", BY_COUNTRY);
        List<Long> lines = new ArrayList<>();
        List<GroupSeries> series = GroupSeries.of(r, (group, cell, amount) -> {
            lines.add(cell.line());
            return Amount.parse(amount.value().multiply(java.math.BigDecimal.TEN).toPlainString() + " GBP");
        });
        assertEquals(List.of(2L, 3L), lines);
        assertEquals(List.of("10 GBP", "20 GBP"), series.get(0).observations().stream().map(o -> o.amount().toString()).toList(),
                "converted values may come from rows in several currencies");
    }

    @Test
    void manyGroupsAreBuiltOnAllCoresAndTheErrorIsTheFirstBadGroupsInTableOrder() throws IOException {
        StringBuilder t = new StringBuilder("country,yr,usd\n");
        int groups = 3 * GroupSeries.PARALLEL_FROM;
        for (int g = 0; g < groups; g++) {
            t.append('C').append(g).append(",2000,").append(g + 1).append(" USD\n");
        }
        // two bad groups, far apart: the later one in the table is met first by whichever core takes the end
        t.append('C').append(groups - 1).append(",2001,1 EUR\n");
        t.append("C").append(groups / 3).append(",2001,1 GBP\n");
        SeriesReader.Result bad = read(t.toString(), BY_COUNTRY);
        for (int i = 0; i < 5; i++) {
            InputException e = assertThrows(InputException.class, () -> GroupSeries.of(bad, null));
            assertTrue(e.getMessage().contains("country C" + (groups / 3) + " mixes USD"), e.getMessage());
        }
        SeriesReader.Result good = read(t.substring(0, t.indexOf("C" + (groups - 1) + ",2001")), BY_COUNTRY);
        List<GroupSeries> series = GroupSeries.of(good, null);
        assertEquals(groups, series.size());
        for (int g = 0; g < groups; g++) {
            assertEquals(List.of("C" + g), series.get(g).key(), "in table order");
            assertEquals(String.valueOf(g + 1), series.get(g).observations().get(0).amount().value().toPlainString());
        }
    }

    /** Every part's series, one after another; the error of the first bad part. */
    private static List<GroupSeries> inParts(SeriesReader.Result r) {
        GroupSeries.Parts parts = GroupSeries.Parts.of(r);
        List<GroupSeries> all = new ArrayList<>();
        for (int i = 0; i < parts.count(); i++) {
            all.addAll(parts.get(i));
        }
        return all;
    }

    private static String shown(List<GroupSeries> series) {
        StringBuilder b = new StringBuilder();
        for (GroupSeries s : series) {
            b.append(s.key()).append(' ').append(s.sources()).append(" line ").append(s.line()).append(' ')
                    .append(java.util.Arrays.toString(s.rowsPerObservation())).append(' ').append(s.rows()).append(':');
            s.observations().forEach(o -> b.append(' ').append(o.period()).append('=').append(o.amount()));
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void partsTakenStraightFromTheSumsAreTheSeriesThatTheGroupsCellsGive() throws IOException {
        SeriesReader.Spec withSource = new SeriesReader.Spec(List.of("country"), "yr", "usd");
        List<String> tables = List.of(
                "country,yr,usd\nA,2001,5 USD\nA,2000,1 USD\nA,2000,2 USD\nB,1989-1990,8 USD\nB,1992,1.5 USD\nC,2000,3\n",
                "country,yr,usd,source\nA,2000,1 USD@2010,s1\nB,2000,2 EUR,s2\nA,2002,3 USD@2010,s3\nA,2001,1k USD@2010,s1\n",
                "country,yr,usd\nA,1999-2001,3 USD\nA,2002-2003,4 USD\nA,2005,1 USD\nB,2000,0 USD\nB,2001,-1 USD\n");
        for (String t : tables) {
            SeriesReader.Result r = read(t, withSource);
            assertEquals(shown(GroupSeries.of(r, null)), shown(inParts(r)), t);
        }
        SeriesReader.Result window = read(tables.get(0), withSource.window(Period.of(2001), Period.of(2001)));
        assertEquals(shown(GroupSeries.of(window, null)), shown(inParts(window)), "a window leaves groups with no observations out");
        assertEquals(1, inParts(window).size());
    }

    @Test
    void aGroupThatIsNotASeriesIsReportedFromPartsAsFromItsCells() throws IOException {
        List<String> bad = List.of(
                "country,yr,usd\nA,2000,1 USD\nA,2001,2 EUR\n",
                "country,yr,usd\nA,2000,1 USD\nA,2000,2 EUR\n",
                "country,yr,usd\nA,2000,1 USD@2010\nA,2001,2 USD\n",
                "country,yr,usd\nB,2000,1 USD\nA,1989-1990,1 USD\nA,1990,2 USD\n");
        for (String t : bad) {
            SeriesReader.Result r = read(t, BY_COUNTRY);
            InputException expected = assertThrows(InputException.class, () -> GroupSeries.of(r, null), t);
            InputException e = assertThrows(InputException.class, () -> inParts(r), t);
            assertEquals(expected.getMessage(), e.getMessage());
        }
    }
}
