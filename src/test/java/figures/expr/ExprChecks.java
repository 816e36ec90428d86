package figures.expr;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An expression evaluated without tables: its quantity, or its error's message. */
final class ExprChecks {
    private static final Environment NONE = Environment.withoutTables();

    private ExprChecks() {
    }

    static Quantity eval(String text) {
        return assertInstanceOf(Quantity.class, Expressions.evaluate(text, NONE).value(), text);
    }

    static String error(String text) {
        return assertThrows(ExprException.class, () -> Expressions.evaluate(text, NONE), text).getMessage();
    }

    static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), "expected '" + expected + "' in: " + actual);
    }
}
