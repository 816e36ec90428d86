package figures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void aShortExpressionIsShownWholeWithTheCaretUnderItsColumn() {
        assertArrayEquals(new String[] {"  73% of (13.4bn USD", "         ^"}, Errors.caret("73% of (13.4bn USD", 8));
    }

    @Test
    void aLongExpressionIsCutToAWindowAroundTheColumnAndTheCaretStillPointsAtIt() {
        String expr = "1 + ".repeat(50) + "x";
        int column = expr.indexOf('x') + 1;
        String[] lines = Errors.caret(expr, column);
        assertTrue(lines[0].length() <= 2 + 1 + Errors.CARET_WIDTH + 1, lines[0]);
        assertTrue(lines[0].startsWith("  …"), lines[0]);
        assertEquals('x', lines[0].charAt(lines[1].indexOf('^')));
        // in the middle: cut on both sides, the caret on the column's character
        String middle = "a".repeat(100) + "B" + "c".repeat(100);
        String[] m = Errors.caret(middle, 101);
        assertTrue(m[0].endsWith("…") && m[0].startsWith("  …"), m[0]);
        assertEquals('B', m[0].charAt(m[1].indexOf('^')));
    }

    @Test
    void anAmountSplitByTheShellIsFoundAgain() {
        assertEquals("100 EUR", Errors.unquotedAmount(new String[] {"convert", "100", "EUR", "--to", "GBP"}, List.of("EUR")));
        assertEquals("13.4 bn USD", Errors.unquotedAmount(new String[] {"convert", "13.4", "bn", "USD", "--to", "GBP"}, List.of("bn", "USD")));
        assertNull(Errors.unquotedAmount(new String[] {"convert", "100", "hello"}, List.of("hello")));
        assertNull(Errors.unquotedAmount(new String[] {"convert", "--frob"}, List.of("--frob")));
    }
}
