package figures.calc;

import figures.model.Decimals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FinanceTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal ONE = BigDecimal.ONE;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A yearly rate split into monthly ones, as in the spreadsheet examples' "8%/12". */
    private static BigDecimal perMonth(String yearly) {
        return d(yearly).divide(BigDecimal.valueOf(12), Decimals.RESULT);
    }

    private static List<BigDecimal> flows(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    /** Passes when actual is within half a unit of the last digit that was published. */
    private static void assertPublished(String published, BigDecimal actual) {
        BigDecimal expected = d(published);
        BigDecimal halfUnit = expected.ulp().divide(BigDecimal.valueOf(2));
        assertTrue(actual.subtract(expected).abs().compareTo(halfUnit) <= 0,
                () -> "expected " + published + " but got " + actual);
    }

    /**
     * Passes when actual is within half a unit of the given significant digit of published: for
     * Excel results whose last printed digits are its own double rounding error.
     */
    private static void assertPublished(String published, int digits, BigDecimal actual) {
        BigDecimal expected = d(published);
        BigDecimal halfUnit = expected.round(new MathContext(digits)).ulp().divide(BigDecimal.valueOf(2));
        assertTrue(actual.subtract(expected).abs().compareTo(halfUnit) <= 0,
                () -> "expected " + published + " to " + digits + " digits but got " + actual);
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but got " + actual);
    }

    private static void assertFails(String messagePart, Executable call) {
        CalcException e = assertThrows(CalcException.class, call);
        assertTrue(e.getMessage().contains(messagePart), () -> "message: " + e.getMessage());
    }

    // Published examples (Microsoft Excel help for each function)

    @Test
    void pmtExamples() {
        assertPublished("-1037.03", Finance.pmt(perMonth("0.08"), 10, d("10000"), ZERO, 0));
        assertPublished("-1030.16432717797", Finance.pmt(perMonth("0.08"), 10, d("10000"), ZERO, 1));
    }

    @Test
    void ipmtExample() {
        assertPublished("-66.6666666666667", Finance.ipmt(perMonth("0.1"), 1, 36, d("8000"), ZERO, 0));
    }

    /**
     * Late in a long loan, pv·(1+r)^k and the payments' value cancel to far more than 34 digits
     * (1.1^998 has 42 digits before the point); the balance is then counted back from the end.
     * Expected values: the spreadsheet definitions evaluated with 3000-digit decimals (Python).
     */
    @Test
    void interestLateInALongLoanKeepsItsDigits() {
        assertPublished("-0.01735537190082644628099173553719008", Finance.ipmt(d("0.1"), 999, 1000, ONE, ZERO, 0));
        assertPublished("-0.08264462809917355371900826446280992", Finance.ppmt(d("0.1"), 999, 1000, ONE, ZERO, 0));
        assertPublished("-0.01577761081893313298271975957926371", Finance.ipmt(d("0.1"), 999, 1000, ONE, ZERO, 1));
        assertPublished("-0.07513148009015777610818933132982720", Finance.ppmt(d("0.1"), 999, 1000, ONE, ZERO, 1));
        assertPublished("-0.05454545454545454545454545454545455", Finance.ipmt(d("0.1"), 1000, 1000, ONE, d("-0.5"), 0));
        // a billion periods: the same two last payments as above (0.21 / 1.21 of a payment of 0.1, at 10 %)
        assertPublished("-0.01735537190082644628099173553719008", Finance.ipmt(d("0.1"), 999999998, 999999999, ONE, ZERO, 0));
        // early in the same loan the balance is counted from the start, as before
        assertPublished("-0.1000000000000000000000000000000000", Finance.ipmt(d("0.1"), 2, 1000, ONE, ZERO, 0));
    }

    @Test
    void ppmtExample() {
        assertPublished("-75.6231860083663", Finance.ppmt(perMonth("0.1"), 1, 24, d("2000"), ZERO, 0));
    }

    // Excel computes PV, FV and RATE in double, and its published 15-digit results are off in the
    // last digits (a double re-computation reproduces them); each is checked to the digits it shares
    // with the exact value, and against the exact value (50-digit decimal arithmetic) to 15 digits.

    @Test
    void pvExample() {
        BigDecimal pv = Finance.pv(perMonth("0.08"), 240, d("500"), ZERO, 0);
        assertPublished("-59777.1458511878", 14, pv);
        assertPublished("-59777.1458511880", pv); // exact -59777.14585118802181...
    }

    @Test
    void fvExample() {
        BigDecimal fv = Finance.fv(perMonth("0.06"), 10, d("-200"), d("-500"), 1);
        assertPublished("2581.40337406012", 13, fv);
        assertPublished("2581.40337406018", fv); // exact 2581.4033740601791537...
        assertPublished("2581.40", fv); // as the help page prints it
    }

    @Test
    void rateExample() {
        BigDecimal rate = Finance.rate(48, d("-200"), d("8000"), ZERO, 0, null);
        assertPublished("0.00770147248820137", 12, rate);
        assertPublished("0.00770147248820204", rate); // exact 0.0077014724882020438...
    }

    @Test
    void nperExample() {
        // 59.67386567429462558... by 50-digit logarithms
        assertPublished("59.6738656742946", Finance.nper(perMonth("0.12"), d("-100"), d("-1000"), d("10000"), 1));
        assertPublished("60.0821228537617", Finance.nper(perMonth("0.12"), d("-100"), d("-1000"), d("10000"), 0));
        assertPublished("-9.57859403981317", Finance.nper(perMonth("0.12"), d("-100"), d("-1000"), ZERO, 0));
    }

    @Test
    void rriExample() {
        assertPublished("0.0009933", Finance.rri(96, d("10000"), d("11000")));
        // 0.00099330737629139485... by 50-digit logarithms: the log1p/expm1 form keeps 15 digits
        assertPublished("0.000993307376291395", Finance.rri(96, d("10000"), d("11000")));
    }

    @Test
    void npvExample() {
        assertPublished("1188.44", Finance.npv(d("0.1"), flows("-10000", "3000", "4200", "6800")));
        assertPublished("1188.44", Finance.presentValue(d("0.1"), flows("-10000", "3000", "4200", "6800")));
    }

    @Test
    void irrExamples() {
        assertPublished("-0.0212448", Finance.irr(flows("-70000", "12000", "15000", "18000", "21000"), null));
        assertPublished("0.0866309", Finance.irr(flows("-70000", "12000", "15000", "18000", "21000", "26000"), null));
        assertPublished("-0.443507", Finance.irr(flows("-70000", "12000", "15000"), d("-0.1")));
    }

    // Hand-computed and structural checks

    @Test
    void zeroRateIsLinear() {
        assertExact("-100", Finance.pmt(ZERO, 10, d("1000"), ZERO, 0));
        assertExact("-110", Finance.pmt(ZERO, 10, d("1000"), d("100"), 1));
        assertExact("500", Finance.pv(ZERO, 12, d("-50"), d("100"), 0));
        assertExact("1500", Finance.fv(ZERO, 5, d("-100"), d("-1000"), 1));
        assertExact("0", Finance.ipmt(ZERO, 3, 10, d("1000"), ZERO, 0));
        assertExact("-100", Finance.ppmt(ZERO, 3, 10, d("1000"), ZERO, 0));
        assertExact("8", Finance.nper(ZERO, d("-125"), d("1000"), ZERO, 0));
        assertPublished("0.000000000000000", Finance.rate(8, d("-125"), d("1000"), ZERO, 0, null));
    }

    @Test
    void tinyRateDoesNotDivideByZero() {
        BigDecimal tiny = d("1e-40");
        assertPublished("-100.0000000000", Finance.pmt(tiny, 10, d("1000"), ZERO, 0));
    }

    @Test
    void pmtRoundTripsThroughPv() {
        BigDecimal rate = perMonth("0.05");
        BigDecimal principal = d("250000");
        BigDecimal payment = Finance.pmt(rate, 360, principal, ZERO, 0);
        BigDecimal back = Finance.pv(rate, 360, payment, ZERO, 0);
        MathContext digits25 = new MathContext(25);
        // PV of the (negative) payments is the (positive) amount borrowed
        assertEquals(0, principal.round(digits25).compareTo(back.round(digits25)), back::toString);
    }

    @Test
    void rateRoundTripsThroughPmt() {
        BigDecimal rate = Finance.rate(360, d("-1342.05"), d("250000"), ZERO, 0, null);
        assertPublished("-1342.05000000", Finance.pmt(rate, 360, d("250000"), ZERO, 0));
    }

    @Test
    void rateOfALongTermBeyondDoubleRange() {
        // at the guess 0.1, 1.1^10000 is about 1e414: past double, yet the sign must still guide the search
        BigDecimal rate = Finance.rate(10000, d("-1"), d("100"), ZERO, 0, null);
        assertPublished("-1.000000000000", Finance.pmt(rate, 10000, d("100"), ZERO, 0));
    }

    @Test
    void paymentsSplitIntoInterestAndPrincipal() {
        BigDecimal rate = perMonth("0.1");
        for (int type = 0; type <= 1; type++) {
            BigDecimal payment = Finance.pmt(rate, 24, d("2000"), ZERO, type);
            BigDecimal principalPaid = ZERO;
            for (int per = 1; per <= 24; per++) {
                BigDecimal interest = Finance.ipmt(rate, per, 24, d("2000"), ZERO, type);
                BigDecimal principal = Finance.ppmt(rate, per, 24, d("2000"), ZERO, type);
                assertPublished(payment.setScale(25, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                        interest.add(principal));
                principalPaid = principalPaid.add(principal);
            }
            // the principal parts pay off exactly the loan, whenever payments fall
            assertPublished("-2000.0000000000000000000000", principalPaid);
        }
    }

    @Test
    void firstPaymentInAdvanceHoldsNoInterest() {
        assertExact("0", Finance.ipmt(perMonth("0.1"), 1, 24, d("2000"), ZERO, 1));
        // second payment: interest for one month on 2000 less the first payment
        BigDecimal payment = Finance.pmt(perMonth("0.1"), 24, d("2000"), ZERO, 1);
        BigDecimal expected = d("2000").add(payment).multiply(perMonth("0.1")).negate();
        assertPublished(expected.setScale(25, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                Finance.ipmt(perMonth("0.1"), 2, 24, d("2000"), ZERO, 1));
    }

    @Test
    void irrReturnsTheRootNearestTheGuess() {
        // -100 + 230/q - 132/q^2 = 0 at q = 1.1 and q = 1.2
        List<BigDecimal> twoRoots = flows("-100", "230", "-132");
        assertPublished("0.100000000000000", Finance.irr(twoRoots, d("0.05")));
        assertPublished("0.200000000000000", Finance.irr(twoRoots, d("0.25")));
    }

    // Errors

    @Test
    void irrWithoutSignChangeFails() {
        assertFails("never change sign", () -> Finance.irr(flows("100", "200", "0"), null));
        assertFails("never change sign", () -> Finance.irr(flows("-100", "-200"), null));
    }

    @Test
    void rateWithoutSolutionFails() {
        assertFails("RATE: no interest rate solves these terms",
                () -> Finance.rate(10, d("-100"), d("-1000"), ZERO, 0, null));
    }

    @Test
    void nperWithoutSolutionFails() {
        // 1 % a month on 1000 is 10, more than the payment of 5: never paid off
        assertFails("NPER: no number", () -> Finance.nper(d("0.01"), d("-5"), d("1000"), ZERO, 0));
        assertFails("NPER: pmt", () -> Finance.nper(ZERO, ZERO, d("1000"), ZERO, 0));
    }

    @Test
    void badArgumentsFail() {
        assertFails("PMT: nper", () -> Finance.pmt(d("0.01"), 0, d("1000"), ZERO, 0));
        assertFails("PMT: type", () -> Finance.pmt(d("0.01"), 10, d("1000"), ZERO, 2));
        assertFails("PMT: rate", () -> Finance.pmt(d("-1"), 10, d("1000"), ZERO, 0));
        assertFails("NPV: rate", () -> Finance.npv(d("-1.5"), flows("1")));
        assertFails("NPV: needs", () -> Finance.npv(d("0.1"), List.of()));
        assertFails("IPMT: per", () -> Finance.ipmt(d("0.01"), 0, 10, d("1000"), ZERO, 0));
        assertFails("PPMT: per", () -> Finance.ppmt(d("0.01"), 11, 10, d("1000"), ZERO, 0));
        assertFails("PV: nper", () -> Finance.pv(d("0.01"), -1, d("100"), ZERO, 0));
        assertFails("FV: type", () -> Finance.fv(d("0.01"), 1, d("100"), ZERO, -1));
        assertFails("RATE: guess", () -> Finance.rate(10, d("-100"), d("1000"), ZERO, 0, d("-1")));
        // 100^2147483647 is beyond BigDecimal's exponent (1.01^2147483647, about 1e9279621, is not: see below)
        assertFails("PMT: (1 + rate)^nper", () -> Finance.pmt(d("99"), Integer.MAX_VALUE, d("1"), ZERO, 0));
    }

    @Test
    void nperBeyondBigDecimalPowsLimitIsComputed() {
        // BigDecimal.pow stops at 999 999 999; beyond it (1 + rate)^nper is squared up: a perpetuity's payment and rate
        assertEquals(0, d("-0.01").compareTo(Finance.pmt(d("0.01"), Integer.MAX_VALUE, d("1"), ZERO, 0)));
        assertEquals(0, d("0.001").compareTo(Finance.rate(1_000_000_000, d("-1"), d("1000"), ZERO, 0, null)));
    }

    @Test
    void rriBadArgumentsFail() {
        assertFails("RRI: pv", () -> Finance.rri(10, ZERO, d("100")));
        assertFails("RRI: nper", () -> Finance.rri(0, d("100"), d("110")));
        assertFails("RRI: pv and fv", () -> Finance.rri(10, d("100"), d("-110")));
        assertExact("-1", Finance.rri(10, d("100"), ZERO));
    }
}
