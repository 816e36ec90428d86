package figures.calc;

import static figures.model.Decimals.GUARD;

import figures.model.LoanTerms;
import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The present value of a loan's debt service at a discount rate, and its grant element
 * {@code (face value - PV) / face value}. Each period's payment is discounted at the effective
 * rate per period {@code (1 + d)^(1/f) - 1}.
 *
 * <p>Because interest is paid every period on the balance and the balance is repaid in full, the
 * sum of discounted payments equals {@code P·i/d + (1 - i/d)·PV(principal repayments)} (i and d per
 * period); that form is used, so a loan whose rate per period equals the discount rate per period
 * has a grant element of exactly 0, and with i = 0 it is exactly the present value of the
 * repayments. A grant has no debt service: PV 0, grant element exactly 100 %.
 */
public final class LoanValuation {

    private final LoanSchedule schedule;
    private final LoanDiscount discount;
    private final BigDecimal perPeriod;
    private final List<BigDecimal> factors;
    private final List<BigDecimal> paymentValues;
    private final BigDecimal presentValue;
    private final BigDecimal grantElement;
    private final List<Step> steps;

    /** What an explanation step shows: how the present value was reached, or what follows from it. */
    public enum StepKind {
        /** the discount rate per period */
        DISCOUNT_RATE,
        /** the present value of the debt service and of its parts */
        PRESENT_VALUE,
        /** the grant element from the present value */
        GRANT_ELEMENT,
        /** whether the grant element makes the loan concessional under a preset */
        CONCESSIONAL;

        /** Whether the step is part of computing the present value (what a relief shows of it). */
        public boolean presentValue() {
            return this == DISCOUNT_RATE || this == PRESENT_VALUE;
        }
    }

    /** One line of --explain, with what it explains. */
    public record Step(StepKind kind, String text) {
    }

    private LoanValuation(LoanSchedule schedule, LoanDiscount discount, BigDecimal perPeriod, List<BigDecimal> factors,
                          List<BigDecimal> paymentValues, BigDecimal presentValue, BigDecimal grantElement, List<Step> steps) {
        this.paymentValues = paymentValues;
        this.schedule = schedule;
        this.discount = discount;
        this.perPeriod = perPeriod;
        this.factors = factors;
        this.presentValue = presentValue;
        this.grantElement = grantElement;
        this.steps = steps;
    }

