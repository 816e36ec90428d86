package figures.calc;

import figures.model.LoanTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import figures.model.Amount;
import figures.model.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;
import org.junit.jupiter.api.Test;

/**
 * Every digit a loan prints is right: random loans (seeded) against a reference computed here
 * independently at 100 digits, from the definitions (the balance recurrence, a level payment for
 * an annuity, each payment discounted on its own at (1 + D)^(1/f)), each printed value equal to
 * the reference correctly rounded to 34 significant digits.
 */
class LoanDigitsPropertyTest {
    private static final MathContext REF = new MathContext(100);
    private static final MathContext DIGITS34 = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final DfpField FIELD = new DfpField(100);

    private static void assertDigits(BigDecimal reference, BigDecimal actual, String what) {
        BigDecimal expected = reference.round(DIGITS34);
        assertEquals(0, expected.compareTo(actual), () -> what + ": expected " + expected + " but got " + actual);
    }

    @Test
    void everyPrintedDigitOfRandomLoansIsRight() {
        Random random = new Random(17);
        int[] frequencies = {1, 2, 4, 12};
        LoanTerms.Repayment[] repayments = {LoanTerms.Repayment.ANNUITY, LoanTerms.Repayment.EQUAL, LoanTerms.Repayment.BULLET};
        for (int loan = 0; loan < 150; loan++) {
            int f = frequencies[random.nextInt(4)];
            int years = 1 + random.nextInt(40);
            int n = years * f;
            LoanTerms.Repayment repayment = repayments[random.nextInt(3)];
            // grace shorter than the maturity, in years that end (months in quarters: 1/12 year does not)
            int step = f == 12 ? 3 : 1;
            int first = repayment == LoanTerms.Repayment.BULLET || n == 1 ? n : Math.max(1, step * random.nextInt((n - 1) / step + 1));
            BigDecimal grace = repayment == LoanTerms.Repayment.BULLET || first == 1 ? null
                    : BigDecimal.valueOf(first).divide(BigDecimal.valueOf(f), REF);
            BigDecimal ratePercent = BigDecimal.valueOf(random.nextInt(1500), 2);
            BigDecimal discountPercent = BigDecimal.valueOf(1 + random.nextInt(1200), 2);
            BigDecimal principal = BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), random.nextInt(3));
            LoanTerms terms = LoanTerms.of(Percent.of(ratePercent), BigDecimal.valueOf(years), grace, repayment, f);
            LoanSchedule schedule = LoanSchedule.of(Amount.of(principal, null), terms);
            LoanValuation valuation = LoanValuation.of(schedule, LoanDiscount.of(Percent.of(discountPercent)));
            String loanText = principal + " at " + ratePercent + "% over " + years + " years, " + repayment + ", frequency " + f
                    + ", first repayment " + first + ", discount " + discountPercent + "%";

            // the reference: interest on the opening balance, principal by the repayment rule, the last repays the rest
            BigDecimal i = ratePercent.movePointLeft(2).divide(BigDecimal.valueOf(f), REF);
            BigDecimal q = new BigDecimal(DfpMath.pow(FIELD.newDfp(BigDecimal.ONE.add(discountPercent.movePointLeft(2)).toPlainString()),
                    FIELD.getOne().divide(f)).toString());
            int m = n - first + 1;
            BigDecimal level = i.signum() == 0 ? null
                    : principal.multiply(i).divide(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(i).pow(m, REF), REF)), REF);
            BigDecimal balance = principal;
            BigDecimal totalInterest = BigDecimal.ZERO;
            BigDecimal totalPaid = BigDecimal.ZERO;
            BigDecimal pv = BigDecimal.ZERO;
            List<LoanSchedule.Line> lines = schedule.lines();
            assertEquals(n, lines.size(), loanText);
            for (int k = 1; k <= n; k++) {
                BigDecimal interest = balance.multiply(i, REF);
                BigDecimal repaid;
                if (k < first) {
                    repaid = BigDecimal.ZERO;
                } else if (k == n) {
                    repaid = balance;
                } else if (repayment == LoanTerms.Repayment.BULLET) {
                    repaid = BigDecimal.ZERO;
                } else if (repayment == LoanTerms.Repayment.ANNUITY && level != null) {
                    repaid = level.subtract(interest, REF);
                } else {
                    repaid = principal.divide(BigDecimal.valueOf(m), REF);
                }
                BigDecimal payment = interest.add(repaid, REF);
                BigDecimal factor = BigDecimal.ONE.divide(q.pow(k, REF), REF);
                LoanSchedule.Line l = lines.get(k - 1);
                String what = loanText + ", period " + k;
                assertDigits(balance, l.opening(), what + " opening");
                assertDigits(interest, l.interest(), what + " interest");
                assertDigits(repaid, l.principal(), what + " principal");
                assertDigits(payment, l.payment(), what + " payment");
                if (k < n) {
                    assertDigits(balance.subtract(repaid, REF), l.closing(), what + " closing");
                } else {
                    assertEquals(0, l.closing().signum(), what + ": the loan closes at 0");
                }
                assertDigits(factor, valuation.factors().get(k - 1), what + " discount factor");
                assertDigits(payment.multiply(factor, REF), valuation.paymentValues().get(k - 1), what + " present value");
                balance = balance.subtract(repaid, REF);
                totalInterest = totalInterest.add(interest, REF);
                totalPaid = totalPaid.add(payment, REF);
                pv = pv.add(payment.multiply(factor, REF), REF);
            }
            assertDigits(totalInterest, schedule.totalInterest(), loanText + ": total interest");
            assertDigits(totalPaid, schedule.totalDebtService(), loanText + ": total debt service");
            assertDigits(q.subtract(BigDecimal.ONE), valuation.discountPerPeriod(), loanText + ": discount per period");
            assertDigits(pv, valuation.presentValue().value(), loanText + ": present value");
            assertDigits(principal.subtract(pv).divide(principal, REF), valuation.grantElementRatio(), loanText + ": grant element");
        }
    }

    @Test
    void theIssuesSemiAnnualDacLoan() {
        // 1 / 1.1 exactly: the period-2 factor at the DAC rate, 10 % a year paid twice a year
        LoanTerms terms = LoanTerms.parse("rate=2.5%,maturity=10,grace=2.5,repayment=equal,frequency=2");
        LoanValuation v = LoanValuation.of(LoanSchedule.of(Amount.of(BigDecimal.valueOf(1000), null), terms),
                LoanDiscount.parse("dac"));
        assertEquals("0.9090909090909090909090909090909091", v.factors().get(1).toPlainString());
        // Σ payment_k / 1.1^(k/2) to 80 digits: 676.09059060156397301347432044123202439…
        assertEquals("676.090590601563973013474320441232", v.presentValue().value().toPlainString());
    }
}
