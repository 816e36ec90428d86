package figures.expr;

import static figures.expr.Param.required;

import figures.calc.TradeBalance;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import java.util.List;

/** Lookups into the tables in use: exports, balance, coverage, writeoffs, loans, debts. */
final class LookupFunctions {
    private LookupFunctions() {
    }

    static List<Fn> definitions() {
        return List.of(
                Fn.of("exports", false, "exports.csv: value exported in a year or span (rows with the same key summed)",
                        a -> found(a, a.env().tables().exports(a.name("exporter"), a.name("importer"), a.period("period")), "exports"),
                        required("exporter"), required("importer"), required("period")),
                Fn.of("balance", false, "exports.csv: exports a→b minus exports b→a, a's trade balance with b (calc/TradeBalance)",
                        a -> {
                            Quantity out = exports(a, "a", "b");
                            Quantity in = exports(a, "b", "a");
                            Amount balance = trade(out, in).balance();
                            return Quantity.amount(balance.value(), out.range().minus(in.range()), out.currency(), out.basis());
                        }, required("a"), required("b"), required("period")),
                Fn.of("coverage", false,
                        "exports.csv: exports a→b as a percent of exports b→a (exports / imports), how far a's exports pay for its imports from b",
                        a -> {
                            Quantity out = exports(a, "a", "b");
                            Quantity in = exports(a, "b", "a");
                            Percent coverage = trade(out, in).coverage();
                            if (coverage == null) {
                                throw new CalcException("coverage is undefined: exports from " + a.name("b") + " to " + a.name("a") + " are " + in.describe());
                            }
                            return Quantity.percent(coverage.ratio(), Arithmetic.divideRange(out.range(), in.range(), coverage.ratio()));
                        }, required("a"), required("b"), required("period")),
                Fn.of("writeoffs", false, "writeoffs.csv: the row's .debt .percent .written_off .remaining (stated, or completed)",
                        a -> found(a, a.env().tables().writeoffs(a.name("debtor"), a.name("creditor"), a.year("year")), "writeoffs"),
                        required("debtor"), required("creditor"), required("year")),
                Fn.of("loans", false, "loans.csv: the row's .principal and the terms it states (.rate .maturity .grace .repayment .frequency)",
                        a -> found(a, a.env().tables().loans(a.name("lender"), a.name("borrower"), a.year("year")), "loans"),
                        required("lender"), required("borrower"), required("year")),
                Fn.of("debts", false, "debts.csv: the amount owed",
                        a -> found(a, a.env().tables().debts(a.name("debtor"), a.name("creditor"), a.year("year")), "debts"),
                        required("debtor"), required("creditor"), required("year")));
    }

    private static Quantity exports(Args a, String from, String to) {
        return (Quantity) found(a, a.env().tables().exports(a.name(from), a.name(to), a.period("period")), "exports");
    }

    private static TradeBalance trade(Quantity exports, Quantity imports) {
        return TradeBalance.of(DebtFunctions.amount(exports), DebtFunctions.amount(imports), null);
    }

    private static Value found(Args a, Tables.Found f, String table) {
        a.trace().add(table + " lookup: " + f.value().describe() + " from " + f.where());
        return f.value();
    }
}
