package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table of functions as the definitions build it (a new one, not the one loaded with the
 * class): every function in the help's order with its usage, which ones carry the stated
 * precision of their inputs, and which parameters are contract terms.
 */
class FunctionTableTest {
    private static final List<String> USAGES = List.of(
            "round(x, [places])",
            "share(part, whole)",
            "ratio(a, b)",
            "about(x, [share])",
            "at_least(x, [share])",
            "at_most(x, [share])",
            "writeoff([debt], [percent], [written_off], [remaining])",
            "change(start, end)",
            "growth(start, end)",
            "cagr(start, end, years)",
            "log_rate(start, end, years)",
            "pmt(rate, nper, pv, [fv], [type])",
            "ipmt(rate, per, nper, pv, [fv], [type])",
            "ppmt(rate, per, nper, pv, [fv], [type])",
            "pv(rate, nper, pmt, [fv], [type])",
            "fv(rate, nper, pmt, [pv], [type])",
            "nper(rate, pmt, pv, [fv], [type])",
            "rate(nper, pmt, pv, [fv], [type], [guess])",
            "rri(nper, pv, fv)",
            "npv(rate, values...)",
            "irr(values..., [guess=…])",
            "grant_element(rate, maturity, repayment, discount, [grace], [frequency])",
            "convert(value, target, [rate=…], [method=…])",
            "exports(exporter, importer, period)",
            "balance(a, b, period)",
            "coverage(a, b, period)",
            "writeoffs(debtor, creditor, year)",
            "loans(lender, borrower, year)",
            "debts(debtor, creditor, year)");

    @Test
    void everyFunctionInTheHelpsOrder() {
        Map<String, Fn> built = Functions.build();
        List<String> usages = new ArrayList<>();
        built.forEach((name, fn) -> {
            assertEquals(name, fn.name());
            usages.add(fn.usage());
        });
        assertEquals(USAGES, usages);
        assertEquals(List.copyOf(built.keySet()), Functions.all().stream().map(Fn::name).toList());
    }

    @Test
    void approximationsAndLookupsTakeTheirOwnPrecision() {
        List<String> notPrecise = Functions.build().values().stream().filter(f -> !f.precise()).map(Fn::name).toList();
        assertEquals(List.of("about", "at_least", "at_most", "exports", "balance", "coverage", "writeoffs", "loans", "debts"), notPrecise);
    }

    @Test
    void contractTermsAndTrailingValues() {
        Map<String, List<String>> terms = new java.util.LinkedHashMap<>();
        Map<String, Integer> least = new java.util.LinkedHashMap<>();
        for (Fn f : Functions.build().values()) {
            if (!f.terms().isEmpty()) {
                terms.put(f.name(), f.terms());
            }
            if (f.variadic()) {
                least.put(f.name(), f.minVariadic());
            }
        }
        assertEquals(Map.of("cagr", List.of("years"), "log_rate", List.of("years"), "grant_element", List.of("maturity", "grace")), terms);
        assertEquals(Map.of("npv", 1, "irr", 2), least);
    }
}
