package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.Percent;
import figures.model.Verdict;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static ResultTable sample() {
        return ResultTable.builder("t", Column.of("name"), Column.money("value", "currency"), Column.of("share_pct"))
                .row("=cmd|' /C calc'!A0", Amount.parse("9.782bn USD"), Percent.parse("73.134%"))
                .row("plain, with comma", Amount.parse("1234567.891 USD"), null)
                .note("a note")
                .build();
    }

    private static String render(Format f, int digits) {
        return new Renderer(new Renderer.Options(f, digits, false, false)).render(sample());
    }

    @Test
    void machineFormatsAreHandedOnInPiecesThatAddUpToTheWholeRendering() {
        ResultTable.Builder b = ResultTable.builder("big", Column.of("name"), Column.money("value", "currency"));
        for (int i = 0; i < 20_000; i++) {
            b.row("row " + i, Amount.parse(i + ".25 USD"));
        }
        ResultTable big = b.note("a note").build();
        for (Format f : Format.values()) {
            Renderer r = new Renderer(new Renderer.Options(f, 4, false, false));
            java.util.List<String> pieces = new java.util.ArrayList<>();
            r.render(big, new Appendable() {
                @Override
                public Appendable append(CharSequence csq) {
                    pieces.add(csq.toString());
                    return this;
                }

                @Override
                public Appendable append(CharSequence csq, int start, int end) {
                    return append(csq.subSequence(start, end));
                }

                @Override
                public Appendable append(char c) {
                    return append(String.valueOf(c));
                }
            });
            assertEquals(r.render(big), String.join("", pieces), f + ": the pieces add up to the whole");
            boolean streamed = f == Format.CSV || f == Format.TSV || f == Format.JSON;
            assertEquals(streamed, pieces.size() > 1, f + ": " + pieces.size() + " pieces");
            if (streamed) {
                assertTrue(pieces.stream().allMatch(p -> p.length() < 70_000), f + ": no piece holds the whole table");
            }
        }
    }

    @Test
    void csvIsExactWithCurrencyInItsOwnColumnAndFormulasNeutralised() {
        assertEquals("name,value,currency,share_pct\n"
                + "'=cmd|' /C calc'!A0,9782000000,USD,73.134\n"
                + "\"plain, with comma\",1234567.891,USD,\n", render(Format.CSV, 4));
    }

    @Test
    void tsvHasTabsAndNoQuotes() {
        assertTrue(render(Format.TSV, 4).startsWith("name\tvalue\tcurrency\tshare_pct\n'=cmd"));
    }

    @Test
    void jsonCarriesExactNumbers() {
        String json = render(Format.JSON, 4);
        assertTrue(json.contains("\"value\": 9782000000, \"currency\": \"USD\", \"share_pct\": 73.134"), json);
        assertTrue(json.contains("\"notes\": [\n    \"a note\"\n  ]"), json);
    }

    @Test
    void humanTableScalesMoneyAndRoundsToDigits() {
        String t = render(Format.TABLE, 4);
        assertTrue(t.contains("9.782 bn USD"), t);
        assertTrue(t.contains("1.235 m USD"), t);
        assertTrue(t.contains("73.13%"), t);
        // notes are not part of the rendering: they go to stderr (Renderer.notes)
        assertFalse(t.contains("a note"), t);
        StringBuilder err = new StringBuilder();
        Renderer.notes(sample(), err);
        assertEquals("note: a note\n", err.toString());
        assertTrue(render(Format.TABLE, 2).contains("9.8 bn USD"));
    }

    @Test
    void markdownHasAlignmentRow() {
        String md = render(Format.MD, 4);
        assertTrue(md.contains("| name"), md);
        assertTrue(md.contains("-: |"), md);
    }

    @Test
    void verdictsAreColouredOnlyWhenAsked() {
        ResultTable t = ResultTable.builder("t", Column.of("verdict")).row(Verdict.INCONSISTENT).build();
        String plain = new Renderer(new Renderer.Options(Format.TABLE, 4, false, false)).render(t);
        String colour = new Renderer(new Renderer.Options(Format.TABLE, 4, false, true)).render(t);
        assertTrue(!plain.contains("\u001B[") && colour.contains("\u001B[31m"));
    }

    @Test
    void groupsDigits() {
        assertEquals("9 782 000 000", HumanNumbers.group(new java.math.BigDecimal("9782000000")));
        assertEquals("-12 345.5", HumanNumbers.group(new java.math.BigDecimal("-12345.5")));
    }
}
