package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.calc.LoanValuation.StepKind;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.LoanTerms;
import figures.model.LoanTerms.Repayment;
import figures.model.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What --explain shows of a loan, for each kind of repayment, and of its valuation and a relief:
 * grace, instalments, the level payment, the discount rate per period, the closed form with i/d
 * above and below 1, a grant, concessionality either way. The figures were worked by hand
 * (PV of 333.33 at 10 % in years 2 to 4: 333.33 × 2.260774 = 753.59).
 */
class LoanStepsTest {
    private static Amount a(String s) {
        return Amount.parse(s);
    }

    private static LoanTerms terms(String rate, String maturity, String grace, Repayment r, int f) {
        return LoanTerms.of(Percent.parse(rate), new BigDecimal(maturity), grace == null ? null : new BigDecimal(grace), r, f);
    }

    private static final LoanSchedule ANNUITY = LoanSchedule.of(a("1000 USD"), terms("4", "2", "1", Repayment.ANNUITY, 4));
    private static final LoanSchedule EQUAL = LoanSchedule.of(a("1000 USD"), terms("5", "4", "2", Repayment.EQUAL, 1));
    private static final LoanSchedule BULLET = LoanSchedule.of(a("1000 USD"), terms("5", "3", null, Repayment.BULLET, 1));
    private static final LoanSchedule GRANT = LoanSchedule.of(a("1000 USD"), LoanTerms.of(null, null, null, Repayment.GRANT, 1));

    @Test
    void theScheduleSaysHowItWasBuilt() {
        assertEquals(List.of(
                "interest per quarter = 4% ÷ 4 = 1%, on the opening balance, paid every quarter from the first",
                "level payments of interest and principal from period 4 (1 year after commitment) to period 8: PMT(0.01, 5, 1000) = "
                        + "206.0397996 USD per quarter",
                "grace: the first repayment of principal is 1 year after commitment (grace counts from commitment to the first repayment, "
                        + "the OECD/IDA definition); before it, interest only"), ANNUITY.steps());
        assertEquals(List.of(
                "interest per year = 5%, on the opening balance, paid every year from the first",
                "principal repaid in 3 equal instalments from period 2 (2 years after commitment) to period 4",
                "grace: the first repayment of principal is 2 years after commitment (grace counts from commitment to the first repayment, "
                        + "the OECD/IDA definition); before it, interest only"), EQUAL.steps());
        assertEquals(List.of(
                "interest per year = 5%, on the opening balance, paid every year from the first",
                "all principal repaid at maturity, period 3"), BULLET.steps());
        assertEquals(List.of("a grant: nothing is repaid and no interest is due"), GRANT.steps());
        assertTrue(GRANT.lines().isEmpty());
        // without grace, no grace step
        assertEquals(2, LoanSchedule.of(a("1000 USD"), terms("5", "4", null, Repayment.EQUAL, 1)).steps().size());
    }

    @Test
    void theLinesOfAnEqualRepaymentLoan() {
        List<LoanSchedule.Line> lines = EQUAL.lines();
        assertEquals(new BigDecimal("333.3333333333333333333333333333333"), lines.get(1).principal());
        assertEquals(new BigDecimal("666.6666666666666666666666666666667"), lines.get(1).closing());
        assertEquals(new BigDecimal("350"), lines.get(3).payment());
        assertEquals(BigDecimal.ZERO, lines.get(3).closing());
        assertEquals(new BigDecimal("150"), EQUAL.totalInterest());
        assertEquals(new BigDecimal("1000"), EQUAL.totalPrincipal());
        assertEquals(new BigDecimal("1150"), EQUAL.totalDebtService());
    }

    @Test
    void aValuationAtTheLoansOwnRateHasAGrantElementOfZero() {
        LoanValuation v = LoanValuation.of(EQUAL, LoanDiscount.parse("imf"));
        assertEquals(List.of(
                "discount rate = 5% a year (imf)",
                "present value of the principal repayments = Σ principal_k ÷ (1 + 5%)^k = 864.5231839 USD",
                "present value of debt service = Σ payment_k ÷ (1 + 5%)^k = P·i/d + (1 − i/d)·PV(principal repayments), i = 5% and d = 5% per "
                        + "year = 1000 USD × 1 + 0 × 864.5231839 USD = 1000 USD",
                "grant element = (face value − present value) ÷ face value = (1000 USD − 1000 USD) ÷ 1000 USD = 0%",
                "concessional under imf (IMF): grant element 0% < 35% → no"), v.steps());
        assertEquals(List.of(StepKind.DISCOUNT_RATE, StepKind.PRESENT_VALUE, StepKind.PRESENT_VALUE, StepKind.GRANT_ELEMENT, StepKind.CONCESSIONAL),
                v.explained().stream().map(LoanValuation.Step::kind).toList());
        assertEquals(Boolean.FALSE, v.concessional());
        assertEquals(0, v.grantElementRatio().signum());
        assertEquals("imf", v.discount().preset());
        // discount factors 1/1.05^k and each payment's present value: 50/1.05 = 47.61904761904761904761904761904762
        assertEquals(4, v.factors().size());
        assertEquals(new BigDecimal("0.9523809523809523809523809523809524"), v.factors().get(0));
        assertEquals(new BigDecimal("47.61904761904761904761904761904762"), v.paymentValues().get(0));
    }

