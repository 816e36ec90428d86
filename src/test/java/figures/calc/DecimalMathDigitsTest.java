package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The logarithms, exponentials and roots to every digit of the precision asked for, against
 * mpmath at 40 digits more (the values below are its output, correctly rounded): at the edges of
 * their range (e^±1e6, exponents of seven digits), and at 60 to 120 digits, where a guard digit
 * too few or a series or iteration stopped one term early shows in the last places.
 */
class DecimalMathDigitsTest {
    private static final MathContext R = MathContext.DECIMAL128;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static void assertDigits(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but got " + actual);
    }

    @Test
    void toEveryDigitAsked() {
        // e^1 000 000, the largest power taken
        assertDigits("3.033215396802087545086402141418114E+434294", DecimalMath.exp(d("1000000"), R));
        assertDigits("3.296831478088558578968907969107724E-434295", DecimalMath.exp(d("-1000000"), R));
        // halved 24 times and squared back: the guard digits must cover 2^24
        assertDigits("4.001438939263081757098247170740967E+53616", DecimalMath.exp(d("123456.789"), R));
        // an exponent of seven digits: ln 10 times it needs seven more
        assertDigits("-2302582.790408952689972307436692910", DecimalMath.ln(d("1e-999999"), R));
        assertDigits("2302584.736319101745285612542045653", DecimalMath.ln(d("7e999999"), R));
        // beyond the 113 digits of ln 10 kept: ln 10 computed
        assertDigits("9.42106132129183197652678399107144604894183363008052458403992644391521650303951675327525009864327838897273462968074013609", DecimalMath.ln(d("12345.678"), new MathContext(120)));
        // more digits than a result shows: every term of the series counts
        assertDigits("0.0953101798043248600439521232807650922206053653086441991852398", DecimalMath.ln1p(d("0.1"), new MathContext(60)));
        assertDigits("0.09531017980432486004395212328076509222060536530864419918523980816300101423588423283905750291303649307", DecimalMath.ln1p(d("0.1"), new MathContext(100)));
        assertDigits("0.349858807576003103983744313328007330378299697359365803049918", DecimalMath.expm1(d("0.3"), new MathContext(60)));
        assertDigits("0.3498588075760031039837443133280073303782996973593658030499179899396125873995398912937964857840967152", DecimalMath.expm1(d("0.3"), new MathContext(100)));
        // Halley: one step from the double start gives 48 digits, not 100
        // growth by 1e30 over 2 periods, g with a negative scale and without: a double start far from 1
        assertDigits("999999999999999.0000000000000005000", DecimalMath.rootRate(d("1E+30"), d("2"), R));
        assertDigits("999999999999999.0000000000000000000", DecimalMath.rootRate(d("999999999999999999999999999999"), d("2"), R));
        assertDigits("0.1447142425533318678080422119396770089159069207879310720990521740656742990242141504376081610309170455", DecimalMath.rootRate(d("0.5"), d("3"), new MathContext(100)));
        assertDigits("0.1760790225246735725849778139417852567140266722369824575141119349617734030742299016160238366413712972", DecimalMath.rootRate(d("0.5"), d("2.5"), new MathContext(100)));
        assertDigits("0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633269964186875", DecimalMath.ln(d("2"), new MathContext(100)));
        // a mantissa above 1.5: from the double logarithm, corrected
        assertDigits("1.945910149055313305105352743443179729637084729581861188459390149937579862752069267787658498587871527", DecimalMath.ln(d("7"), new MathContext(100)));
        assertDigits("1096.633158428458599263720238288121432442219134833613143782739240776121769331233129022478568787249844", DecimalMath.exp(d("7"), new MathContext(100)));
    }

    @Test
    void outsideTheirRange() {
        assertEquals(BigDecimal.ONE, DecimalMath.exp(BigDecimal.ZERO, R));
        assertEquals("e^1000001 is out of range", assertThrows(CalcException.class, () -> DecimalMath.exp(d("1000001"), R)).getMessage());
        assertEquals("the logarithm of 0 is undefined", assertThrows(CalcException.class, () -> DecimalMath.ln(BigDecimal.ZERO, R)).getMessage());
        assertEquals("the logarithm of 0 is undefined", assertThrows(CalcException.class, () -> DecimalMath.ln1p(d("-1"), R)).getMessage());
        assertEquals("the logarithm of -1 is undefined", assertThrows(CalcException.class, () -> DecimalMath.ln1p(d("-2"), R)).getMessage());
        assertEquals(BigDecimal.ONE.negate(), DecimalMath.rootRate(d("-1"), d("3"), R), "all of it lost, over any number of years");
    }

    @Test
    void plainValuesHaveNoTrailingZerosAndNoExponent() {
        assertEquals("120", DecimalMath.plain(d("1.20E+2")).toPlainString());
        assertEquals(0, DecimalMath.plain(d("1.20E+2")).scale());
        assertEquals("12.5", DecimalMath.plain(d("12.5000")).toString());
        assertEquals("0", DecimalMath.plain(d("0E-5")).toString());
    }
}
