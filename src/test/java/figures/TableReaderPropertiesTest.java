package figures;

import static figures.PropertyChecks.forAll;
import static figures.PropertyChecks.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import figures.table.CsvTable;
import figures.table.DebtsReader;
import figures.table.TableSource;
import figures.table.TableSummary;
import figures.table.WriteoffsReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The table readers answer any input with rows or the project's own input error, naming the file and line. */
class TableReaderPropertiesTest {
    private static final List<String> COLUMNS = List.of(
            "debtor", "creditor", "year", "debt", "percent", "written_off", "remaining", "currency", "amount", "note", "source",
            "Debtor", " year ", "\"debt\"", "", "x");

    /** Bytes that are mostly a write-off or debt table, with every kind of damage now and then. */
    static byte[] anyTable(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.nextInt(10) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String eol = oneOf(r, List.of("\n", "\n", "\r\n", "\r"));
        List<String> header = new ArrayList<>(List.of("debtor", "creditor", "year", "debt", "percent"));
        int extra = r.nextInt(6);
        for (int i = 0; i < extra; i++) {
            header.add(oneOf(r, COLUMNS));
        }
        if (r.nextInt(8) == 0) {
            header.remove(r.nextInt(header.size()));
        }
        write(out, String.join(",", header) + eol);
        int rows = r.nextInt(6);
        for (int i = 0; i < rows; i++) {
            int cells = r.nextInt(8) == 0 ? r.nextInt(header.size() + 2) : header.size();
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                row.add(r.nextInt(4) == 0 ? cell(r) : c < header.size() ? good(header.get(c), i) : "");
            }
            write(out, String.join(",", row) + (r.nextInt(10) == 0 ? "" : eol));
            if (r.nextInt(15) == 0) {
                out.write(oneOf(r, List.of(0x00, 0xFF, 0xC3, 0x80, 0xFE)));
            }
            if (r.nextInt(15) == 0) {
                write(out, oneOf(r, List.of("# comment" + eol, eol, "\"" + eol, "," + eol)));
            }
        }
        return out.toByteArray();
    }

    /** A good value for the column, in row {@code i}. */
    private static String good(String column, int i) {
        return switch (column) {
            case "debtor" -> "SY";
            case "creditor" -> "RU";
            case "year" -> String.valueOf(2000 + i);
            case "debt", "amount" -> "13.4bn";
            case "percent" -> "73";
            case "written_off" -> "9.782bn";
            case "remaining" -> "3.618bn";
            case "currency" -> "USD";
            default -> "text";
        };
    }

    private static String cell(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "\"" + ParserPropertiesTest.amountish(r).replace("\"", "\"\"") + (r.nextInt(5) == 0 ? "\n" : "") + "\"";
            case 1 -> PropertyChecks.anyText(r, 6);
            case 2 -> "";
            case 3 -> String.valueOf(1690 + r.nextInt(40));
            case 4 -> oneOf(r, List.of("SY", "RU", "USD", "GBP", "73", "13.4bn", "9.8bn", "2.11bn", "-1", "130", "2005", "2005-2006"));
            default -> ParserPropertiesTest.amountish(r).replace(",", "").replace("\"", "");
        };
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static TableSource source(byte[] bytes) {
        return TableSource.of("t.csv", () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void everyReaderAnswersAnyBytesWithRowsOrAnInputError() {
        AtomicInteger read = new AtomicInteger();
        forAll("table readers", TableReaderPropertiesTest::anyTable, bytes -> {
            if (readsOrSaysWhere(() -> WriteoffsReader.read(source(bytes)))) {
                read.incrementAndGet();
            }
            readsOrSaysWhere(() -> DebtsReader.read(source(bytes)));
            readsOrSaysWhere(() -> TableSummary.of(source(bytes)));
            readsOrSaysWhere(() -> CsvTable.of(source(bytes)).forEach(row -> row.cells()));
        });
        assertTrue(read.get() > PropertyChecks.TRIES / 50, "the generator should make some readable tables: " + read);
    }

    @Test
    void everyReaderAnswersArbitraryBytesWithRowsOrAnInputError() {
        forAll("readers on raw bytes", r -> {
            byte[] b = new byte[r.nextInt(200)];
            r.nextBytes(b);
            return b;
        }, bytes -> readsOrSaysWhere(() -> WriteoffsReader.read(source(bytes))));
    }

    /** True when the reader read the table; false when it threw an InputException naming t.csv. */
    private static boolean readsOrSaysWhere(Runnable read) {
        try {
            read.run();
            return true;
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("t.csv:") || e.getMessage().startsWith("t.csv: "), e.getMessage());
            assertTrue(e.getMessage().length() < 600 && e.getMessage().lines().count() == 1, e.getMessage());
            return false;
        }
    }
}
