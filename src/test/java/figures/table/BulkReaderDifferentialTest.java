package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.FiguresException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path ({@link BlockScanner}, blocks read in parallel, from a file or a stream) against
 * the strict reader ({@link SeriesReader#sequential}, Commons CSV through {@link CsvTable}) over
 * generated messy tables: quoted cells (commas, line breaks, {@code ""}, spaces inside and
 * around), LF, CRLF and CR line ends, a byte order mark, comments and blank lines, Unicode cells
 * and Unicode spaces, spans and amounts in other notations, no line end at the end; and, in half
 * of them, one bad row somewhere (a bad amount, an unknown currency, a ragged row, a NUL byte,
 * invalid UTF-8, an unclosed quote, text after a closing quote, an empty group cell). Each table
 * is read with blocks of every size from a few bytes to the whole table, so a block ends at every
 * line end; each read must give the strict reader's groups and rows, or its error message and
 * exit code. (The bad-input corpus is run the same way, through the commands: see
 * figures.BulkPathCorpusTest.)
 */
class BulkReaderDifferentialTest {
    @TempDir
    Path dir;

    private static final SeriesReader.Spec SPEC = new SeriesReader.Spec(List.of("country", "product"), "yr", "usd");

    /** What a read gave: the groups and rows, or the error (message and exit code); and whether it ran in parallel. */
    private record Outcome(String what, boolean parallel) {
        static Outcome of(java.util.function.Supplier<SeriesReader.Result> read) {
            try {
                SeriesReader.Result r = read.get();
                return new Outcome(r.groups() + " rows=" + r.rows() + " by=" + r.by() + " " + r.periodColumn() + "/" + r.valueColumn(),
                        r.threads() > 1);
            } catch (FiguresException e) {
                return new Outcome("exit " + e.exitCode() + ": " + e.getMessage(), false);
            }
        }
    }

    @Test
    void everyBlockSizeGivesTheStrictReadersAnswerOrError() throws IOException {
        Random random = new Random(20261204);
        int valid = 0;
        int parallel = 0;
        int errors = 0;
        for (int table = 0; table < 24; table++) {
            boolean bad = table % 2 == 1;
            byte[] bytes = messy(random, 12 + random.nextInt(30), bad);
            Path p = dir.resolve("t" + table + ".csv");
            Files.write(p, bytes);
            TableSource file = TableSource.file(p.getFileName().toString(), dir, System.in);
            TableSource stream = TableSource.of(file.name(), () -> new ByteArrayInputStream(bytes));
            Outcome strict = Outcome.of(() -> SeriesReader.sequential(file, SPEC));
            errors += strict.what().startsWith("exit ") ? 1 : 0;
            // every block size for the first tables (a block ends at every line end), a sample for the rest
            for (int block = 8; block <= bytes.length + 1; block += table < 2 ? 1 : 1 + random.nextInt(16)) {
                int b = block;
                Outcome fromFile = Outcome.of(() -> SeriesReader.read(file, SPEC, new SeriesReader.Options(2, b, 0)));
                String where = "table " + table + " read in blocks of " + b + " bytes:\n" + new String(bytes, StandardCharsets.UTF_8);
                assertEquals(strict.what(), fromFile.what(), "from the file, " + where);
                if (block % 4 == 0) {
                    Outcome fromStream = Outcome.of(() -> SeriesReader.read(stream, SPEC, new SeriesReader.Options(2, b, 0)));
                    assertEquals(strict.what(), fromStream.what(), "from a stream, " + where);
                }
                if (!strict.what().startsWith("exit ")) {
                    valid++;
                    parallel += fromFile.parallel() ? 1 : 0;
                }
            }
        }
        assertTrue(errors >= 8, "the bad tables should fail: " + errors);
        // the bulk path must really have read them, not given up on everything
        assertTrue(parallel > valid / 3, "read in parallel " + parallel + " times of " + valid);
    }

    @Test
    void aLargeMessyTableOnStdinIsReadInParallelLikeTheFile() throws IOException {
        Random random = new Random(5);
        byte[] bytes = messy(random, 4000, false);
        Path p = dir.resolve("big.csv");
        Files.write(p, bytes);
        TableSource file = TableSource.file("big.csv", dir, System.in);
        TableSource stream = TableSource.of("big.csv", () -> new ByteArrayInputStream(bytes));
        Outcome strict = Outcome.of(() -> SeriesReader.sequential(file, SPEC));
        for (int block : new int[] {512, 4096, 65536}) {
            SeriesReader.Options o = new SeriesReader.Options(2, block, 0);
            assertEquals(strict.what(), Outcome.of(() -> SeriesReader.read(file, SPEC, o)).what(), "file, blocks of " + block);
            assertEquals(strict.what(), Outcome.of(() -> SeriesReader.read(stream, SPEC, o)).what(), "stream, blocks of " + block);
        }
    }

    /**
     * Tables with another delimiter ({@code ; tab |}, given or found from the header line) and
     * numbers in a form (decimal comma, thousands grouped by a point, comma, apostrophe or space),
     * read with that reading: the bulk path must give the strict reader's groups, or its error,
     * in blocks of every size; half the tables have one bad row (a number not of the form among them).
     */
    @Test
    void otherDelimitersAndNumberFormsGiveTheStrictReadersAnswerOrError() throws IOException {
        Random random = new Random(20261207);
        NumberForm[] forms = {NumberForm.PLAIN, new NumberForm(true, '.'), new NumberForm(false, ','), new NumberForm(true, ' '),
            new NumberForm(false, '\''), new NumberForm(true, (char) 0)};
        int valid = 0;
        int parallel = 0;
        int errors = 0;
        for (int table = 0; table < 24; table++) {
            char d = Reading.DELIMITERS.charAt(table % 4);
            NumberForm form = forms[random.nextInt(forms.length)];
            boolean bad = table % 2 == 1;
            // a third of the tables in millions (--scale m): a cell with its own scale word is then an error
            Reading.Unit unit = table % 3 == 0 ? new Reading.Unit(null, 6, "m") : Reading.Unit.NONE;
            byte[] bytes = formed(random, 10 + random.nextInt(30), bad, d, form, unit.exponent() != 0);
            Path p = dir.resolve("f" + table + ".csv");
            Files.write(p, bytes);
            TableSource file = TableSource.file(p.getFileName().toString(), dir, System.in);
            TableSource stream = TableSource.of(file.name(), () -> new ByteArrayInputStream(bytes));
            // the delimiter given, or found from the header line
            SeriesReader.Spec spec = SPEC.reading(Reading.DEFAULT.delimiter(random.nextBoolean() ? d : 0).numbers(form).unit(unit));
            Outcome strict = Outcome.of(() -> SeriesReader.sequential(file, spec));
            errors += strict.what().startsWith("exit ") ? 1 : 0;
            for (int block = 8; block <= bytes.length + 1; block += table < 4 ? 1 : 1 + random.nextInt(16)) {
                int b = block;
                Outcome fromFile = Outcome.of(() -> SeriesReader.read(file, spec, new SeriesReader.Options(2, b, 0)));
                String where = "table " + table + " (" + Reading.describe(d) + ", " + form + ") read in blocks of " + b + " bytes:\n"
                        + new String(bytes, StandardCharsets.UTF_8);
                assertEquals(strict.what(), fromFile.what(), "from the file, " + where);
                if (block % 4 == 0) {
                    Outcome fromStream = Outcome.of(() -> SeriesReader.read(stream, spec, new SeriesReader.Options(2, b, 0)));
                    assertEquals(strict.what(), fromStream.what(), "from a stream, " + where);
                }
                if (!strict.what().startsWith("exit ")) {
                    valid++;
                    parallel += fromFile.parallel() ? 1 : 0;
                }
            }
        }
        assertTrue(errors >= 8, "the bad tables should fail: " + errors);
        assertTrue(valid > 0 && parallel > valid / 3, "read in parallel " + parallel + " times of " + valid);
    }

    /** A number written in a form: digits grouped by its separator, its decimal mark; now and then a currency, or a scale word unless {@code scaled}. */
    private static String number(Random random, NumberForm form, boolean scaled) {
        long whole = random.nextInt(4) == 0 ? random.nextInt(1000) : (long) (random.nextDouble() * 1e9);
        String digits = Long.toString(whole);
        StringBuilder b = new StringBuilder(random.nextInt(6) == 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (form.thousands() != 0 && i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(form.thousands());
            }
            b.append(digits.charAt(i));
        }
        if (random.nextBoolean()) {
            b.append(form.decimalComma() ? ',' : '.').append(random.nextInt(100));
        }
        String[] suffixes = scaled ? new String[] {"", "", "", " USD"} : new String[] {"", "", "", "m", " USD", "bn"};
        return b.append(suffixes[random.nextInt(suffixes.length)]).toString();
    }

    /** A table of country, product, yr, usd, currency, note, source with delimiter {@code d} and numbers in {@code form}. */
    private static byte[] formed(Random random, int rows, boolean bad, char d, NumberForm form, boolean scaled) {
        String[] ends = {"\n", "\r\n"};
        String end = ends[random.nextInt(2)];
        String[] countries = {"A", "B", " A ", "\"A\"", "\"C" + d + "D\"", "Côte d’Ivoire", "\"x\"\"y\"", "E\u3000", "F G"};
        String[] notes = {"", "plain", "\"a" + d + " b\"", "\"two\nlines\"", "é", "# not a comment"};
        String[] badValues = {"12x", "1" + (form.thousands() == 0 ? "," : form.thousands()) + "23", "1.2.3", "1,2,3", "n/a"};
        String[] badPeriods = {"2001-13", "2001Q5", "2001-02-30"};
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        if (random.nextBoolean()) {
            b.append("# a comment, before the header").append(end);
        }
        b.append(String.join(String.valueOf(d), "Country", "product", "YR", "usd", "currency", "note", "source")).append(end);
        int badRow = bad ? random.nextInt(rows) : -1;
        for (int i = 0; i < rows; i++) {
            if (random.nextInt(10) == 0) {
                b.append(end);
            }
            String value = i == badRow && random.nextInt(3) > 0 ? badValues[random.nextInt(badValues.length)]
                    : number(random, form, scaled && !(i == badRow));
            if (value.indexOf(d) >= 0 || random.nextInt(5) == 0) {
                value = "\"" + value + "\"";
            }
            String[] cells = {pick(random, countries), pick(random, PRODUCTS), pick(random, PERIODS), value,
                pick(random, new String[] {"USD", "USD", ""}), pick(random, notes), "src" + random.nextInt(3)};
            if (i == badRow && random.nextBoolean()) {
                cells = java.util.Arrays.copyOf(cells, 6); // a ragged row
            } else if (i == badRow && random.nextBoolean()) {
                cells[2] = pick(random, badPeriods); // no such month, quarter or day
            }
            b.append(String.join(String.valueOf(d), cells));
            if (i < rows - 1 || random.nextBoolean()) {
                b.append(end);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Years, spans, and periods within a year (a month, a quarter, a day), as series tables write them. */
    private static final String[] PERIODS = {"2000", "2001", " 2002 ", "\"2001\"", "2004-2005", "2001-03", "2001Q2", "2002-Q3",
        "2003M7", "1999-12-31", "2001-03", "2001Q2"};
    private static final String[] COUNTRIES = {"A", "B", " A ", "\"A\"", "\" B\"", "\"C,D\"", "Côte d’Ivoire", "\"x\"\"y\"",
        "\u2003E", "E\u3000", "Ü", "\"#\"", "F G"};
    private static final String[] PRODUCTS = {"01", "02", "\"01\"", " 02", "0\"3"};
    private static final String[] YEARS = {"2000", "2001", "2002", " 2003 ", "\"2001\"", "2004-2005", "1999"};
    private static final String[] VALUES = {"12.5", "3m", "0.25", "7", "-2.5", " 4 ", "\"12.5\"", "1.5bn", "95m USD", "0.1",
        "123456789012345678901234.5", "999999999999999999", "2K", "\"1,5\"x"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "usd", "\"USD\"", "", "EUR"};
    private static final String[] NOTES = {"", "plain", "\"a, b\"", "\"two\nlines\"", "\"two\r\nlines\"", "\"say \"\"hi\"\"\"",
        "\"  spaced  \"", "é", "\"\"", "# not a comment", "a\"b"};
    private static final String[] BAD = {"A,01,2000,12x,USD,,s", "A,01,2000,1,XXX,,s", "A,01,2000,1,USD,,s,extra", "A,01,2000,1,USD",
        "A\0,01,2000,1,USD,,s", "A,01,2000,1,USD,\u00ff,s", "A,01,2000,1,USD,\"open", "A,01,2000,1,USD,\"x\" y,s", ",01,2000,1,USD,,s",
        "A,01,20x0,1,USD,,s", "  ,01,2000,1,USD,,s"};

    /**
     * A table of country, product, yr, usd, currency, note, source; {@code bad}: one bad row.
     * (EUR rows in a group of USD rows are read alike and only fail when the result is used.)
     */
    private static byte[] messy(Random random, int rows, boolean bad) {
        String[] ends = {"\n", "\r\n", "\r"};
        String end = ends[random.nextInt(3)];
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        if (random.nextBoolean()) {
            b.append("# a comment before the header, with a \"quote").append(end);
        }
        b.append("Country,product,YR,usd,currency,note,source").append(end);
        int badRow = bad ? random.nextInt(rows) : -1;
        for (int i = 0; i < rows; i++) {
            switch (random.nextInt(12)) {
                case 0 -> b.append(end);
                case 1 -> b.append("# comment \"with a quote").append(end);
                case 2 -> b.append(end).append("#").append(end);
                default -> { }
            }
            if (i == badRow) {
                String row = BAD[random.nextInt(BAD.length)];
                b.append(row.replace("\u00ff", "\u0000\u00ff")); // marks the invalid byte, written below
            } else {
                b.append(pick(random, COUNTRIES)).append(',').append(pick(random, PRODUCTS)).append(',').append(pick(random, YEARS))
                        .append(',').append(pick(random, VALUES)).append(',').append(pick(random, CURRENCIES)).append(',')
                        .append(pick(random, NOTES)).append(",src").append(random.nextInt(5));
            }
            if (i < rows - 1 || random.nextBoolean()) {
                b.append(random.nextInt(8) == 0 ? ends[random.nextInt(3)] : end); // now and then another kind of line end
            }
        }
        // VALUES[last] ("1,5"x) is text after a closing quote: an error too, so valid tables leave it out
        String text = bad ? b.toString() : b.toString().replace("\"1,5\"x", "1.5");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // the invalid UTF-8 row: a NUL followed by ÿ (C3 BF) becomes the single byte FF
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == 0 && i + 2 < utf8.length && (utf8[i + 1] & 0xff) == 0xC3 && (utf8[i + 2] & 0xff) == 0xBF) {
                out.write(0xFF);
                i += 2;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
