package figures.calc;

import figures.model.LoanTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.LoanTerms.Repayment;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanTest {
    private static final MathContext MC50 = new MathContext(50);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Percent pct(String v) {
        return Percent.parse(v);
    }

    private static LoanSchedule schedule(String principal, String rate, String maturity, String grace, Repayment r, int f) {
        return LoanSchedule.of(Amount.parse(principal),
                LoanTerms.of(pct(rate), d(maturity), grace == null ? null : d(grace), r, f));
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String tolerance) {
        assertTrue(expected.subtract(actual).abs().compareTo(d(tolerance)) <= 0,
                () -> "expected " + expected + " but got " + actual + " (tolerance " + tolerance + ")");
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected exactly " + expected + " but got " + actual);
    }

    /**
     * The OECD DAC closed form for equal principal repayments, in 50-digit arithmetic:
     * GE = (1 - (r/a)/d) × (1 - (v^(aG) - v^(aM)) / (d × (aM - aG))), d = (1 + D)^(1/a) - 1, where the
     * first repayment falls one period after G.
     */
    private static BigDecimal oecdGrantElement(String rate, int a, int graceBeforeFirstPeriods, int periods, String discount) {
        BigDecimal dd = LoanDiscount.root(BigDecimal.ONE.add(d(discount)), a).subtract(BigDecimal.ONE);
        BigDecimal v = BigDecimal.ONE.divide(BigDecimal.ONE.add(dd), MC50);
        BigDecimal i = d(rate).divide(BigDecimal.valueOf(a), MC50);
        BigDecimal a1 = BigDecimal.ONE.subtract(i.divide(dd, MC50));
        BigDecimal a2 = v.pow(graceBeforeFirstPeriods, MC50).subtract(v.pow(periods, MC50))
                .divide(dd.multiply(BigDecimal.valueOf(periods - graceBeforeFirstPeriods)), MC50);
        return a1.multiply(BigDecimal.ONE.subtract(a2), MC50);
    }

    /** Σ payment_k / (1 + d)^k, the definition the valuation's closed form must agree with. */
    private static BigDecimal directPresentValue(LoanSchedule s, BigDecimal perPeriod) {
        BigDecimal pv = BigDecimal.ZERO;
        for (LoanSchedule.Line l : s.lines()) {
            pv = pv.add(l.payment().divide(BigDecimal.ONE.add(perPeriod).pow(l.period(), MC50), MC50));
        }
        return pv;
    }

    // The Done-when loan: 1000, 10 years, 2.5 %, equal semi-annual principal from year 2.5

    @Test
    void equalSemiAnnualFromYearTwoAndAHalf() {
        LoanSchedule s = schedule("1000", "2.5", "10", "2.5", Repayment.EQUAL, 2);
        assertEquals(20, s.lines().size());
        for (int k = 1; k <= 4; k++) {
            LoanSchedule.Line l = s.lines().get(k - 1);
            assertExact("0", l.principal());
            assertExact("12.5", l.interest());
        }
        LoanSchedule.Line first = s.lines().get(4);
        assertExact("2.5", first.years());
        assertExact("62.5", first.principal()); // 1000 / 16 instalments, periods 5 to 20
        assertExact("75", first.payment());
        assertExact("0.78125", s.lines().get(19).interest());
        assertExact("0", s.lines().get(19).closing());
        assertExact("156.25", s.totalInterest()); // 4 × 12.5 + 0.0125 × 62.5 × (16 + 15 + ... + 1)
        assertExact("1156.25", s.totalDebtService());
    }

    @Test
    void grantElementMatchesTheOecdClosedForm() {
        LoanValuation v = LoanValuation.of(schedule("1000", "2.5", "10", "2.5", Repayment.EQUAL, 2), LoanDiscount.parse("dac"));
        // first repayment at period 5 = one period after G = 2 years in the closed form's convention
        BigDecimal expected = oecdGrantElement("0.025", 2, 4, 20, "0.10");
        assertClose(expected, v.grantElementRatio(), "1e-30");
        assertClose(d("0.3239094093984360269865256795587680"), v.grantElementRatio(), "1e-30"); // Python Decimal, 50 digits
        assertEquals(Boolean.TRUE, v.concessional()); // 32.4 % >= 25 %
        assertEquals(Boolean.FALSE, LoanValuation.of(v.schedule(), LoanDiscount.parse("imf")).concessional());
    }

    @Test
    void closedFormAgreesWithTheSumOfDiscountedPayments() {
        List<LoanSchedule> schedules = List.of(
                schedule("1000", "2.5", "10", "2.5", Repayment.EQUAL, 2),
                schedule("120m SUR", "2.5", "12", "3", Repayment.ANNUITY, 1),
                schedule("5000", "7.25", "8", null, Repayment.ANNUITY, 12),
                schedule("5000", "3", "5", null, Repayment.BULLET, 4));
        for (LoanSchedule s : schedules) {
            for (String preset : List.of("imf", "dac", "dac-ldc", "3.3%")) {
                LoanValuation v = LoanValuation.of(s, LoanDiscount.parse(preset));
                BigDecimal direct = directPresentValue(s, v.discountPerPeriod());
                assertClose(direct, v.presentValue().value(), s.principal().value().scaleByPowerOfTen(-28).toPlainString());
            }
        }
    }

    // Exact end points: rate = discount rate gives 0, a grant gives 100 %

    @Test
    void rateEqualToDiscountRateGivesExactlyZero() {
        for (Repayment r : List.of(Repayment.EQUAL, Repayment.ANNUITY, Repayment.BULLET)) {
            LoanSchedule s = schedule("1000", "5", "10", r == Repayment.BULLET ? null : "2", r, 1);
            LoanValuation v = LoanValuation.of(s, LoanDiscount.parse("imf"));
            assertEquals(0, v.grantElementRatio().signum(), () -> r + ": " + v.grantElementRatio());
            assertExact("1000", v.presentValue().value());
        }
    }

    @Test
    void ratePerPeriodEqualToDiscountPerPeriodGivesZeroToRounding() {
        // 2 × ((1.05)^(1/2) - 1) a year paid semi-annually is 5 % a year effective
        BigDecimal nominal = LoanDiscount.root(d("1.05"), 2).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(2));
        LoanSchedule s = LoanSchedule.of(Amount.parse("1000"),
                LoanTerms.of(Percent.fromRatio(nominal), d("10"), d("2.5"), Repayment.EQUAL, 2));
        assertClose(BigDecimal.ZERO, LoanValuation.of(s, LoanDiscount.parse("imf")).grantElementRatio(), "1e-30");
    }

    @Test
    void nominalRateEqualToDiscountRateIsBelowZeroWhenPaidMoreOftenThanYearly() {
        LoanValuation v = LoanValuation.of(schedule("1000", "5", "10", "2.5", Repayment.EQUAL, 2), LoanDiscount.parse("imf"));
        assertTrue(v.grantElementRatio().signum() < 0);
    }

    @Test
    void grantIsExactlyAHundredPercent() {
        LoanSchedule s = LoanSchedule.of(Amount.parse("1000 USD"), LoanTerms.of(null, null, null, Repayment.GRANT, 1));
        LoanValuation v = LoanValuation.of(s, LoanDiscount.parse("dac"));
        assertTrue(s.lines().isEmpty());
        assertExact("0", v.presentValue().value());
        assertExact("1", v.grantElementRatio());
        assertEquals(0, v.grantElement().compareTo(Percent.parse("100")));
        assertEquals(Boolean.TRUE, v.concessional());
    }

    @Test
    void handComputedBulletAtZeroPercent() {
        // 1000 repaid in one year, no interest, at 10 %: PV = 1000 / 1.1 = 909.09..., GE = 1/11
        LoanValuation v = LoanValuation.of(schedule("1000", "0", "1", null, Repayment.BULLET, 1), LoanDiscount.parse("10%"));
        assertClose(d("909.0909090909090909090909090909091"), v.presentValue().value(), "1e-30");
        assertClose(BigDecimal.ONE.divide(d("11"), MC50), v.grantElementRatio(), "1e-32");
        assertNull(v.concessional()); // a plain rate has no threshold
    }

    @Test
    void zeroDiscountRateGivesTheUndiscountedDebtService() {
        LoanSchedule s = schedule("1000", "2.5", "10", "2.5", Repayment.EQUAL, 2);
        LoanValuation v = LoanValuation.of(s, LoanDiscount.parse("0"));
        assertExact("1156.25", v.presentValue().value());
        assertExact("-0.15625", v.grantElementRatio());
    }

    // Schedules

    @Test
    void annuityPaysLevelInstalmentsAfterGrace() {
        LoanSchedule s = schedule("120m SUR", "2.5", "12", "3", Repayment.ANNUITY, 1);
        BigDecimal level = Finance.pmt(d("0.025"), 10, d("120000000"), BigDecimal.ZERO, 0).negate();
        assertExact("3000000", s.lines().get(0).payment());
        assertExact("3000000", s.lines().get(1).payment());
        for (int k = 3; k <= 12; k++) {
            assertClose(level, s.lines().get(k - 1).payment(), "1e-24");
        }
        assertExact("0", s.lines().get(11).closing());
        assertExact("120000000", s.totalPrincipal());
        assertEquals(Currency.of("SUR"), s.amount(BigDecimal.ONE).currency().orElseThrow());
    }

    @Test
    void noGraceRepaysFromTheFirstPeriod() {
        LoanSchedule s = schedule("1200", "0", "1", null, Repayment.EQUAL, 12);
        assertEquals(12, s.lines().size());
        s.lines().forEach(l -> assertExact("100", l.principal()));
        assertEquals(1, LoanTerms.of(pct("1"), d("1"), d("0"), Repayment.EQUAL, 12).firstRepaymentPeriod());
    }

    @Test
    void bulletRepaysAtMaturity() {
        LoanSchedule s = schedule("1000", "4", "2", "2", Repayment.BULLET, 4);
        assertEquals(8, s.lines().size());
        for (int k = 1; k <= 7; k++) {
            assertExact("0", s.lines().get(k - 1).principal());
            assertExact("10", s.lines().get(k - 1).interest());
        }
        assertExact("1010", s.lines().get(7).payment());
    }

    @Test
    void effectiveDiscountPerPeriodCompoundsToTheYearlyRate() {
        LoanDiscount imf = LoanDiscount.parse("imf");
        assertExact("0.05", imf.perPeriod(1));
        for (int f : new int[] {2, 4, 12}) {
            BigDecimal q = BigDecimal.ONE.add(imf.perPeriod(f));
            assertClose(d("1.05"), q.pow(f, MC50), "1e-32");
        }
    }

    @Test
    void presetsCarryRateAndThreshold() {
        String[][] presets = {{"imf", "5", "35"}, {"dac", "10", "25"}, {"dac-ldc", "9", "45"}, {"dac-lmic", "7", "15"}, {"dac-umic", "6", "10"}};
        for (String[] p : presets) {
            LoanDiscount d = LoanDiscount.parse(p[0].toUpperCase());
            assertEquals(p[0], d.preset());
            assertEquals(0, d.rate().compareTo(pct(p[1])));
            assertEquals(0, d.threshold().compareTo(pct(p[2])));
        }
        assertEquals(Boolean.TRUE, LoanDiscount.parse("imf").concessional(d("0.35")));
        assertEquals(Boolean.FALSE, LoanDiscount.parse("imf").concessional(d("0.3499")));
        assertThrows(CalcException.class, () -> LoanDiscount.parse("imf2"));
        assertThrows(CalcException.class, () -> LoanDiscount.parse("-1%"));
    }

    // Bad terms

    private static void assertBadTerm(String term, String messagePart, Runnable build) {
        LoanTerms.BadTerm e = assertThrows(LoanTerms.BadTerm.class, build::run);
        assertEquals(term, e.term());
        assertTrue(e.getMessage().contains(messagePart), () -> "message: " + e.getMessage());
    }

    @Test
    void badTermsNameTheTerm() {
        assertBadTerm("maturity", "more than 0", () -> LoanTerms.of(pct("2"), d("-10"), null, Repayment.EQUAL, 1));
        assertBadTerm("maturity", "more than 0", () -> LoanTerms.of(pct("2"), d("0"), null, Repayment.EQUAL, 1));
        assertBadTerm("maturity", "longer than 100", () -> LoanTerms.of(pct("2"), d("101"), null, Repayment.EQUAL, 1));
        assertBadTerm("grace", "not shorter than the maturity", () -> LoanTerms.of(pct("2"), d("10"), d("10"), Repayment.EQUAL, 1));
        assertBadTerm("grace", "not shorter than the maturity", () -> LoanTerms.of(pct("2"), d("10"), d("12"), Repayment.ANNUITY, 2));
        assertBadTerm("grace", "negative", () -> LoanTerms.of(pct("2"), d("10"), d("-1"), Repayment.ANNUITY, 2));
        assertBadTerm("grace", "whole number of years", () -> LoanTerms.of(pct("2"), d("10"), d("2.5"), Repayment.EQUAL, 1));
        assertBadTerm("maturity", "whole number of quarters", () -> LoanTerms.of(pct("2"), d("10.1"), null, Repayment.EQUAL, 4));
        assertBadTerm("grace", "bullet", () -> LoanTerms.of(pct("2"), d("10"), d("3"), Repayment.BULLET, 1));
        assertBadTerm("frequency", "1, 2, 4 or 12", () -> LoanTerms.of(pct("2"), d("10"), null, Repayment.EQUAL, 3));
        assertBadTerm("frequency", "1, 2, 4 or 12", () -> LoanTerms.parseFrequency("weekly"));
        assertBadTerm("rate", "negative", () -> LoanTerms.of(pct("-1"), d("10"), null, Repayment.EQUAL, 1));
        assertBadTerm("rate", "grant", () -> LoanTerms.of(pct("1"), null, null, Repayment.GRANT, 1));
        assertBadTerm("repayment", "annuity, equal, bullet or grant", () -> Repayment.parse("balloon"));
        assertThrows(CalcException.class, () -> LoanSchedule.of(Amount.parse("0"), LoanTerms.of(pct("1"), d("1"), null, Repayment.EQUAL, 1)));
    }

    @Test
    void termsParseFromKeyValues() {
        LoanTerms t = LoanTerms.parse("rate=2.5%, maturity=10, grace=2.5, repayment=equal, frequency=semi-annual");
        assertEquals("2.5%, 10 years, grace 2.5 years, equal principal, semi-annual", t.describe());
        assertEquals(5, t.firstRepaymentPeriod());
        assertEquals(20, t.periods());
        assertEquals(1, LoanTerms.parse("rate=0,maturity=10,repayment=equal").frequency());
        assertThrows(CalcException.class, () -> LoanTerms.parse("rate=1,term=10,repayment=equal"));
        assertThrows(CalcException.class, () -> LoanTerms.parse("rate=1,rate=2,maturity=10,repayment=equal"));
        assertBadTerm("repayment", "missing", () -> LoanTerms.parse("rate=1,maturity=10"));
    }

    @Test
    void missingTermsAreListedInColumnOrder() {
        assertEquals(List.of("rate", "maturity", "grace", "repayment", "frequency"), LoanTerms.missing(null, null, null, null, null));
        assertEquals(List.of("rate"), LoanTerms.missing(null, d("5"), null, Repayment.BULLET, 1));
        assertEquals(List.of(), LoanTerms.missing(null, null, null, Repayment.GRANT, null));
        assertEquals(List.of("grace"), LoanTerms.missing(pct("1"), d("5"), null, Repayment.EQUAL, 2));
    }

    // Relief in present value

    @Test
    void reliefOfTheSyrianWriteOffWithTheRemainderRepaidOverTenYears() {
        // 3.618bn repaid in 10 equal yearly instalments at 0 %, discounted at 5 %:
        // PV = 361.8m × (1 - 1.05^-10) / 0.05 = 361.8m × 7.72173492918481...
        LoanRelief r = LoanRelief.of(Amount.parse("13.4bn USD"), Amount.parse("3.618bn USD"),
                LoanTerms.parse("rate=0,maturity=10,repayment=equal"), LoanDiscount.parse("imf"));
        BigDecimal annuity = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(d("1.05").pow(10), MC50)).divide(d("0.05"), MC50);
        BigDecimal pv = d("361800000").multiply(annuity);
        assertClose(pv, r.remainingPv().value(), "1e-20");
        assertClose(d("13400000000").subtract(pv), r.relief().value(), "1e-20");
        assertClose(d("13400000000").subtract(pv).divide(d("134000000"), MC50), r.reliefPercent().value(), "1e-28");
        assertEquals(Currency.of("USD"), r.relief().currency().orElseThrow());
    }

    @Test
    void nothingRemainingIsFullRelief() {
        LoanRelief r = LoanRelief.of(Amount.parse("13.4bn"), Amount.parse("0"),
                LoanTerms.parse("rate=0,maturity=10,repayment=equal"), LoanDiscount.parse("imf"));
        assertExact("0", r.remainingPv().value());
        assertExact("100", r.reliefPercent().value());
    }

    @Test
    void aLongHighRateAnnuityKeepsItsTotalsWhereRoundingWouldBeAmplified() {
        // 99 % a year, monthly, 100 years: (1 + 0.0825)^1200 is about 1e41, so a payment-by-payment
        // recurrence loses every digit of the early principal parts
        LoanSchedule s = LoanSchedule.of(Amount.parse("100 USD"), LoanTerms.of(pct("99"), d("100"), null, Repayment.ANNUITY, 12));
        BigDecimal level = Finance.pmt(new BigDecimal("0.0825"), 1200, new BigDecimal("100"), BigDecimal.ZERO, 0).negate();
        BigDecimal expected = level.multiply(BigDecimal.valueOf(1200));
        assertEquals(0, s.totalPrincipal().compareTo(new BigDecimal("100")));
        assertTrue(s.totalDebtService().subtract(expected).abs().compareTo(new BigDecimal("1e-20")) < 0,
                s.totalDebtService() + " vs " + expected);
        for (LoanSchedule.Line line : s.lines()) {
            assertTrue(line.principal().signum() >= 0, "principal part of period " + line.period() + " is " + line.principal());
        }
    }
}
