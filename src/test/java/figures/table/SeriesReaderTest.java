package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {
    @TempDir
    Path dir;

    private static final SeriesReader.Spec BY_COUNTRY = new SeriesReader.Spec(List.of("country"), "yr", "usd");

    private TableSource write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return TableSource.file(name, dir, System.in);
    }

    private static SeriesReader.Options parallel(int blockBytes) {
        return new SeriesReader.Options(2, blockBytes, 0);
    }

    @Test
    void rowsOfAGroupAndPeriodAreSummedExactly() throws IOException {
        TableSource t = write("t.csv", "country,yr,usd\nA,2000,0.1\nA,2000,0.2\nA,2001,1.5m\nA,2001,250\nB,2000,7\n");
        SeriesReader.Result r = SeriesReader.read(t, BY_COUNTRY, SeriesReader.Options.defaults().withThreads(1));
        assertEquals(5, r.rows());
        assertEquals(3, r.cells());
        SeriesReader.Group a = r.groups().get(0);
        assertEquals(List.of("A"), a.key());
        assertEquals("0.3", a.cells().get(0).parts().get(0).total().value().toPlainString());
        assertEquals(2, a.cells().get(0).rows());
        assertEquals(2, a.cells().get(0).line());
        assertEquals("1500250", a.cells().get(1).parts().get(0).total().value().toPlainString());
        assertEquals(4, a.cells().get(1).line());
        assertEquals(List.of("B"), r.groups().get(1).key());
    }

    @Test
    void sumsBeyondALongFallBackToBigDecimal() throws IOException {
        StringBuilder b = new StringBuilder("country,yr,usd\n");
        for (int i = 0; i < 30; i++) {
            b.append("A,2000,900000000000000000\n"); // 9e17: thirty of them overflow a long
        }
        b.append("A,2000,0.000000001\n");
        SeriesReader.Result r = SeriesReader.read(write("big.csv", b.toString()), BY_COUNTRY, SeriesReader.Options.defaults().withThreads(1));
        assertEquals("27000000000000000000.000000001", r.groups().get(0).cells().get(0).parts().get(0).total().value().toPlainString());
    }

    /** A messy table: comments, blank lines, CRLF, quoted cells with commas, spans, values in several notations. */
    private static String messy(Random random, int rows, boolean quotedLineBreaks) {
        StringBuilder b = new StringBuilder("# generated for the test\ncountry,product,yr,usd,currency,note,source\n");
        String[] values = {"12.5", "3m", "0.25", "7", "1_000", "95m USD", "-2.5", "4 ", "1.5e3", "0.1", "2bn", "123456789012.34"};
        String[] years = {"2000", "2001", "2002", "2004", "2005-2006", "1999"};
        for (int i = 0; i < rows; i++) {
            switch (random.nextInt(20)) {
                case 0 -> b.append("\n");
                case 1 -> b.append("# a comment, with \"quotes\n");
                default -> { }
            }
            String note = switch (random.nextInt(4)) {
                case 0 -> "\"a note, with a comma\"";
                case 1 -> quotedLineBreaks ? "\"two\nlines\"" : "plain";
                case 2 -> "\"say \"\"hi\"\"\"";
                default -> "";
            };
            b.append("ABC".charAt(random.nextInt(3))).append(',').append(random.nextInt(5)).append(',')
                    .append(years[random.nextInt(years.length)]).append(',').append(values[random.nextInt(values.length)]).append(",USD,")
                    .append(note).append(",src").append(random.nextInt(5)).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return b.toString();
    }

    @Test
    void parallelReadingGivesWhatSequentialReadingGives() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            TableSource t = write("m" + round + ".csv", messy(random, 3000, false));
            SeriesReader.Result seq = SeriesReader.sequential(t, BY_COUNTRY);
            for (int block : new int[] {128, 257, 1000, 4096}) {
                SeriesReader.Result par = SeriesReader.read(t, BY_COUNTRY, parallel(block));
                assertEquals(2, par.threads(), "read in parallel with blocks of " + block);
                assertEquals(seq.groups(), par.groups(), "round " + round + ", blocks of " + block);
                assertEquals(seq.rows(), par.rows());
            }
        }
    }

    @Test
    void blocksOfPlainAsciiAndBlocksOfOtherTextGiveWhatSequentialReadingGives() throws IOException {
        // ASCII blocks are copied as they are, the others decoded as UTF-8: one table with both kinds
        StringBuilder b = new StringBuilder("country,yr,usd,note\n");
        for (int i = 0; i < 3000; i++) {
            boolean accented = (i / 400) % 2 == 1;
            b.append(accented ? "Côte d’Ivoire" : "Ghana").append(',').append(2000 + i % 4).append(",1.25,")
                    .append(accented ? "café" : "tea").append('\n');
        }
        TableSource t = write("mixed.csv", b.toString());
        SeriesReader.Result seq = SeriesReader.sequential(t, BY_COUNTRY);
        assertEquals(List.of(List.of("Ghana"), List.of("Côte d’Ivoire")), seq.groups().stream().map(SeriesReader.Group::key).toList());
        for (int block : new int[] {200, 1000, 4096}) {
            SeriesReader.Result par = SeriesReader.read(t, BY_COUNTRY, parallel(block));
            assertEquals(2, par.threads(), "read in parallel with blocks of " + block);
            assertEquals(seq.groups(), par.groups(), "blocks of " + block);
        }
    }

    @Test
    void quotedLineBreaksGiveTheSameResultWhateverTheBlocks() throws IOException {
        Random random = new Random(1);
        TableSource t = write("q.csv", messy(random, 3000, true));
        SeriesReader.Result seq = SeriesReader.sequential(t, BY_COUNTRY);
        for (int block : new int[] {100, 333, 2048, 1 << 20}) {
            assertEquals(seq.groups(), SeriesReader.read(t, BY_COUNTRY, parallel(block)).groups(), "blocks of " + block);
        }
    }

    @Test
    void spacesBeforeAQuotedCellAreReadAsCsvTableReadsThem() throws IOException {
        StringBuilder b = new StringBuilder("country,yr,usd,note\n");
        for (int i = 0; i < 500; i++) {
            // the spaces before the quote are trimmed by CsvTable's format; the block format would keep them
            b.append(i == 300 ? "A,2000,1,  \"x\nB,2001,7,y\"\n" : "A,2000,1,\n");
        }
        TableSource t = write("spaces.csv", b.toString());
        SeriesReader.Result seq = SeriesReader.sequential(t, BY_COUNTRY);
        assertEquals(1, seq.groups().size(), "B,2001 is inside the quoted note");
        assertEquals(seq.groups(), SeriesReader.read(t, BY_COUNTRY, parallel(256)).groups());
    }

    @Test
    void anErrorIsReportedWithItsLineAsInSequentialReading() throws IOException {
        StringBuilder b = new StringBuilder("country,yr,usd\n");
        for (int i = 0; i < 2000; i++) {
            b.append(i == 1500 ? "A,2000,12x\n" : "A,2000,1\n");
        }
        TableSource t = write("bad.csv", b.toString());
        InputException seq = assertThrows(InputException.class, () -> SeriesReader.sequential(t, BY_COUNTRY));
        InputException par = assertThrows(InputException.class, () -> SeriesReader.read(t, BY_COUNTRY, parallel(256)));
        assertEquals(seq.getMessage(), par.getMessage());
        assertTrue(par.getMessage().startsWith("bad.csv:1502: column 'usd': "), par.getMessage());
    }

    @Test
    void aNulInAGroupCellIsAnErrorEitherWay() throws IOException {
        StringBuilder b = new StringBuilder("country,yr,usd\n");
        for (int i = 0; i < 2000; i++) {
            b.append(i == 1200 ? "A\0,2000,1\n" : "A,2000,1\n");
        }
        TableSource t = write("nul.csv", b.toString());
        InputException seq = assertThrows(InputException.class, () -> SeriesReader.sequential(t, BY_COUNTRY));
        InputException par = assertThrows(InputException.class, () -> SeriesReader.read(t, BY_COUNTRY, parallel(256)));
        assertEquals(seq.getMessage(), par.getMessage());
        assertTrue(par.getMessage().startsWith("nul.csv:1202: contains a NUL byte"), par.getMessage());
    }

    @Test
    void aByteOrderMarkAndCrlfHeaderAreReadInParallel() throws IOException {
        StringBuilder b = new StringBuilder("\uFEFFCountry,YR,usd\r\n");
        for (int i = 0; i < 2000; i++) {
            b.append("AB".charAt(i % 2)).append(',').append(2000 + i % 3).append(",1.5\r\n");
        }
        TableSource t = write("bom.csv", b.toString());
        SeriesReader.Result par = SeriesReader.read(t, BY_COUNTRY, parallel(300));
        assertEquals(2, par.threads());
        assertEquals(SeriesReader.sequential(t, BY_COUNTRY).groups(), par.groups());
        assertEquals("1500.0", par.groups().get(0).cells().stream().map(c -> c.parts().get(0).total().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
    }

    @Test
    void aMissingColumnNamesTheColumnsThatExist() throws IOException {
        TableSource t = write("cols.csv", "country,year,exports\nA,2000,1\n");
        InputException e = assertThrows(InputException.class, () -> SeriesReader.read(t, BY_COUNTRY));
        assertTrue(e.getMessage().contains("'yr'") && e.getMessage().contains("country, year, exports"), e.getMessage());
    }

    @Test
    void groupsShareTheirKeyCells() throws IOException {
        // a million groups by reporter, partner and product hold a few thousand distinct cells, once each
        StringBuilder b = new StringBuilder("country,product,yr,usd\n");
        for (int i = 0; i < 3000; i++) {
            // ten groups of one row each: each is seen by one worker only, whose cells must still be shared
            int product = i % 300 == 150 ? 100 + i / 300 : i % 40;
            b.append("AB".charAt(i % 2)).append(',').append(product).append(',').append(2000 + i % 3).append(",1\n");
        }
        TableSource t = write("share.csv", b.toString());
        SeriesReader.Spec spec = new SeriesReader.Spec(List.of("country", "product"), "yr", "usd");
        for (SeriesReader.Result r : List.of(SeriesReader.sequential(t, spec), SeriesReader.read(t, spec, parallel(512)))) {
            assertEquals(50, r.groups().size());
            java.util.Map<String, String> first = new java.util.HashMap<>();
            for (SeriesReader.Group g : r.groups()) {
                for (String cell : g.key()) {
                    assertTrue(first.computeIfAbsent(cell, c -> cell) == cell, "one String for '" + cell + "' in " + r.threads() + " thread(s)");
                }
            }
        }
    }

    @Test
    void aWindowSumsOnlyItsPeriodsButChecksEveryRow() throws IOException {
        StringBuilder b = new StringBuilder("country,yr,usd\n");
        for (int i = 0; i < 3000; i++) {
            b.append("ABC".charAt(i % 3)).append(',').append(2000 + i % 10).append(",1.5\n");
        }
        b.append("D,2001,7\n"); // a group with no row in the window
        TableSource t = write("window.csv", b.toString());
        SeriesReader.Spec spec = BY_COUNTRY.window(figures.model.Period.of(2008), figures.model.Period.of(2009));
        SeriesReader.Result seq = SeriesReader.sequential(t, spec);
        SeriesReader.Result par = SeriesReader.read(t, spec, parallel(512));
        assertEquals(2, par.threads());
        assertEquals(seq.groups(), par.groups());
        assertEquals(List.of("A", "B", "C", "D"), par.groups().stream().map(g -> g.key().get(0)).toList());
        assertEquals(List.of(2, 2, 2, 0), par.groups().stream().map(g -> g.cells().size()).toList());
        assertEquals(600, par.rows(), "rows summed: those of 2008 and 2009");
        assertEquals("150.0", par.groups().get(0).cells().get(1).parts().get(0).total().value().toPlainString());

        // a bad cell outside the window is still an error, the same either way
        TableSource bad = write("window-bad.csv", b.toString().replace("A,2003,1.5\n", "A,2003,1.5x\n"));
        InputException s1 = assertThrows(InputException.class, () -> SeriesReader.sequential(bad, spec));
        InputException p1 = assertThrows(InputException.class, () -> SeriesReader.read(bad, spec, parallel(512)));
        assertEquals(s1.getMessage(), p1.getMessage());
        assertTrue(p1.getMessage().startsWith("window-bad.csv:5: column 'usd': "), p1.getMessage());
    }

    @Test
    void longSeriesInSeveralUnitsGiveWhatSequentialReadingGives() throws IOException {
        // forty years and two spans per group in two currencies, rows in random order: sums past the
        // slots searched in order (an index), merged across workers whose codes differ
        Random random = new Random(7);
        StringBuilder b = new StringBuilder("country,yr,usd,currency\n");
        String[] periods = new String[42];
        for (int y = 0; y < 40; y++) {
            periods[y] = String.valueOf(1960 + y);
        }
        periods[40] = "2001-2002";
        periods[41] = "2003-2005";
        java.util.Map<String, BigDecimal> expected = new java.util.TreeMap<>();
        for (int i = 0; i < 6000; i++) {
            char country = "ABCD".charAt(random.nextInt(4));
            String period = periods[random.nextInt(periods.length)];
            String value = random.nextInt(1000) + "." + random.nextInt(100);
            String currency = random.nextInt(5) == 0 ? "EUR" : "USD";
            b.append(country).append(',').append(period).append(',').append(value).append(',').append(currency).append('\n');
            expected.merge(country + " " + period + " " + currency, new BigDecimal(value), BigDecimal::add);
        }
        TableSource t = write("long.csv", b.toString());
        SeriesReader.Result seq = SeriesReader.sequential(t, BY_COUNTRY);
        java.util.Map<String, BigDecimal> read = new java.util.TreeMap<>();
        for (SeriesReader.Group g : seq.groups()) {
            for (SeriesReader.Cell c : g.cells()) {
                for (SeriesReader.Part part : c.parts()) {
                    read.put(g.key().get(0) + " " + c.period() + " " + part.total().currency().orElseThrow(), part.total().value());
                }
            }
        }
        assertEquals(expected.keySet(), read.keySet());
        expected.forEach((k, v) -> assertEquals(0, v.compareTo(read.get(k)), k + ": " + v + " vs " + read.get(k)));
        assertEquals(42, seq.groups().get(0).cells().size());
        assertTrue(seq.groups().get(0).cells().stream().anyMatch(c -> c.parts().size() == 2), "a period in two currencies");
        for (int block : new int[] {300, 2000}) {
            SeriesReader.Result par = SeriesReader.read(t, BY_COUNTRY, parallel(block));
            assertEquals(2, par.threads());
            assertEquals(seq.groups(), par.groups(), "blocks of " + block);
        }
    }

    @Test
    void groupsAreBuiltWhenAskedForAndNotKept() throws IOException {
        // a million groups' cells are never all held at once: each get builds its group anew
        TableSource t = write("lazy.csv", messy(new Random(3), 2000, false));
        for (SeriesReader.Result r : List.of(SeriesReader.sequential(t, BY_COUNTRY), SeriesReader.read(t, BY_COUNTRY, parallel(400)))) {
            SeriesReader.Group a = r.groups().get(0);
            SeriesReader.Group b = r.groups().get(0);
            assertEquals(a, b);
            assertFalse(a == b, "built anew");
            assertEquals(r.groups().stream().mapToLong(g -> g.cells().size()).sum(), r.cells(), "cells counted from the sums");
        }
    }

    @Test
    void rowsInAnotherCurrencyAreKeptApart() throws IOException {
        TableSource t = write("cur.csv", "country,yr,usd,currency\nA,2000,1,USD\nA,2000,2,GBP\nA,2000,3,USD\n");
        SeriesReader.Result r = SeriesReader.read(t, BY_COUNTRY);
        SeriesReader.Cell c = r.groups().get(0).cells().get(0);
        assertEquals(2, c.parts().size());
        assertEquals("4 USD", c.parts().get(0).total().toString());
        assertEquals(3, c.parts().get(1).line());
        InputException e = assertThrows(InputException.class, () -> r.amount(r.groups().get(0), c));
        assertTrue(e.getMessage().startsWith("cur.csv:3: country A mixes USD (line 2) and GBP"), e.getMessage());
    }
}
