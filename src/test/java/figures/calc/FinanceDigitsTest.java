package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures at the edges of the time-value functions' arithmetic, each to all 34 digits (worked out
 * with mpmath at 80 digits): powers beyond BigDecimal.pow's limit of 999 999 999, odd and even;
 * the balance of a savings plan early in a long term, where counting back from the end would
 * cancel 41 digits (the mirror of a loan's late balance); a rate of return that is exactly 0; and
 * terms whose logarithm would be that of 0.
 */
class FinanceDigitsTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void growthOverMoreThanNineHundredMillionPeriodsOddOrEven() {
        // (1 + 1e-9)^n
        assertEquals(d("2.718281824381622497995021525865311"), Finance.fv(d("1e-9"), 999_999_999, BigDecimal.ZERO, d("-1"), 0));
        assertEquals(d("2.718281829818186149476548346236977"), Finance.fv(d("1e-9"), 1_000_000_001, BigDecimal.ZERO, d("-1"), 0));
        assertEquals(d("7.389056091541594136920342672244931"), Finance.fv(d("1e-9"), 2_000_000_000, BigDecimal.ZERO, d("-1"), 0));
    }

    @Test
    void aSavingsPlanEarlyInALongTermKeepsItsDigits() {
        // saving up to 1m over 1000 periods at 10 %: the balance after one or two payments is tiny beside 1m and 1.1^1000
        assertEquals(d("4.048692953197205399603824763959499E-38"), Finance.ipmt(d("0.1"), 2, 1000, BigDecimal.ZERO, d("1e6"), 0));
        assertEquals(d("3.680629957452004908730749785417727E-38"), Finance.ipmt(d("0.1"), 2, 1000, BigDecimal.ZERO, d("1e6"), 1));
        assertEquals(d("-4.898918473368618533520627964390994E-37"), Finance.ppmt(d("0.1"), 3, 1000, BigDecimal.ZERO, d("1e6"), 0));
    }

    @Test
    void aRateOfReturnOfZeroIsExactlyZero() {
        assertEquals(BigDecimal.ZERO, Finance.irr(List.of(d("-100"), d("50"), d("50")), null));
        assertEquals(BigDecimal.ZERO, Finance.rate(2, d("50"), d("-100"), BigDecimal.ZERO, 0, null));
        assertEquals(BigDecimal.ZERO, Finance.irr(List.of(d("-300"), d("100"), d("100"), d("100")), d("0.5")));
        // from a guess of 30 % the refined root was 4.3e-27, noise around 0 (annuities in advance: 7 × 1 = 7)
        assertEquals(BigDecimal.ZERO, Finance.rate(7, BigDecimal.ONE, d("-7"), BigDecimal.ZERO, 1, d("0.3")));
    }

    @Test
    void aTinyRateEarlyInALongSavingsPlan() {
        // at 1e-20 a period, counting back from the end would cancel 20 of the 50 working digits
        assertEquals(0, d("9.99999999999999995005E-12").compareTo(Finance.ipmt(d("1e-20"), 2, 1000, BigDecimal.ZERO, d("1e12"), 0)));
        assertEquals(0, d("1.99999999999999999002E-11").compareTo(Finance.ipmt(d("1e-20"), 3, 1000, BigDecimal.ZERO, d("1e12"), 0)));
    }

    @Test
    void whatCannotBeSolvedSaysWhy() {
        // a 0 is neither money in nor money out
        assertEquals("IRR: the cash flows never change sign, so there is no rate of return",
                assertThrows(CalcException.class, () -> Finance.irr(List.of(BigDecimal.ZERO, d("-100")), null)).getMessage());
        assertEquals("IRR: the cash flows never change sign, so there is no rate of return",
                assertThrows(CalcException.class, () -> Finance.irr(List.of(d("100"), BigDecimal.ZERO), null)).getMessage());
        assertEquals("RATE: guess must be greater than -1, got -1",
                assertThrows(CalcException.class, () -> Finance.rate(1, BigDecimal.ZERO, d("-1000"), d("500"), 0, d("-1"))).getMessage());
        // no rate: the search runs up to rates where (1 + r)^1e9 is beyond BigDecimal's range, and says there is none
        assertEquals("RATE: no interest rate solves these terms", assertThrows(CalcException.class,
                () -> Finance.rate(1_000_000_000, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 0, null)).getMessage());
        // a root just above -100 % is found; refining it no longer steps below -100 % ("rate must be greater than -1", got -1.0000000000969…)
        assertEquals(0, d("-0.999999999999").compareTo(Finance.irr(List.of(d("-1"), d("1e-12")), d("-0.9"))));
        for (String guess : new String[] {"-0.99", "-0.5", "0.1"}) {
            assertEquals(0, d("-0.999999999997").compareTo(Finance.irr(List.of(d("-1"), d("3e-12")), d(guess))), guess);
            assertEquals(0, d("-0.99999999998").compareTo(Finance.irr(List.of(d("-1"), d("2e-11")), d(guess))), guess);
        }
    }

    @Test
    void termsThatNoNumberOfPeriodsSolvesSaySo() {
        // 1 a period into nothing, to reach 10 at 10 %: fv·r = pmt, so the ratio is 0 and its logarithm undefined
        assertEquals("NPER: no number of periods solves these terms",
                assertThrows(CalcException.class, () -> Finance.nper(d("0.1"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, 0)).getMessage());
        assertEquals("NPER: no number of periods solves these terms",
                assertThrows(CalcException.class, () -> Finance.nper(d("0.1"), d("-10"), d("100"), BigDecimal.ZERO, 0)).getMessage());
        assertEquals("NPER: pmt must not be 0 when rate is 0",
                assertThrows(CalcException.class, () -> Finance.nper(BigDecimal.ZERO, BigDecimal.ZERO, d("100"), BigDecimal.ZERO, 0)).getMessage());
        assertEquals(d("10"), Finance.nper(BigDecimal.ZERO, d("-10"), d("100"), BigDecimal.ZERO, 0));
    }
}
