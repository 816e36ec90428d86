package figures.calc;

import static figures.model.Decimals.GUARD;

import figures.model.LoanTerms;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment schedule of a loan disbursed in full at commitment: for each period, the opening
 * balance, interest on it at the rate per period, the principal repaid, the payment and the closing
 * balance. Values are exact where the arithmetic allows; otherwise they are computed with guard
 * digits ({@link Decimals#GUARD}) and each shown value is rounded once, to 34 significant digits.
 * The last principal repayment is whatever remains, so the loan closes at exactly 0.
 */
public final class LoanSchedule {

    /** One period: {@code years} is the time from commitment to its end (period ÷ frequency). */
    public record Line(int period, BigDecimal years, BigDecimal opening, BigDecimal interest, BigDecimal principal,
                       BigDecimal payment, BigDecimal closing) {
    }

    private final Amount principal;
    private final LoanTerms terms;
    private final List<Line> exact;
    private final List<Line> lines;

    private LoanSchedule(Amount principal, LoanTerms terms, List<Line> exact) {
        this.principal = principal;
        this.terms = terms;
        this.exact = exact;
        this.lines = exact.stream().map(l -> new Line(l.period(), l.years(), shown(l.opening()), shown(l.interest()),
                shown(l.principal()), shown(l.payment()), shown(l.closing()))).toList();
    }

    public static LoanSchedule of(Amount principal, LoanTerms terms) {
        if (principal.signum() <= 0) {
            throw new CalcException("the principal must be more than 0, not " + principal);
        }
        List<Line> lines = new ArrayList<>();
        if (terms.repayment() == LoanTerms.Repayment.GRANT) {
            return new LoanSchedule(principal, terms, List.of());
        }
        int n = terms.periods();
        int first = terms.firstRepaymentPeriod();
        int instalments = n - first + 1;
        BigDecimal i = terms.interestPerPeriod(GUARD);
        BigDecimal f = BigDecimal.valueOf(terms.frequency());
        BigDecimal balance = principal.value();
        // an annuity's balances in closed form, B·(q^m − q^j)/(q^m − 1): the recurrence
        // balance − (level − interest) amplifies rounding by q^m (1e41 for 99 % over 100 years monthly)
        boolean annuity = terms.repayment() == LoanTerms.Repayment.ANNUITY && i.signum() != 0;
        BigDecimal q = BigDecimal.ONE.add(i);
        BigDecimal qm = annuity ? q.pow(instalments, GUARD) : null;
        for (int k = 1; k <= n; k++) {
            BigDecimal interest = balance.multiply(i, GUARD);
            BigDecimal repaid;
            if (k < first) {
                repaid = BigDecimal.ZERO;
            } else if (k == n) {
                repaid = balance;
            } else {
                repaid = switch (terms.repayment()) {
                    // an annuity at 0 % repays in equal parts
                    case EQUAL, ANNUITY -> annuity
                            ? balance.subtract(principal.value().multiply(qm.subtract(q.pow(k - first + 1, GUARD), GUARD), GUARD)
                                    .divide(qm.subtract(BigDecimal.ONE, GUARD), GUARD), GUARD)
                            : principal.value().divide(BigDecimal.valueOf(instalments), GUARD);
                    default -> BigDecimal.ZERO; // BULLET: repaid at k == n
                };
            }
            BigDecimal closing = balance.subtract(repaid, GUARD);
            BigDecimal years = divide(BigDecimal.valueOf(k), f);
            lines.add(new Line(k, years, balance, interest, repaid, interest.add(repaid, GUARD), closing));
            balance = closing;
        }
        return new LoanSchedule(principal, terms, List.copyOf(lines));
    }

    /** A value of the chain as shown: rounded once to 34 significant digits, without trailing zeros. */
    private static BigDecimal shown(BigDecimal v) {
        return DecimalMath.plain(v.round(Decimals.RESULT));
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return Decimals.divide(a, b);
    }

    /** The face value: the principal disbursed at commitment. */
    public Amount principal() {
        return principal;
    }

    public LoanTerms terms() {
        return terms;
    }

    /** The lines as shown: each value rounded once to 34 significant digits. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines with their guard digits, for the chains that go on from them (present values). */
    List<Line> exactLines() {
        return exact;
    }

    /** An amount in the loan's currency (and price basis). */
    public Amount amount(BigDecimal value) {
        return principal.withValue(value);
    }

    public BigDecimal totalInterest() {
        return shown(exact.stream().map(Line::interest).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, GUARD)));
    }

    public BigDecimal totalPrincipal() {
        return shown(exact.stream().map(Line::principal).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, GUARD)));
    }

    /** How the schedule was built, for --explain. */
    public List<String> steps() {
        if (terms.repayment() == LoanTerms.Repayment.GRANT) {
            return List.of("a grant: nothing is repaid and no interest is due");
        }
        String per = LoanTerms.periodName(terms.frequency());
        int n = terms.periods();
        int first = terms.firstRepaymentPeriod();
        List<String> steps = new ArrayList<>();
        steps.add("interest per " + per + " = " + terms.rate() + (terms.frequency() == 1 ? "" : " ÷ " + terms.frequency() + " = "
                + LoanTerms.plain(terms.interestPerPeriod().scaleByPowerOfTen(2).round(new MathContext(10))) + "%")
                + ", on the opening balance, paid every " + per + " from the first");
        String from = "period " + first + " (" + LoanTerms.years(lines.get(first - 1).years().round(new MathContext(4))) + " after commitment)";
        steps.add(switch (terms.repayment()) {
            case EQUAL -> "principal repaid in " + (n - first + 1) + " equal instalments from " + from + " to period " + n;
            case ANNUITY -> "level payments of interest and principal from " + from + " to period " + n + ": PMT("
                    + LoanTerms.plain(terms.interestPerPeriod().round(new MathContext(10))) + ", " + (n - first + 1) + ", "
                    + LoanTerms.plain(principal.value()) + ") = " + LoanTerms.show(amount(lines.get(first - 1).payment()))
                    + " per " + per;
            default -> "all principal repaid at maturity, period " + n;
        });
        if (first > 1 && terms.repayment() != LoanTerms.Repayment.BULLET) {
            steps.add("grace: the first repayment of principal is " + LoanTerms.years(lines.get(first - 1).years())
                    + " after commitment (grace counts from commitment to the first repayment, the OECD/IDA definition); before it, interest only");
        }
        return steps;
    }

    /** Interest plus principal over the life of the loan. */
    public BigDecimal totalDebtService() {
        return shown(exact.stream().map(Line::payment).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, GUARD)));
    }
}
