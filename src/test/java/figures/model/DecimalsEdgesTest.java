package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decimal limits at their edges (1e30 and 1e31, 1e-30 and 1e-31; results at 1e±100 and with
 * 200 decimal places), the writing of plain numbers, and control characters in messages.
 */
class DecimalsEdgesTest {
    private static String message(Runnable r) {
        return assertThrows(CalcException.class, r::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "9.9e30", "1e-30", "-1e30", "0e30", "1E+30", "1.000e-27"})
    void literalsAtTheLimitsAreRead(String text) {
        assertEquals(new BigDecimal(text), Decimals.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1e31     | '1e31' is out of range: figures must be below 1e31 in size",
        "-1e31    | '-1e31' is out of range: figures must be below 1e31 in size",
        "1e-31    | '1e-31' is out of range: nonzero figures must be at least 1e-30 in size",
        "1e9999999999999 | '1e9999999999999' is out of range: figures must be below 1e31 in size",
        "1e-9999999999999 | '1e-9999999999999' is out of range: nonzero figures must be at least 1e-30 in size",
        "1e999999999999 | '1e999999999999' is out of range: figures must be below 1e31 in size",
        "0e999999999999 | '0e999999999999' is out of range (at most 70 decimal places, and a power of ten of at most 30)",
        "0e-71    | '0e-71' is out of range (at most 70 decimal places, and a power of ten of at most 30)",
        "0e31     | '0e31' is out of range (at most 70 decimal places, and a power of ten of at most 30)",
    })
    void literalsBeyondTheLimitsAreRefused(String text, String expected) {
        assertEquals(expected, message(() -> Decimals.parse(text)));
    }

    @Test
    void exponentsWithSignsAndLeadingZeros() {
        assertEquals(new BigDecimal("1.5E+3"), Decimals.parse("1.5e+3"));
        assertEquals(new BigDecimal("1.5E-3"), Decimals.parse("1.5e-003"));
        assertEquals(new BigDecimal("15"), Decimals.parse("1.5e1"));
        assertEquals(new BigDecimal("1.5"), Decimals.parse("1.5e000"));
        assertEquals(new BigDecimal("-2.50"), Decimals.parse("-2.50"));
    }

