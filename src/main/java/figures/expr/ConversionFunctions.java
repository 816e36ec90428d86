package figures.expr;

import static figures.expr.Param.namedOnly;
import static figures.expr.Param.required;

import figures.calc.Conversion;
import figures.model.Amount;
import figures.model.Currency;
import figures.model.FiguresException;
import figures.model.Interval;
import figures.model.MissingReference;

/** convert: a value in another currency and/or prices of another year (calc/Conversion). */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static Fn convert() {
        return Fn.of("convert", true,
                "value in another currency and/or prices of another year (calc/Conversion): value in USD@2024 is the same;"
                        + " rate='0.90 SUR per USD' replaces the rate lookup, method='deflate-then-convert' the default order",
                ConversionFunctions::convert, required("value"), required("target"), namedOnly("rate"), namedOnly("method"));
    }

    private static Value convert(Args a) {
        Quantity q = a.quantity("value");
        Value t = a.value("target");
        if (!(t instanceof Value.Target target)) {
            throw a.error("target", "the target must be a currency and/or a year, e.g. USD, USD@2024 or @2024, not " + t.kind() + " (" + t.describe() + ")");
        }
        if (!q.isAmount() || q.currency() == null) {
            throw a.error("value", "only an amount with a currency can be converted, not " + q.kind() + " (" + q.describe() + ")");
        }
        if (target.basis() != null && target.basis().isSpan()) {
            throw a.error("target", "prices are those of one year, not of " + target.basis() + " (e.g. @" + target.basis().last() + ")");
        }
        Currency to = target.currency() != null ? target.currency() : q.currency();
        Conversion.Target goal = target.basis() == null ? Conversion.Target.of(to) : Conversion.Target.of(to, target.basis().first());
        Conversion conversion = Conversion.using(a.env().reference());
        if (a.has("rate")) {
            conversion = conversion.withRate(Conversion.Rate.parse(a.value("rate") instanceof Quantity r ? r.value().toPlainString() : a.name("rate")));
        }
        if (a.has("method")) {
            conversion = conversion.withMethod(Conversion.Method.parse(a.name("method")));
        }
        Conversion.Result r;
        try {
            r = conversion.convert(DebtFunctions.amount(q), goal);
        } catch (MissingReference m) {
            String option = m.option();
            String remedy = option.startsWith("--rate ") ? "give the rate: convert(" + q.describe() + ", " + goal + ", rate='"
                    + option.substring("--rate ".length()).replace("\"", "") + "')"
                    : "the language has no index override; use figures convert with " + option;
            throw new ExprException(a.text(), a.callStart(), m.problem() + "; nothing is interpolated: " + remedy, FiguresException.BAD_INPUT);
        }
        if (!a.trace().isSilent()) {
            a.trace().addAll(r.steps());
            r.notes().forEach(n -> a.trace().add("note: " + n));
        }
        Amount c = r.converted();
        return Quantity.amount(c.value(), Interval.exact(c.value()), c.currency().orElse(to), c.priceBasis().orElse(null));
    }
}