    public static LoanValuation of(LoanSchedule schedule, LoanDiscount discount) {
        LoanTerms terms = schedule.terms();
        int f = terms.frequency();
        BigDecimal d = discount.perPeriod(f, GUARD);
        BigDecimal face = schedule.principal().value();
        List<Step> steps = new ArrayList<>();
        String per = LoanTerms.periodName(f);
        steps.add(new Step(StepKind.DISCOUNT_RATE, f == 1
                ? "discount rate = " + discount.describe()
                : "discount rate per " + per + " = (1 + " + discount.rate() + ")^(1/" + f + ") − 1 = " + pct(d)
                        + " (effective: " + f + " " + per + "s compound to " + discount.rate() + " a year)"));
        List<BigDecimal> factors = new ArrayList<>();
        List<BigDecimal> paymentValues = new ArrayList<>();
        BigDecimal q = BigDecimal.ONE.add(d);
        BigDecimal repaymentsPv = BigDecimal.ZERO;
        BigDecimal paymentsPv = BigDecimal.ZERO;
        // every value of the chain carries guard digits; what is shown is rounded once, at the end
        for (LoanSchedule.Line l : schedule.exactLines()) {
            BigDecimal v = BigDecimal.ONE.divide(q.pow(l.period(), GUARD), GUARD);
            factors.add(shown(v));
            paymentValues.add(shown(l.payment().multiply(v, GUARD)));
            repaymentsPv = repaymentsPv.add(l.principal().multiply(v, GUARD), GUARD);
            paymentsPv = paymentsPv.add(l.payment().multiply(v, GUARD), GUARD);
        }
        BigDecimal pv;
        if (terms.repayment() == LoanTerms.Repayment.GRANT) {
            pv = BigDecimal.ZERO;
            steps.add(new Step(StepKind.PRESENT_VALUE, "a grant has no debt service: present value 0"));
        } else if (d.signum() == 0) {
            pv = paymentsPv;
            steps.add(new Step(StepKind.PRESENT_VALUE, "at a discount rate of 0 the present value is the undiscounted debt service: "
                    + show(schedule, pv)));
        } else {
            BigDecimal i = terms.interestPerPeriod(GUARD);
            BigDecimal ratio = i.divide(d, GUARD);
            pv = face.multiply(ratio, GUARD).add(BigDecimal.ONE.subtract(ratio).multiply(repaymentsPv, GUARD), GUARD);
            steps.add(new Step(StepKind.PRESENT_VALUE, "present value of the principal repayments = Σ principal_k ÷ (1 + " + pct(d) + ")^k = "
                    + show(schedule, repaymentsPv)));
            steps.add(new Step(StepKind.PRESENT_VALUE, "present value of debt service = Σ payment_k ÷ (1 + " + pct(d) + ")^k = P·i/d + (1 − i/d)·PV(principal repayments), i = "
                    + pct(i) + " and d = " + pct(d) + " per " + per + " = " + show(schedule, face) + " × " + num(ratio)
                    + (ratio.compareTo(BigDecimal.ONE) > 0 ? " − " + num(ratio.subtract(BigDecimal.ONE)) : " + " + num(BigDecimal.ONE.subtract(ratio)))
                    + " × " + show(schedule, repaymentsPv) + " = " + show(schedule, pv)));
        }
        BigDecimal ge = face.subtract(pv).divide(face, GUARD);
        steps.add(new Step(StepKind.GRANT_ELEMENT, "grant element = (face value − present value) ÷ face value = (" + show(schedule, face)
                + " − " + show(schedule, pv) + ") ÷ " + show(schedule, face) + " = " + pct(ge)));
        Boolean concessional = discount.concessional(ge);
        if (concessional != null) {
            steps.add(new Step(StepKind.CONCESSIONAL, "concessional under " + discount.preset() + " (" + discount.authority() + "): grant element "
                    + pct(ge) + (concessional ? " ≥ " : " < ") + discount.threshold() + " → " + (concessional ? "yes" : "no")));
        }
        return new LoanValuation(schedule, discount, shown(d), List.copyOf(factors), List.copyOf(paymentValues), shown(pv), shown(ge),
                List.copyOf(steps));
    }

    private static BigDecimal shown(BigDecimal v) {
        return DecimalMath.plain(v.round(Decimals.RESULT));
    }

    private static String show(LoanSchedule s, BigDecimal v) {
        return LoanTerms.show(s.amount(v));
    }

    private static String num(BigDecimal v) {
        return LoanTerms.plain(v.round(new MathContext(10)));
    }

    private static String pct(BigDecimal ratio) {
        return LoanTerms.plain(ratio.scaleByPowerOfTen(2).round(new MathContext(10))) + "%";
    }

    public LoanSchedule schedule() {
        return schedule;
    }

    public LoanDiscount discount() {
        return discount;
    }

    /** The effective discount rate per period, as a ratio. */
    public BigDecimal discountPerPeriod() {
        return perPeriod;
    }

    /** The discount factor of each line of the schedule, {@code 1 / (1 + d)^k}. */
    public List<BigDecimal> factors() {
        return factors;
    }

    /** The present value of each line's payment, {@code payment_k / (1 + d)^k}, from the unrounded chain. */
    public List<BigDecimal> paymentValues() {
        return paymentValues;
    }

    public Amount presentValue() {
        return schedule.amount(presentValue);
    }

    /** The grant element as a ratio (0.2877 for 28.77 %). */
    public BigDecimal grantElementRatio() {
        return grantElement;
    }

    public Percent grantElement() {
        return Percent.fromRatio(grantElement);
    }

    /** Whether the loan is concessional under the discount's preset; null for a plain rate. */
    public Boolean concessional() {
        return discount.concessional(grantElement);
    }

    /** The steps behind the present value and the grant element, each with its kind. */
    public List<Step> explained() {
        return steps;
    }

    /** The steps' text, for --explain. */
    public List<String> steps() {
        return steps.stream().map(Step::text).toList();
    }
}
