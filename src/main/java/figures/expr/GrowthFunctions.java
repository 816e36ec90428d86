package figures.expr;

import static figures.expr.Param.required;
import static figures.expr.Param.term;

import figures.calc.Growth;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.List;

/** change, growth, cagr, log_rate (calc/Growth: nominal, so start and end may be in prices of different years). */
final class GrowthFunctions {
    private GrowthFunctions() {
    }

    static List<Fn> definitions() {
        return List.of(
                Fn.of("change", true, "end − start, in current prices (start and end may be in prices of different years)",
                        GrowthFunctions::change, required("start"), required("end")),
                Fn.of("growth", true, "percent change from start to end, (end − start) ÷ start",
                        a -> {
                            Growth.Change g = growth(a.quantity("start"), a.quantity("end"), BigDecimal.ONE);
                            return Quantity.exactPercent(defined(g.percent(), g, "% change").ratio());
                        }, required("start"), required("end")),
                Fn.of("cagr", true, "compound annual growth rate, (end ÷ start)^(1/years) − 1, as spreadsheet RRI",
                        a -> {
                            Growth.Change g = growth(a.quantity("start"), a.quantity("end"), a.years("years"));
                            return Quantity.exactPercent(defined(g.cagr(), g, "annual rate").ratio());
                        }, required("start"), required("end"), term("years")),
                Fn.of("log_rate", true, "continuous (log) annual growth rate, ln(end ÷ start) ÷ years",
                        a -> {
                            Growth.Change g = growth(a.quantity("start"), a.quantity("end"), a.years("years"));
                            return Quantity.exactPercent(defined(g.logRate(), g, "annual rate").ratio());
                        }, required("start"), required("end"), term("years")));
    }

    private static Value change(Args a) {
        Quantity s = a.quantity("start");
        Quantity e = a.quantity("end");
        Growth.Change g = growth(s, e, BigDecimal.ONE);
        Period basis = s.basis() != null && s.basis().equals(e.basis()) ? s.basis() : null;
        BigDecimal v = g.change().value();
        return new Quantity(s.isAmount() || e.isAmount() ? Quantity.Dim.AMOUNT : s.dim(), v, Interval.exact(v),
                g.change().currency().orElse(null), basis);
    }

    /** Growth between two figures in current prices: their price bases are set aside. */
    private static Growth.Change growth(Quantity start, Quantity end, BigDecimal years) {
        if (start.dim() != end.dim() && (start.isAmount() || end.isAmount())) {
            throw new CalcException("cannot take the growth from " + start.kind() + " (" + start.describe() + ") to " + end.kind()
                    + " (" + end.describe() + ")");
        }
        Arithmetic.commonCurrency(start, end, "take the growth from " + start.describe() + " to " + end.describe());
        return Growth.between(Amount.of(start.value(), start.currency(), null), Amount.of(end.value(), end.currency(), null), years);
    }

    /** The figure, or an error with the reasons calc/Growth gives that mention {@code about}. */
    private static Percent defined(Percent p, Growth.Change g, String about) {
        if (p == null) {
            List<String> why = g.undefined().stream().filter(r -> r.contains(about)).toList();
            throw new CalcException(String.join("; ", why.isEmpty() ? g.undefined() : why));
        }
        return p;
    }
}
