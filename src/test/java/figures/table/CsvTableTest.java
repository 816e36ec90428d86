package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static TableSource text(String s) {
        return TableSource.of("t.csv", () -> new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Long> lines(String s) {
        List<Long> lines = new ArrayList<>();
        CsvTable.of(text(s), "a").forEach(r -> lines.add(r.line()));
        return lines;
    }

    @Test
    void rowsKnowTheirLineAcrossCommentsBlankLinesAndQuotedNewlines() {
        assertEquals(List.of(3L, 5L, 7L), lines("a,b\n# comment\n1,2\n\n\"x\ny\",3\n4,5"));
        assertEquals(List.of(2L, 3L), lines("\uFEFFA,b\r\n1,2\r\n3,4\r\n"));
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        List<String> got = new ArrayList<>();
        CsvTable.of(text("Debtor,AMOUNT\nSY,1\n"), "debtor", "amount").forEach(r -> got.add(r.text("amount")));
        assertEquals(List.of("1"), got);
    }

    @Test
    void structuralProblemsNameFileAndLine() {
        assertMessage("t.csv:1: missing required column 'a' (columns found: b, c)", "b,c\n1,2\n");
        assertMessage("t.csv:3: row has 3 cells but the header has 2 columns (a, b)", "a,b\n1,2\n1,2,3\n");
        assertMessage("t.csv:1: columns 1 and 2 of the header are both named 'a' (column names are case-insensitive)", "a,A\n1,2\n");
        assertMessage("t.csv:1: no rows after the header", "a,b\n");
        assertTrue(message("").startsWith("t.csv: empty table"));
    }

    @Test
    void invalidUtf8IsAnInputError() {
        byte[] bad = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        InputException e = assertThrows(InputException.class,
                () -> CsvTable.of(TableSource.of("t.csv", () -> new ByteArrayInputStream(bad)), "a").forEach(r -> { }));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    }

    private static String message(String csv) {
        return assertThrows(InputException.class, () -> CsvTable.of(text(csv), "a").forEach(r -> { })).getMessage();
    }

    private static void assertMessage(String expected, String csv) {
        assertEquals(expected, message(csv));
    }
}