    @Test
    void aValuationBelowAndAboveTheLoansRate() {
        LoanValuation below = LoanValuation.of(EQUAL, LoanDiscount.parse("10%"));
        assertEquals("present value of debt service = Σ payment_k ÷ (1 + 10%)^k = P·i/d + (1 − i/d)·PV(principal repayments), i = 5% and "
                + "d = 10% per year = 1000 USD × 0.5 + 0.5 × 753.5915124 USD = 876.7957562 USD", below.steps().get(2));
        assertEquals("grant element = (face value − present value) ÷ face value = (1000 USD − 876.7957562 USD) ÷ 1000 USD = 12.32042438%",
                below.steps().get(3));
        assertEquals(4, below.steps().size(), "no preset, no concessionality");
        assertNull(below.concessional());
        // i/d = 5 / 2 = 2.5 > 1: 1000 × 2.5 − 1.5 × PV(repayments at 2 %) = 2500 − 1.5 × 942.4455 = 1086.33
        LoanValuation above = LoanValuation.of(EQUAL, LoanDiscount.parse("2%"));
        assertTrue(above.steps().get(2).endsWith("= 1000 USD × 2.5 − 1.5 × 942.4455139 USD = 1086.331729 USD"), above.steps().get(2));
        assertTrue(above.grantElementRatio().signum() < 0);
    }

    @Test
    void aQuarterlyValuationStatesItsEffectiveRatePerQuarter() {
        LoanValuation v = LoanValuation.of(ANNUITY, LoanDiscount.parse("dac"));
        assertEquals("discount rate per quarter = (1 + 10%)^(1/4) − 1 = 2.411368908% (effective: 4 quarters compound to 10% a year)", v.steps().get(0));
        assertEquals("concessional under dac (OECD DAC, ODA definition before 2018): grant element 7.792346178% < 25% → no", v.steps().get(4));
        assertEquals("at a discount rate of 0 the present value is the undiscounted debt service: 1060.198998 USD",
                LoanValuation.of(ANNUITY, LoanDiscount.parse("0%")).steps().get(1));
    }

    @Test
    void aGrantIsAllGrant() {
        LoanValuation v = LoanValuation.of(GRANT, LoanDiscount.parse("imf"));
        assertEquals(List.of(
                "discount rate = 5% a year (imf)",
                "a grant has no debt service: present value 0",
                "grant element = (face value − present value) ÷ face value = (1000 USD − 0 USD) ÷ 1000 USD = 100%",
                "concessional under imf (IMF): grant element 100% ≥ 35% → yes"), v.steps());
        assertEquals(Boolean.TRUE, v.concessional());
        assertEquals(BigDecimal.ONE, v.grantElementRatio());
    }

    @Test
    void onlyTheStepsToThePresentValueBelongToIt() {
        assertTrue(StepKind.DISCOUNT_RATE.presentValue());
        assertTrue(StepKind.PRESENT_VALUE.presentValue());
        assertFalse(StepKind.GRANT_ELEMENT.presentValue());
        assertFalse(StepKind.CONCESSIONAL.presentValue());
        LoanRelief r = LoanRelief.of(a("1000 USD"), a("500 USD"), terms("5", "4", "2", Repayment.EQUAL, 1), LoanDiscount.parse("imf"));
        assertEquals(5, r.steps().size(), r.steps().toString());
        assertEquals("    discount rate = 5% a year (imf)", r.steps().get(1).replaceFirst("^", "  "));
        assertTrue(r.steps().stream().noneMatch(s -> s.contains("grant element") || s.contains("concessional")), r.steps().toString());
        assertEquals(0, new BigDecimal("50").compareTo(r.reliefPercent().value()));
        LoanRelief all = LoanRelief.of(a("1000 USD"), a("0 USD"), terms("5", "4", "2", Repayment.EQUAL, 1), LoanDiscount.parse("imf"));
        assertEquals("nothing remains owed: its present value is 0", all.steps().get(0));
        assertEquals(0, new BigDecimal("100").compareTo(all.reliefPercent().value()));
    }

    @Test
    void discountRatesAndPresets() {
        assertEquals("5% a year (imf)", LoanDiscount.parse("imf").describe());
        assertEquals("7% a year", LoanDiscount.parse("7%").describe());
        assertEquals("'abc' is not a discount rate or preset (expected a rate such as 5% or one of imf, dac, dac-ldc, dac-lmic, dac-umic)",
                assertThrows(CalcException.class, () -> LoanDiscount.parse("abc")).getMessage());
        assertEquals("dac-ldc", LoanDiscount.Preset.DAC_LDC.word());
        // the n-th roots behind an effective rate per period, to 34 digits (mpmath)
        assertEquals(new BigDecimal("1.004074123783648301605419602672107"), LoanDiscount.root(new BigDecimal("1.05"), 12));
        assertEquals(new BigDecimal("1.259921049894873164767210607278228"), LoanDiscount.root(new BigDecimal("2"), 3));
        assertEquals(new BigDecimal("1.05"), LoanDiscount.root(new BigDecimal("1.05"), 1));
    }
}
