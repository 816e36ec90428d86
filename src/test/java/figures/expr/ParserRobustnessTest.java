package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import figures.model.CalcException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text either evaluates or fails with the language's own error; nothing else, and nothing deep. */
class ParserRobustnessTest {
    private static final String ALPHABET = "0123456789.,_eE+-*/()%@$£€ '\"abcmnkUSDGBPofin×÷−٣٫\t=";

    @Test
    void randomTextEvaluatesOrFailsCleanly() {
        Random random = new Random(20050125);
        String[] pieces = {"13.4bn USD", "73%", " of ", " in USD@2024", "(", ")", " + ", " - ", " * ", " / ", "growth(", ", ",
            "pmt(", "round(", "1e30", "-", "2002", "1989-1990", "writeoffs(SY, RU, 2005)", ".remaining", "'"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
            String text = b.toString();
            try {
                Expressions.evaluate(text, Environment.withoutTables());
            } catch (CalcException expected) {
                // ExprException or a calc error: the language's own errors
                if (expected instanceof ExprException e) {
                    assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, text + " -> column " + e.column());
                }
            } catch (RuntimeException e) {
                fail("'" + text + "' threw " + e);
            }
        }
    }

    @Test
    void deepNestingAndLongExpressionsAreRefused() {
        ExprException deep = assertThrows(ExprException.class, () -> Expressions.evaluate("(".repeat(150) + "1" + ")".repeat(150), Environment.withoutTables()));
        assertTrue(deep.reason().contains("nested too deeply"), deep.getMessage());
        assertThrows(ExprException.class, () -> Expressions.evaluate("-".repeat(100_000) + "1", Environment.withoutTables()));
        ExprException longOne = assertThrows(ExprException.class, () -> Expressions.evaluate("1" + " + 1".repeat(100_000), Environment.withoutTables()));
        assertTrue(longOne.reason().contains("too long"), longOne.getMessage());
        // within the limits, long chains still evaluate
        assertEquals(0, new java.math.BigDecimal("901").compareTo(((Quantity) Expressions.evaluate("1" + " + 1".repeat(900),
                Environment.withoutTables()).value()).value()));
    }

    @Test
    void repeatedProductsStayBounded() {
        ExprException e = assertThrows(ExprException.class,
                () -> Expressions.evaluate("1e30" + " * 1e30".repeat(40), Environment.withoutTables()));
        assertTrue(e.reason().contains("out of range"), e.getMessage());
    }
}
