package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The power operator {@code ^} (also {@code **}), as spreadsheets and qalc read it. */
class PowerTest {
    private static final Environment NONE = Environment.withoutTables();

    private static Quantity eval(String text) {
        return assertInstanceOf(Quantity.class, Expressions.evaluate(text, NONE).value(), text);
    }

    private static void assertValue(String expected, String text) {
        Quantity q = eval(text);
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), text + " = " + q.value().toPlainString());
    }

    private static String error(String text) {
        return assertThrows(ExprException.class, () -> Expressions.evaluate(text, NONE), text).getMessage();
    }

    @Test
    void wholePowersAreExact() {
        assertValue("1024", "2^10");
        assertValue("1024", "2**10");
        assertValue("0.25", "2^-2");
        assertValue("1", "7^0");
        assertValue("1.62889462677744140625", "(1 + 5%)^10");
        assertValue("21827187998.81771484375", "13.4bn USD * (1 + 5%)^10");
    }

    @Test
    void bindsTighterThanSignsAndProductsAndGroupsToTheRight() {
        assertValue("-4", "-2^2");
        assertValue("4", "(-2)^2");
        assertValue("18", "2 * 3^2");
        assertValue("512", "2^3^2");
        assertValue("0.5", "2^-1");
    }

    @Test
    void aFractionalPowerHas34SignificantDigits() {
        assertValue("1.1", "1.21^(1/2)");
        Quantity root = eval("2^(1/2)");
        assertEquals("1.414213562373095048801688724209698", root.value().toPlainString());
    }

    @Test
    void theRangeFollowsTheStatedPrecision() {
        Quantity q = eval("9.8^2");
        assertEquals(0, new BigDecimal("95.0625").compareTo(q.range().lo()), q.range().toString());
        assertEquals(0, new BigDecimal("97.0225").compareTo(q.range().hi()), q.range().toString());
        Quantity across = eval("0^2");
        assertTrue(across.isExact());
    }

    @Test
    void refusesWhatHasNoMeaningOrNoEnd() {
        assertTrue(error("13.4bn USD ^ 2").contains("cannot raise an amount to a power"));
        assertTrue(error("2 ^ 50%").contains("the exponent of ^ is a plain number"));
        assertTrue(error("(-8)^(1/3)").contains("a fractional power needs a positive base"));
        assertTrue(error("10^2000").contains("out of range"));
        assertTrue(error("2^100000").contains("too large"));
        assertTrue(error("0^-1").contains("division by zero"));
    }
}
