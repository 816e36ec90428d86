package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of Finance's argument checks, from the accepted side: the smallest nper each function
 * takes, per at 1 and at nper, type 1, a rate or guess just above -1. (FinanceTest has the
 * rejected side; together they pin each check to its exact boundary.)
 */
class FinanceBoundariesTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but got " + actual);
    }

    @Test
    void oneAndZeroPeriodsAreAcceptedWhereTheyMeanSomething() {
        assertExact("-1100", Finance.pmt(d("0.1"), 1, d("1000"), ZERO, 0));
        assertExact("-100", Finance.ipmt(d("0.1"), 1, 1, d("1000"), ZERO, 0));
        assertExact("-1000", Finance.ppmt(d("0.1"), 1, 1, d("1000"), ZERO, 0));
        assertExact("0", Finance.pv(d("0.1"), 0, d("-100"), ZERO, 0));
        assertExact("1000", Finance.fv(d("0.1"), 0, d("-100"), d("-1000"), 0));
        assertExact("0.1", Finance.rri(1, d("100"), d("110")));
        assertExact("0.1", Finance.rate(1, ZERO, d("-100"), d("110"), 0, null));
        assertThrows(CalcException.class, () -> Finance.rri(0, d("100"), d("110")));
        assertThrows(CalcException.class, () -> Finance.rate(0, ZERO, d("-100"), d("110"), 0, null));
        assertThrows(CalcException.class, () -> Finance.ipmt(d("0.1"), 1, 0, d("1000"), ZERO, 0));
        assertThrows(CalcException.class, () -> Finance.pv(d("0.1"), -1, d("-100"), ZERO, 0));
    }

    @Test
    void paymentsAtTheStartAreTypeOne() {
        // paid at once, the loan earns no interest: the payment is the principal
        assertExact("-1000", Finance.pmt(d("0.1"), 1, d("1000"), ZERO, 1));
        assertExact("0", Finance.ipmt(d("0.1"), 1, 2, d("1000"), ZERO, 1));
        assertExact("1100", Finance.fv(d("0.1"), 1, d("-1000"), ZERO, 1));
        assertExact("-1100", Finance.pv(d("0.1"), 1, d("1100"), ZERO, 1)); // paid at once: not discounted
        assertExact("1", Finance.nper(d("0.1"), d("-1000"), d("1000"), ZERO, 1));
        assertThrows(CalcException.class, () -> Finance.nper(d("0.1"), d("-1000"), d("1000"), ZERO, 2));
        assertThrows(CalcException.class, () -> Finance.rate(1, ZERO, d("-100"), d("110"), -1, null));
        assertThrows(CalcException.class, () -> Finance.ipmt(d("0.1"), 1, 1, d("1000"), ZERO, 2));
        assertThrows(CalcException.class, () -> Finance.ppmt(d("0.1"), 1, 1, d("1000"), ZERO, 2));
    }

    @Test
    void theLastPeriodIsAPeriodAndTheOneAfterIsNot() {
        // two periods of 10 % on 1000: payment 576.19..., the second one's interest is 10 % of what is left
        BigDecimal pmt = Finance.pmt(d("0.1"), 2, d("1000"), ZERO, 0);
        BigDecimal interest2 = Finance.ipmt(d("0.1"), 2, 2, d("1000"), ZERO, 0);
        BigDecimal principal2 = Finance.ppmt(d("0.1"), 2, 2, d("1000"), ZERO, 0);
        MathContext thirty = new MathContext(30);
        assertEquals(0, pmt.round(thirty).compareTo(interest2.add(principal2).round(thirty)), "ipmt + ppmt = pmt in the last period");
        // what is left before the last payment is what it repays: principal2 = -(1000·1.1 + pmt)
        assertEquals(0, principal2.round(thirty).compareTo(d("1100").add(pmt).negate().round(thirty)), "principal of the last period");
        assertThrows(CalcException.class, () -> Finance.ipmt(d("0.1"), 3, 2, d("1000"), ZERO, 0));
        assertThrows(CalcException.class, () -> Finance.ppmt(d("0.1"), 0, 2, d("1000"), ZERO, 0));
    }

    @Test
    void aRateOrGuessJustAboveMinusOneIsAccepted() {
        assertExact("-500", Finance.pmt(d("-0.5"), 1, d("1000"), ZERO, 0));
        assertExact("-0.5", Finance.rate(1, ZERO, d("-1000"), d("500"), 0, d("-0.9")));
        assertExact("-0.5", Finance.irr(List.of(d("-1000"), d("500")), d("-0.9")));
        assertThrows(CalcException.class, () -> Finance.npv(d("-1"), List.of(d("1"))));
        assertThrows(CalcException.class, () -> Finance.rate(1, ZERO, d("-1000"), d("500"), 0, d("-1")));
    }

    @Test
    void npvOfOneValueAndIrrOfTwo() {
        assertExact("100", Finance.npv(d("0.1"), List.of(d("110"))));
        assertExact("0.1", Finance.irr(List.of(d("-100"), d("110")), null));
        assertThrows(CalcException.class, () -> Finance.irr(List.of(d("-100")), null));
    }

    @Test
    void ofTwoRootsBothInReachTheNearerOneIsFound() {
        // -100 + 230/q - 132/q^2 = 0 at q = 1.1 and 1.2; from 15 % the search brackets both in the
        // same step, and 20 % is the nearer (ln(1.2/1.15) < ln(1.15/1.1))
        List<BigDecimal> twoRoots = List.of(d("-100"), d("230"), d("-132"));
        assertExact("0.2", Finance.irr(twoRoots, d("0.15")).round(new MathContext(30)));
        assertExact("0.1", Finance.irr(twoRoots, d("0.12")).round(new MathContext(30)));
    }
}
