package figures.expr;

import static figures.expr.Param.optional;
import static figures.expr.Param.optionalTerm;
import static figures.expr.Param.required;
import static figures.expr.Param.term;

import figures.calc.LoanDiscount;
import figures.calc.LoanSchedule;
import figures.calc.LoanValuation;
import figures.calc.WriteOff;
import figures.model.Amount;
import figures.model.LoanTerms;
import figures.model.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** writeoff (calc/WriteOff) and grant_element (model/LoanTerms, calc/LoanSchedule, LoanValuation). */
final class DebtFunctions {
    private DebtFunctions() {
    }

    static Fn writeoff() {
        return Fn.of("writeoff", true, "completes a write-off from any two figures: .debt .percent .written_off .remaining", DebtFunctions::writeoff,
                optional("debt"), optional("percent"), optional("written_off"), optional("remaining"));
    }

    static Fn grantElement() {
        return Fn.of("grant_element", true,
                "grant element of a loan, (face value − PV of debt service) ÷ face value; repayment annuity|equal|bullet|grant;"
                        + " discount a rate or imf|dac|dac_ldc|dac_lmic|dac_umic; grace and maturity in years; frequency payments a year",
                DebtFunctions::grantElement,
                required("rate"), term("maturity"), required("repayment"), required("discount"), optionalTerm("grace"), optional("frequency"));
    }

    private static Value writeoff(Args a) {
        Quantity debt = a.has("debt") ? a.money("debt") : null;
        Quantity pct = a.has("percent") ? a.quantity("percent") : null;
        Quantity wo = a.has("written_off") ? a.money("written_off") : null;
        Quantity rem = a.has("remaining") ? a.money("remaining") : null;
        if (pct != null && pct.isAmount()) {
            throw a.error("percent", "percent must be a percent, not the amount " + pct.describe()
                    + " (name the arguments when they are not debt and percent: writeoff(debt=…, written_off=…))");
        }
        WriteOff w = WriteOff.of(amount(debt), pct == null ? null : Percent.fromRatio(pct.value()), amount(wo), amount(rem));
        List<Quantity> money = new ArrayList<>();
        for (Quantity q : new Quantity[] {debt, wo, rem}) {
            if (q != null) {
                money.add(q);
            }
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (WriteOff.Line l : w.lines()) {
            Object v = l.computed() != null ? l.computed() : l.stated();
            fields.put(l.figure().column(), v instanceof Percent p ? Quantity.exactPercent(p.ratio())
                    : a.moneyResult(((Amount) v).value(), money));
        }
        return new Value.Record("writeoff", fields, null);
    }

    private static Value grantElement(Args a) {
        try {
            Percent rate = Percent.fromRatio(a.rate("rate"));
            LoanTerms.Repayment repayment = LoanTerms.Repayment.parse(a.name("repayment"));
            LoanDiscount discount = a.value("discount") instanceof Quantity
                    ? LoanDiscount.of(Percent.fromRatio(a.rate("discount")))
                    : LoanDiscount.parse(a.name("discount").replace('_', '-'));
            LoanTerms terms = LoanTerms.of(rate, a.years("maturity"), a.has("grace") ? a.years("grace") : null, repayment,
                    a.integerOr("frequency", 1));
            // the grant element is a ratio: any face value gives it
            LoanValuation v = LoanValuation.of(LoanSchedule.of(Amount.of(BigDecimal.valueOf(100), null), terms), discount);
            a.trace().addAll(v.steps());
            return Quantity.exactPercent(v.grantElementRatio());
        } catch (LoanTerms.BadTerm e) {
            throw a.error(e.term(), e.getMessage());
        }
    }

    static Amount amount(Quantity q) {
        return q == null ? null : Amount.of(q.value(), q.currency(), q.basis());
    }
}
