package figures.calc;

import figures.model.LoanTerms;
import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Debt relief in present-value terms. A face-value write-off says how much of a debt is cancelled;
 * what the creditor gives up also depends on how the remainder is repaid. The debt before the
 * write-off is taken as due now (its present value is its face value); the remainder is repaid on
 * the given terms, and its present value at the discount rate is what is still owed. The relief is
 * {@code debt - PV(remainder)}, and as a share of the debt.
 *
 * @param remainingPv   the present value of the remainder repaid on its terms
 * @param relief        debt minus that present value
 * @param reliefPercent relief as a percent of the debt
 * @param terms         how the remainder is repaid
 * @param discount      the discount rate
 * @param steps         how these were computed, for --explain
 */
public record LoanRelief(Amount remainingPv, Amount relief, Percent reliefPercent, LoanTerms terms, LoanDiscount discount, List<String> steps) {
    private static final MathContext TEN = new MathContext(10);

    public static LoanRelief of(Amount debt, Amount remaining, LoanTerms terms, LoanDiscount discount) {
        List<String> steps = new ArrayList<>();
        Amount pv;
        if (remaining.signum() == 0) {
            pv = remaining;
            steps.add("nothing remains owed: its present value is 0");
        } else {
            LoanValuation valuation = LoanValuation.of(LoanSchedule.of(remaining, terms), discount);
            pv = valuation.presentValue();
            steps.add("remaining " + LoanTerms.show(remaining) + " repaid at " + terms.describe() + ", discounted at " + discount.describe() + ":");
            for (LoanValuation.Step s : valuation.explained()) {
                if (s.kind().presentValue()) {
                    steps.add("  " + s.text());
                }
            }
        }
        Amount relief = debt.minus(pv);
        BigDecimal share = Decimals.ratio(relief.value(), debt.value());
        steps.add("relief in present value = debt (due now, so at face value) − present value still owed = " + LoanTerms.show(debt) + " − "
                + LoanTerms.show(pv) + " = " + LoanTerms.show(relief) + " (" + LoanTerms.plain(share.scaleByPowerOfTen(2).round(TEN)) + "% of the debt)");
        return new LoanRelief(pv, relief, Percent.fromRatio(share), terms, discount, List.copyOf(steps));
    }
}
