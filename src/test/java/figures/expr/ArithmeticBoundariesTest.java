package figures.expr;

import static figures.expr.ExprChecks.assertContains;
import static figures.expr.ExprChecks.error;
import static figures.expr.ExprChecks.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The edges of the arithmetic: the 1e±1000 bound of an intermediate result, the largest whole
 * exponent, exact against rounded powers, and the messages that say which operand is the amount.
 */
class ArithmeticBoundariesTest {
    @Test
    void anIntermediateResultMayReachTheBoundButNotPassIt() {
        // 1e999 has 1000 digits before the point: the largest an intermediate result may have
        assertEquals(0, new BigDecimal("1e9").compareTo(eval("(10^998 * 10) / 10^990").value()));
        assertContains("the result is out of range (beyond 1e±1000)", error("(10^999 * 10) / 10^990"));
        assertContains("the result is out of range (beyond 1e±1000)", error("10^1000"));
        // and downwards: 1e-1001 is the smallest
        assertEquals(0, new BigDecimal("1e-11").compareTo(eval("(10^-999 / 100) * 10^990").value()));
        assertContains("the result is out of range (beyond 1e±1000)", error("(10^-999 / 1000) * 10^990"));
    }

    @Test
    void theLargestWholeExponentIsTenThousand() {
        assertEquals(0, BigDecimal.ONE.compareTo(eval("1^10000").value()));
        assertEquals(0, BigDecimal.ONE.compareTo(eval("1^-10000").value()));
        assertContains("the exponent 10001 is too large (at most 10000)", error("1^10001"));
        assertContains("the exponent -10001 is too large (at most 10000)", error("1^-10001"));
        assertEquals(0, BigDecimal.ONE.compareTo(eval("0^0").value()));
        assertEquals(0, BigDecimal.ZERO.compareTo(eval("0^3").value()));
    }

    @Test
    void aShortPowerIsExactAndALongOneRounded() {
        // 1.1^200 has 2 × 200 = 400 digits of work: exact (201 significant digits, ending in 1)
        BigDecimal exact = eval("1.1^200").value();
        assertEquals(0, new BigDecimal("1.1").pow(200).compareTo(exact));
        // 1.1^201 is beyond: rounded with the guard digits, 50 significant
        BigDecimal rounded = eval("1.1^201").value();
        assertEquals(50, rounded.precision());
        assertEquals(0, new BigDecimal("1.1").pow(201).round(figures.model.Decimals.GUARD).compareTo(rounded));
        // a negative whole power is the reciprocal
        assertEquals(0, new BigDecimal("0.001").compareTo(eval("10^-3").value()));
    }

    @Test
    void aFractionalPowerNeedsAPositiveBase() {
        assertContains("a fractional power needs a positive base (got 0 ^ 0.5)", error("0^0.5"));
        assertContains("a fractional power needs a positive base (got -4 ^ 0.5)", error("(-4)^0.5"));
        assertEquals(0, new BigDecimal("2").compareTo(eval("4^0.5").value()));
    }

    @Test
    void aPlainNumberOrAPercentAndAnAmountAreNeverAdded() {
        String hint = "cannot add the plain number 5 and the amount 13.4bn USD: write the number as an amount (e.g. 5 USD)";
        assertContains(hint, error("13.4bn USD + 5"));
        assertContains(hint, error("5 + 13.4bn USD"));
        assertContains("cannot subtract the plain number 5 and the amount 13.4bn USD", error("13.4bn USD - 5"));
        assertContains("cannot subtract the percent 5% and the amount 13.4bn USD: to subtract 5% of it, write 13.4bn USD - 5% of 13.4bn USD",
                error("13.4bn USD - 5%"));
        assertContains("to add 5% of it, write 13.4bn USD + 5% of 13.4bn USD", error("5% + 13.4bn USD"));
        // percents and numbers add as they are; a percent makes the sum a percent
        assertEquals(Quantity.Dim.PERCENT, eval("5% + 0.01").dim());
        assertEquals(Quantity.Dim.NUMBER, eval("5 + 1").dim());
    }

    @Test
    void aSumOfAmountsNamesTheOneWithoutAYear() {
        assertContains("cannot add 13.4bn USD@2005 and 1bn USD: 13.4bn USD@2005 is in prices of 2005 but 1bn USD has no year",
                error("13.4bn USD@2005 + 1bn USD"));
        assertContains("cannot add 1bn USD and 13.4bn USD@2005: 13.4bn USD@2005 is in prices of 2005 but 1bn USD has no year",
                error("1bn USD + 13.4bn USD@2005"));
        assertContains("cannot subtract 13.4bn USD@2005 from 1bn USD", error("1bn USD - 13.4bn USD@2005"));
        Quantity both = eval("13.4bn USD@2005 - 9.782bn USD@2005");
        assertEquals(0, new BigDecimal("3618000000").compareTo(both.value()));
        assertEquals(figures.model.Period.of(2005), both.basis());
    }
}
