package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented limits of decimal literals: 40 significant digits, powers of ten within ±30. */
class DecimalsLimitsTest {
    @ParameterizedTest
    @CsvSource({
        "13.40, 13.40", "1_500_000, 1500000", "9.8e9, 9.8E+9", "-0.5, -0.5", ".5, 0.5", "5., 5", "0.00, 0.00",
        "1e-5, 0.00001", "+7, 7", "0013.4, 13.4", "1E+2, 1E+2", "00.0010, 0.0010"})
    void keepsTheLiteralsValueAndScale(String text, String expected) {
        assertEquals(new BigDecimal(expected), Decimals.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1234567890.123456789012345678901234567890", // 40 significant digits
        "0.000000001234567890123456789012345678901234567890",
        "1e30", "9.999999999999999999999999999999999999999e30", "1e-30", "-1e-30", "0e-70", "0e30"})
    void acceptsValuesAtTheLimits(String text) {
        Decimals.parse(text);
    }

    @Test
    void rejectsMoreThan40SignificantDigitsWithTheCount() {
        assertEquals("'12345678901234567890…2345678901 (41 characters)' has 41 significant digits; at most 40 are accepted",
                assertThrows(CalcException.class, () -> Decimals.parse("12345678901234567890123456789012345678901")).getMessage());
        assertTrue(message("9".repeat(10_000)).contains("has 10000 significant digits"));
        assertTrue(message("1." + "0".repeat(10_000)).contains("has 10001 significant digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e31", "10e30", "1e999999999", "9.8e2147483648", "1e99999999999999999999999", "-1e31"})
    void rejectsValuesTooLarge(String text) {
        assertEquals("'" + text + "' is out of range: figures must be below 1e31 in size", message(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-31", "0.1e-30", "1e-999999999", "1e-2147483649", "0.0000000000000000000000000000001"})
    void rejectsNonzeroValuesTooSmall(String text) {
        assertEquals("'" + text + "' is out of range: nonzero figures must be at least 1e-30 in size", message(text));
    }

    @Test
    void rejectsTooManyDecimalPlacesEvenForZero() {
        assertTrue(message("0." + "0".repeat(71)).contains("is out of range (at most 70 decimal places"), message("0." + "0".repeat(71)));
        assertTrue(message("0e31").contains("is out of range"));
    }

    @Test
    void aHugeLiteralCostsNoMoreThanReadingIt() {
        // a million leading zeros must not reach BigInteger's quadratic parsing
        String text = "0".repeat(1_000_000) + "1.5";
        assertEquals(new BigDecimal("1.5"), Decimals.parse(text));
    }

    @Test
    void limitsApplyAfterAScaleWord() {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse("1e25tn USD"));
        assertEquals("'1e25tn USD' is out of range: figures must be below 1e31 in size", e.getMessage());
    }

    @Test
    void percentsHaveTheSameLimits() {
        assertEquals("'1e999999999' is out of range: figures must be below 1e31 in size",
                assertThrows(CalcException.class, () -> Percent.parse("1e999999999%")).getMessage());
    }

    private static String message(String text) {
        return assertThrows(CalcException.class, () -> Decimals.parse(text)).getMessage();
    }
}
