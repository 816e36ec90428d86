package figures.expr;

import static figures.expr.Param.namedOnly;
import static figures.expr.Param.optional;
import static figures.expr.Param.required;

import figures.calc.Finance;
import java.math.BigDecimal;
import java.util.List;

/**
 * The spreadsheet finance functions (calc/Finance; spreadsheet conventions: money paid out is
 * negative, {@code type} 1 pays at the start of each period).
 */
final class FinanceFunctions {
    private FinanceFunctions() {
    }

    static List<Fn> definitions() {
        return List.of(
                Fn.of("pmt", true, "payment per period (spreadsheet PMT)",
                        a -> a.moneyResult(Finance.pmt(a.rate("rate"), a.integer("nper"), a.money("pv").value(), fv(a), type(a)),
                                a.allMoney("pv", "fv")),
                        required("rate"), required("nper"), required("pv"), optional("fv"), optional("type")),
                Fn.of("ipmt", true, "interest part of payment per (spreadsheet IPMT)",
                        a -> a.moneyResult(Finance.ipmt(a.rate("rate"), a.integer("per"), a.integer("nper"), a.money("pv").value(), fv(a), type(a)),
                                a.allMoney("pv", "fv")),
                        required("rate"), required("per"), required("nper"), required("pv"), optional("fv"), optional("type")),
                Fn.of("ppmt", true, "principal part of payment per (spreadsheet PPMT)",
                        a -> a.moneyResult(Finance.ppmt(a.rate("rate"), a.integer("per"), a.integer("nper"), a.money("pv").value(), fv(a), type(a)),
                                a.allMoney("pv", "fv")),
                        required("rate"), required("per"), required("nper"), required("pv"), optional("fv"), optional("type")),
                Fn.of("pv", true, "present value of a series of payments (spreadsheet PV)",
                        a -> a.moneyResult(Finance.pv(a.rate("rate"), a.integer("nper"), a.money("pmt").value(), fv(a), type(a)),
                                a.allMoney("pmt", "fv")),
                        required("rate"), required("nper"), required("pmt"), optional("fv"), optional("type")),
                Fn.of("fv", true, "future value (spreadsheet FV)",
                        a -> a.moneyResult(Finance.fv(a.rate("rate"), a.integer("nper"), a.money("pmt").value(), a.moneyOr("pv", BigDecimal.ZERO), type(a)),
                                a.allMoney("pmt", "pv")),
                        required("rate"), required("nper"), required("pmt"), optional("pv"), optional("type")),
                Fn.of("nper", true, "number of periods (spreadsheet NPER)",
                        a -> {
                            a.oneCurrency(a.allMoney("pmt", "pv", "fv"));
                            return Quantity.exactNumber(Finance.nper(a.rate("rate"), a.money("pmt").value(), a.money("pv").value(), fv(a), type(a)));
                        },
                        required("rate"), required("pmt"), required("pv"), optional("fv"), optional("type")),
                Fn.of("rate", true, "interest rate per period (spreadsheet RATE)",
                        a -> {
                            a.oneCurrency(a.allMoney("pmt", "pv", "fv"));
                            return Quantity.exactPercent(Finance.rate(a.integer("nper"), a.money("pmt").value(), a.money("pv").value(), fv(a), type(a),
                                    a.rateOr("guess", null)));
                        },
                        required("nper"), required("pmt"), required("pv"), optional("fv"), optional("type"), optional("guess")),
                Fn.of("rri", true, "equivalent growth rate per period (spreadsheet RRI)",
                        a -> {
                            a.oneCurrency(a.allMoney("pv", "fv"));
                            return Quantity.exactPercent(Finance.rri(a.integer("nper"), a.money("pv").value(), a.money("fv").value()));
                        },
                        required("nper"), required("pv"), required("fv")),
                Fn.withRest("npv", new Param.Rest("values", 1), true, "net present value, the first value discounted one period (spreadsheet NPV)",
                        a -> a.moneyResult(Finance.npv(a.rate("rate"), values(a)), a.rest()), required("rate")),
                Fn.withRest("irr", new Param.Rest("values", 2), true, "internal rate of return, the first value at time 0 (spreadsheet IRR)",
                        a -> {
                            a.oneCurrency(a.rest());
                            return Quantity.exactPercent(Finance.irr(values(a), a.rateOr("guess", null)));
                        },
                        namedOnly("guess")));
    }

    private static BigDecimal fv(Args a) {
        return a.moneyOr("fv", BigDecimal.ZERO);
    }

    private static int type(Args a) {
        return a.integerOr("type", 0);
    }

    private static List<BigDecimal> values(Args a) {
        return a.rest().stream().map(Quantity::value).toList();
    }
}
