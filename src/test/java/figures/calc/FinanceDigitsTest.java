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