    @Test
    void resultsWithinAHundredPowersOfTenAndTwoHundredPlaces() {
        BigDecimal big = new BigDecimal("9.99e100");
        assertSame(big, Decimals.checkResult(big));
        assertSame(BigDecimal.ZERO, Decimals.checkResult(BigDecimal.ZERO));
        BigDecimal zeroWithPlaces = new BigDecimal(BigInteger.ZERO, 300);
        assertSame(zeroWithPlaces, Decimals.checkResult(zeroWithPlaces));
        BigDecimal small = new BigDecimal("-1e-100");
        assertSame(small, Decimals.checkResult(small));
        assertEquals("a result is out of range: about 1e+101 (results are shown within 1e\u00B1100; check the inputs)",
                message(() -> Decimals.checkResult(new BigDecimal("1e101"))));
        assertEquals("a result is out of range: about -1.235e-101 (results are shown within 1e\u00B1100; check the inputs)",
                message(() -> Decimals.checkResult(new BigDecimal("-1.23456e-101"))));
        // 200 decimal places are kept, 201 are not
        BigDecimal twoHundred = BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(200));
        assertSame(twoHundred, Decimals.checkResult(twoHundred));
        BigDecimal more = BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(201));
        assertEquals("a result needs 201 decimal places to be exact (at most 200 are kept); round a factor (round(x, 10)) or give fewer digits",
                message(() -> Decimals.checkResult(more)));
        // at the largest and smallest magnitude kept, too many places are still too many
        BigDecimal largest = new BigDecimal(BigInteger.TEN.pow(301).add(BigInteger.ONE), 201);
        assertEquals(100, Decimals.magnitude(largest));
        assertTrue(message(() -> Decimals.checkResult(largest)).startsWith("a result needs 201 decimal places"));
        BigDecimal smallest = new BigDecimal(BigInteger.TEN.pow(101).add(BigInteger.ONE), 201);
        assertEquals(-100, Decimals.magnitude(smallest));
        assertTrue(message(() -> Decimals.checkResult(smallest)).startsWith("a result needs 201 decimal places"));
    }

    @Test
    void rangeOfAComputedValue() {
        assertEquals(new BigDecimal("1E+30"), Decimals.checkRange(new BigDecimal("1E+30"), "x"));
        assertEquals(new BigDecimal("1E-30"), Decimals.checkRange(new BigDecimal("1E-30"), "x"));
        assertEquals("'x' is out of range: figures must be below 1e31 in size", message(() -> Decimals.checkRange(new BigDecimal("1E+31"), "x")));
        assertEquals("'x' is out of range: nonzero figures must be at least 1e-30 in size",
                message(() -> Decimals.checkRange(new BigDecimal("1E-31"), "x")));
        assertEquals(BigDecimal.ZERO, Decimals.checkRange(BigDecimal.ZERO, "x"));
    }

    @Test
    void plainNumbersWithoutTrailingZerosOrExponents() {
        assertEquals("120", Decimals.plain(new BigDecimal("1.2E+2")));
        assertEquals("2.5", Decimals.plain(new BigDecimal("2.500")));
        assertEquals("0", Decimals.plain(new BigDecimal("0.000")));
        assertEquals("10", Decimals.plain(BigDecimal.TEN));
        assertEquals("123", Decimals.roundSignificant(new BigDecimal("123.456"), 2).toString(), "the integer digits are kept");
        assertEquals("1.2", Decimals.roundSignificant(new BigDecimal("1.23"), 2).toString());
        assertEquals("124", Decimals.roundSignificant(new BigDecimal("123.5"), 3).toString());
        assertEquals("1.2", Decimals.roundSignificant(new BigDecimal("1.2000"), 4).toString());
        assertEquals("0.0013", Decimals.roundSignificant(new BigDecimal("0.00125"), 2).toString());
        assertEquals("1000", Decimals.roundSignificant(new BigDecimal("999.96"), 2).toString(), "the integer digits are kept");
        assertEquals("0", Decimals.roundSignificant(new BigDecimal("0.000"), 2).toString());
        assertEquals(new BigDecimal("0.1235"), Decimals.round(new BigDecimal("0.123456"), 4));
        assertEquals(new BigDecimal("0.13"), Decimals.round(new BigDecimal("0.125"), 2), "half up");
    }

    @Test
    void theDivisionsOfThePolicy() {
        assertEquals(new BigDecimal("0.5"), Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(2)));
        assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(3)));
        assertEquals(new BigDecimal("0.3333333333333333333333333333333333"), Decimals.ratio(BigDecimal.ONE, BigDecimal.valueOf(3)));
        assertEquals(50, Decimals.guarded(BigDecimal.ONE, BigDecimal.valueOf(3)).precision());
        assertEquals(new BigDecimal("0.333"), Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(3), new MathContext(3)));
        assertEquals(new BigDecimal("1.5"), Decimals.half(BigDecimal.valueOf(3)));
        assertEquals(34, Decimals.result(new BigDecimal("1.00000000000000000000000000000000009")).precision());
    }

    @Test
    void hintsForSeparatorsOfOtherLocales() {
        String commas = " (commas are ambiguous: write 1095 or 1_095 for a thousand and ninety-five, 1.095 for a decimal)";
        assertEquals(commas, Decimals.hint("1,095"));
        assertEquals(commas, Decimals.hint("-1,095.5"));
        assertEquals(commas, Decimals.hint("1.095,5"));
        assertEquals(commas, Decimals.hint("12,5"));
        assertEquals("", Decimals.hint("12.5"));
        assertEquals("", Decimals.hint("abc"));
    }

    @Test
    void arabicThousandsSeparatorsStandBetweenGroupsOfThree() {
        assertEquals("1_500.5", Decimals.normalise("١٬٥٠٠٫٥"));
        for (String bad : new String[] {"\u066C\u0661\u0662\u0663", "\u0661\u066C\u0665"}) {
            assertTrue(message(() -> Decimals.normalise(bad)).contains("must stand between groups of three digits"), bad);
        }
        assertEquals("-5", Decimals.normalise("\u22125"));
    }

    @Test
    void messagesQuoteShortTextWholeAndLongTextShortened() {
        String forty = "x".repeat(40);
        assertEquals(forty, Decimals.abbreviate(forty));
        String fortyOne = "abcdefghijklmnopqrstuvwxyz0123456789ABCDE";
        assertEquals("abcdefghijklmnopqrst…56789ABCDE (41 characters)", Decimals.abbreviate(fortyOne));
        assertEquals("a\\nb", Decimals.abbreviate("a\nb"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a b      | a b",
        "é ü      | é ü",
    })
    void printableTextIsShownAsItIs(String text, String expected) {
        assertEquals(expected, Decimals.visible(text));
        assertSame(text, Decimals.visible(text));
    }

    @Test
    void controlCharactersAreShownAsEscapes() {
        assertEquals("a\\nb\\rc\\td", Decimals.visible("a\nb\rc\td"));
        assertEquals("\\u001F \\u007F~\\u0080\\u009F\u00A0", Decimals.visible("\u001F \u007F~\u0080\u009F\u00A0"));
        assertEquals("x\\u2028y\\u2029", Decimals.visible("x\u2028y\u2029"));
        assertEquals("\\u0000", Decimals.visible("\u0000"));
        assertEquals("ok \\n", Decimals.visible("ok \n"));
    }
}
