package figures.expr;

import static figures.expr.Param.optional;
import static figures.expr.Param.required;

import figures.model.CalcException;
import figures.model.Decimals;
import figures.model.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** round, share, ratio and the approximations about, at_least, at_most. */
final class ArithmeticFunctions {
    private static final BigDecimal ABOUT = new BigDecimal("0.05");
    private static final BigDecimal BOUND = new BigDecimal("0.10");

    private ArithmeticFunctions() {
    }

    static List<Fn> definitions() {
        return List.of(
                Fn.of("round", true, "x rounded half away from zero to places decimals (of the percent for a percent; may be negative)",
                        a -> round(a.quantity("x"), a.integerOr("places", 0)), required("x"), optional("places")),
                Fn.of("share", true, "part ÷ whole as a percent",
                        a -> Quantity.exactPercent(ratio(a.quantity("part"), a.quantity("whole"), "take the share of")),
                        required("part"), required("whole")),
                Fn.of("ratio", true, "a ÷ b as a plain number",
                        a -> Quantity.exactNumber(ratio(a.quantity("a"), a.quantity("b"), "take the ratio of")), required("a"), required("b")),
                Fn.of("about", false, "x as an approximation (\"about 3 billion\"): its stated range widened to at least ± share of x (default 5%)",
                        a -> about(a.quantity("x"), share(a, ABOUT), true, true), required("x"), optional("share")),
                Fn.of("at_least", false,
                        "x as a lower bound (\"more than 3 billion\"): its stated range widened upwards to at least x + share of x (default 10%)",
                        a -> about(a.quantity("x"), share(a, BOUND), false, true), required("x"), optional("share")),
                Fn.of("at_most", false,
                        "x as an upper bound (\"almost 3 billion\"): its stated range widened downwards to at least x − share of x (default 10%)",
                        a -> about(a.quantity("x"), share(a, BOUND), true, false), required("x"), optional("share")));
    }

    private static BigDecimal share(Args a, BigDecimal otherwise) {
        return a.has("share") ? a.rate("share") : otherwise;
    }

    static Quantity round(Quantity x, int places) {
        int scale = x.dim() == Quantity.Dim.PERCENT ? places + 2 : places;
        if (Math.abs(places) > Decimals.MAX_DIGITS) {
            throw new CalcException("round(): places must lie between -" + Decimals.MAX_DIGITS + " and " + Decimals.MAX_DIGITS + ", got " + places);
        }
        // never padded: round(1/3, 40) of a 34-digit quotient must not add six zeros that look exact
        return x.exactly(x.value().setScale(Math.min(scale, x.value().scale()), RoundingMode.HALF_UP));
    }

    /** x with its range widened to reach x − share·|x| ({@code below}) and/or x + share·|x| ({@code above}), never narrowed. */
    static Quantity about(Quantity x, BigDecimal share, boolean below, boolean above) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new CalcException("share must lie between 0% and 100%, got " + share.scaleByPowerOfTen(2).stripTrailingZeros().toPlainString() + "%");
        }
        BigDecimal half = x.value().abs().multiply(share);
        Interval r = x.range();
        Interval wide = new Interval(below ? r.lo().min(x.value().subtract(half)) : r.lo(), above ? r.hi().max(x.value().add(half)) : r.hi());
        return x.with(x.value(), wide);
    }

    static BigDecimal ratio(Quantity a, Quantity b, String what) {
        if (a.isAmount() != b.isAmount()) {
            throw new CalcException("cannot " + what + " " + a.kind() + " (" + a.describe() + ") and " + b.kind() + " (" + b.describe() + ")");
        }
        if (a.isAmount()) {
            String w = what + " " + a.describe() + " and " + b.describe();
            Arithmetic.commonCurrency(a, b, w);
            Arithmetic.commonBasis(a, b, w, false);
        }
        if (b.value().signum() == 0) {
            throw new CalcException("division by zero (" + a.describe() + " ÷ " + b.describe() + ")");
        }
        return Quantity.divide(a.value(), b.value());
    }
}
