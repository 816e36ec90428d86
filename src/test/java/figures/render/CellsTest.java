package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula-neutralisation rule of CSV and TSV cells, as the README documents it. */
class CellsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2           | '=1+2",
        "+1-555-0100    | '+1-555-0100",
        "-2+3           | '-2+3",
        "@SUM(A1:A9)    | '@SUM(A1:A9)",
        "=HYPERLINK(\"http://x\") | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "-5             | -5",
        "+7.25          | +7.25",
        "-1e5           | -1e5",
        "SY             | SY",
        "a, b           | `\"a, b\"`",
        "1989-1990      | 1989-1990",
    })
    void csvCells(String cell, String written) {
        assertEquals(written, Cells.safe(cell, ','));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2 | '=1+2",
        "-5   | -5",
    })
    void tsvCells(String cell, String written) {
        assertEquals(written, Cells.safe(cell, '\t'));
    }

    @Test
    void tabAndCrAtTheStartAreNeutralisedAndLineBreaksKeptInsideQuotesOrFlattened() {
        assertEquals("'\tcmd", Cells.safe("\tcmd", ','));
        assertEquals("\"'\rcmd\"", Cells.safe("\rcmd", ','));
        assertEquals("' cmd", Cells.safe("\tcmd", '\t'));
        assertEquals("\"two\nlines\"", Cells.safe("two\nlines", ','));
        assertEquals("two lines", Cells.safe("two\nlines", '\t'));
    }

    @Test
    void humanFormatsShowControlCharactersInsteadOfSendingThemToTheTerminal() {
        Renderer r = new Renderer(Renderer.Options.defaults());
        assertEquals("x\\u001B[2Jy", r.human("x\u001B[2Jy"));
        assertEquals("a\\nb", r.human("a\nb"));
    }
}
