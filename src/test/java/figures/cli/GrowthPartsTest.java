package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.calc.Growth;
import figures.model.InputException;
import figures.render.Format;
import figures.render.Renderer;
import figures.render.ResultTable;
import figures.table.GroupSeries;
import figures.table.SeriesReader;
import figures.table.TableSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** growth over many groups, laid out a part of the groups at a time, gives what it gives laid out at once. */
class GrowthPartsTest {
    @TempDir
    Path dir;

    private static final int GROUPS = 3 * GroupSeries.Parts.SIZE + 7;

    private SeriesReader.Result read(String text) throws IOException {
        Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
        return SeriesReader.read(TableSource.file("t.csv", dir, System.in), new SeriesReader.Spec(List.of("country"), "yr", "usd"),
                SeriesReader.Options.defaults().withThreads(1));
    }

    /** Groups with two or three years, every 100th with one observation, every 250th a span, every 300th falling. */
    private static StringBuilder table() {
        StringBuilder t = new StringBuilder("country,yr,usd\n");
        for (int g = 0; g < GROUPS; g++) {
            if (g % 250 == 3) {
                t.append('C').append(g).append(",1998-1999,").append(2 * g + 2).append(" USD\n");
            }
            t.append('C').append(g).append(",2000,").append(g + 1).append(".5 USD\n");
            if (g % 100 != 7) {
                t.append('C').append(g).append(",2003,").append(g % 300 == 0 ? 1 : 3 * g + 7).append(" USD\n");
            }
        }
        return t;
    }

    private static List<String> rendered(ResultTable t, Format f) {
        return List.of(new Renderer(new Renderer.Options(f, 4, true, false)).render(t), String.join("\n", t.notes()),
                String.join("\n", t.steps()));
    }

    @Test
    void manyGroupsInPartsGiveTheRowsNotesAndStepsOfAllGroupsAtOnce() throws IOException {
        SeriesReader.Result data = read(table().toString());
        GroupSeries.Parts inParts = GroupSeries.Parts.of(data);
        assertTrue(inParts.count() >= 4 && inParts.parallel(), inParts.count() + " parts");
        GroupSeries.Parts atOnce = GroupSeries.Parts.of(GroupSeries.of(data, null), data.groups().size());
        for (boolean explain : new boolean[] {false, true}) {
            GrowthResults.Table a = new GrowthResults.Table(data, inParts, "", null, List.of(), explain);
            GrowthResults.Table b = new GrowthResults.Table(data, atOnce, "", null, List.of(), explain);
            for (Format f : List.of(Format.CSV, Format.JSON, Format.TABLE)) {
                assertEquals(rendered(b.summary(Growth.Method.ENDPOINT), f), rendered(a.summary(Growth.Method.ENDPOINT), f), f + " summary");
                assertEquals(rendered(b.yearOverYear(f == Format.TABLE), f), rendered(a.yearOverYear(f == Format.TABLE), f), f + " yoy");
            }
        }
        List<String> notes = new GrowthResults.Table(data, inParts, "", null, List.of(), false).summary(Growth.Method.ENDPOINT).notes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("and 11 more: 16 groups have one observation")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("country C3 1998-1999: a span of 2 years")), notes.toString());
    }

    @Test
    void aBadGroupInALaterPartIsTheErrorAsItIsWithAllGroupsAtOnce() throws IOException {
        StringBuilder t = table();
        t.append("C").append(GROUPS - 2).append(",2004,9 EUR\n");
        SeriesReader.Result data = read(t.toString());
        InputException expected = assertThrows(InputException.class, () -> GroupSeries.of(data, null));
        ResultTable table = new GrowthResults.Table(data, GroupSeries.Parts.of(data), "", null, List.of(), false).summary(Growth.Method.ENDPOINT);
        StringBuilder out = new StringBuilder();
        InputException e = assertThrows(InputException.class,
                () -> new Renderer(new Renderer.Options(Format.CSV, 4, false, false)).render(table, out));
        assertEquals(expected.getMessage(), e.getMessage());
        assertTrue(e.getMessage().contains("mixes USD"), e.getMessage());
        assertEquals("", out.toString(), "nothing written");
    }
}
