package figures.expr;

import figures.calc.Consistency;
import figures.expr.Quantity.Dim;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Interval;
import figures.model.PercentPoints;
import java.math.BigDecimal;
import figures.model.Tolerance;
import figures.model.Verdict;

/**
 * Whether a claimed figure holds: the claim's computed value against the expected (stated) one,
 * by the stated-precision rule (the range the claim's figures allow, as stated, must overlap the
 * range the expected figure stands for) or, when given, by an explicit tolerance around the
 * expected value.
 */
public final class Claims {
    /** The verdict, both values in one dimension, their difference (computed − expected), and why. */
    public record Outcome(Quantity computed, Quantity expected, Quantity difference, Verdict verdict, String why) {
        /** The difference for a result table: between two percents it is in percentage points, never in %. */
        public Object differenceCell() {
            return difference.dim() == Dim.PERCENT ? PercentPoints.of(difference.value().scaleByPowerOfTen(2)) : difference.cell();
        }
    }

    /** Which side of a claim a problem is on: the claim, the expected figure or the tolerance. */
    public static final class Mismatch extends CalcException {
        private final String column;

        Mismatch(String column, String message) {
            super(message);
            this.column = column;
        }

        /** The claims-file column at fault: claim, expected or tolerance. */
        public String column() {
            return column;
        }
    }

    private Claims() {
    }

    public static Outcome verify(Value claimValue, Value expectedValue, Tolerance tolerance) {
        Quantity c = quantity(claimValue, "claim");
        Quantity e = quantity(expectedValue, "expected");
        boolean ratio = c.dim() == Dim.PERCENT || e.dim() == Dim.PERCENT;
        if (c.isAmount() != e.isAmount()) {
            throw new Mismatch("expected", "the claim gives " + c.kind() + " (" + c.describe() + ") but the expected figure is "
                    + e.kind() + " (" + e.describe() + ")");
        }
        if (c.isAmount()) {
            if (c.currency() != null && e.currency() != null && !c.currency().equals(e.currency())) {
                throw new Mismatch("expected", "the claim gives " + c.describe() + " but the expected figure is in " + e.currency()
                        + "; convert the claim (… in " + e.currency() + ")");
            }
            if ((c.basis() == null) != (e.basis() == null)) {
                throw new Mismatch("expected", c.basis() != null
                        ? "the claim gives " + c.describe() + " (prices of " + c.basis() + ") but the expected figure " + e.describe()
                                + " has no year, and none is assumed; write it as …@" + c.basis() + " if it is in " + c.basis() + " prices"
                        : "the expected figure " + e.describe() + " is in prices of " + e.basis() + " but the claim gives " + c.describe()
                                + " with no year, and none is assumed; give the claim's year, or convert it (… in " + target(c, e) + ")");
            }
            if (c.basis() != null && e.basis() != null && !c.basis().equals(e.basis())) {
                throw new Mismatch("expected", "the claim gives " + c.describe() + " but the expected figure is in prices of " + e.basis()
                        + "; convert the claim (… in " + target(c, e) + ")");
            }
            // an expected figure without a currency takes the claim's (a year is never assumed: see above)
            e = Quantity.amount(e.value(), e.range(), e.currency() != null ? e.currency() : c.currency(), e.basis());
        } else if (ratio) {
            c = Quantity.percent(c.value(), c.range());
            e = Quantity.percent(e.value(), e.range());
        }
        // the difference is in the expected figure's terms: its price basis, if it states one
        BigDecimal diff = c.value().subtract(e.value());
        Quantity difference = new Quantity(c.dim(), diff, Interval.exact(diff), c.currency(), e.basis());
        if (tolerance == null) {
            Verdict v = Consistency.check(e.range(), c.range());
            String why = "expected " + e.describe() + " stands for " + e.showRange() + "; the claim, with the precision of its figures as stated, gives "
                    + c.showRange() + " -> " + v;
            return new Outcome(c, e, difference, v, why);
        }
        checkTolerance(tolerance, c, ratio);
        Interval allowed = tolerance.around(e.value());
        Verdict v = allowed.contains(c.value()) ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
        String why = "expected " + e.describe() + " " + tolerance + " allows " + e.with(e.value(), allowed).showRange() + "; the claim gives "
                + c.describe() + " -> " + v;
        return new Outcome(c, e, difference, v, why);
    }

    /** What to convert the claim to: the expected figure's currency (else the claim's, else none) at its year ({@code USD@2021}, {@code @2021}). */
    private static String target(Quantity c, Quantity e) {
        Currency currency = e.currency() != null ? e.currency() : c.currency();
        return (currency == null ? "" : currency.code()) + "@" + e.basis();
    }

    private static Quantity quantity(Value v, String column) {
        if (v instanceof Quantity q) {
            return q;
        }
        if (v instanceof Value.Record r) {
            throw new Mismatch(column, r.describe() + " is a record: pick one of its fields (" + r.fieldList() + ")");
        }
        throw new Mismatch(column, "'" + v.describe() + "' is " + v.kind() + ", not a figure (a number, percent or amount)");
    }

    private static void checkTolerance(Tolerance t, Quantity c, boolean ratio) {
        switch (t.kind()) {
            case POINTS -> {
                if (!ratio) {
                    throw new Mismatch("tolerance", "'" + t + "' is in percentage points, but the claim gives " + c.kind() + " (" + c.describe() + ")");
                }
            }
            case ABSOLUTE -> {
                if (ratio) {
                    throw new Mismatch("tolerance", "'" + t + "' is ambiguous for a percent: write ±0.1pp for percentage points or ±0.5% for a share of the expected value");
                }
                if (t.currency() != null && (!c.isAmount() || (c.currency() != null && !c.currency().equals(t.currency())))) {
                    throw new Mismatch("tolerance", "'" + t + "' is in " + t.currency() + " but the claim gives " + c.describe());
                }
            }
            case RELATIVE -> {
                // a share of the expected value fits every kind of figure
            }
        }
    }
}
