package figures.expr;

import figures.calc.DecimalMath;
import figures.expr.Node.Op;
import figures.expr.Quantity.Dim;
import figures.model.CalcException;
import figures.model.Decimals;
import figures.model.Currency;
import figures.model.Interval;
import figures.model.Period;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The dimension rules of the language, exactly: amounts add only to amounts in the same currency
 * and price basis (an amount never takes the other's currency or year: mixing an amount with a
 * currency or price basis and one without is an error that says what to write); an amount times a number or a percent is an amount; two amounts do not
 * multiply; an amount divided by an amount is a plain number. Ranges (stated precision) are
 * carried through with interval arithmetic.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    /** Results beyond this decimal exponent are refused: repeated products must not grow without bound. */
    static final int MAX_EXPONENT = 1000;

    static Quantity apply(Op op, Quantity a, Quantity b) {
        return bounded(switch (op) {
            case ADD, SUBTRACT -> addOrSubtract(op, a, b);
            case MULTIPLY -> multiply(a, b, "multiply");
            case OF -> {
                if (a.dim() != Dim.PERCENT) {
                    throw new CalcException("'of' takes a percent on its left, e.g. 73% of 13.4bn USD (got " + a.kind() + ", " + a.describe() + ")");
                }
                yield multiply(a, b, "take");
            }
            case DIVIDE -> divide(a, b);
            case POWER -> power(a, b);
        });
    }

    static Quantity bounded(Quantity q) {
        for (BigDecimal v : new BigDecimal[] {q.value(), q.range().lo(), q.range().hi()}) {
            int magnitude = v.precision() - v.scale();
            if (v.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
                throw new CalcException("the result is out of range (beyond 1e±" + MAX_EXPONENT + ")");
            }
        }
        return q;
    }

    private static Quantity addOrSubtract(Op op, Quantity a, Quantity b) {
        boolean add = op == Op.ADD;
        BigDecimal v = add ? a.value().add(b.value()) : a.value().subtract(b.value());
        Interval r = add ? a.range().plus(b.range()) : a.range().minus(b.range());
        if (a.isAmount() && b.isAmount()) {
            String what = add ? "add " + a.describe() + " and " + b.describe() : "subtract " + b.describe() + " from " + a.describe();
            Currency c = commonCurrency(a, b, what);
            Period basis = commonBasis(a, b, what, !add);
            return Quantity.amount(v, r, c, basis);
        }
        if (a.isAmount() || b.isAmount()) {
            Quantity amount = a.isAmount() ? a : b;
            Quantity other = a.isAmount() ? b : a;
            String verb = add ? "add" : "subtract";
            if (other.dim() == Dim.PERCENT) {
                throw new CalcException("cannot " + verb + " the percent " + other.describe() + " and the amount " + amount.describe()
                        + ": to " + verb + " " + other.describe() + " of it, write " + amount.describe() + (add ? " + " : " - ")
                        + other.describe() + " of " + amount.describe());
            }
            throw new CalcException("cannot " + verb + " the plain number " + other.describe() + " and the amount " + amount.describe()
                    + ": write the number as an amount (e.g. " + other.describe() + (amount.currency() == null ? "m" : " " + amount.currency()) + ")");
        }
        Dim dim = a.dim() == Dim.PERCENT || b.dim() == Dim.PERCENT ? Dim.PERCENT : Dim.NUMBER;
        return new Quantity(dim, v, r, null, null);
    }

    private static Quantity multiply(Quantity a, Quantity b, String verb) {
        BigDecimal v = a.value().multiply(b.value());
        Interval r = a.range().times(b.range());
        if (a.isAmount() && b.isAmount()) {
            throw new CalcException("cannot " + verb + " two amounts (" + a.describe() + " × " + b.describe()
                    + "); multiply an amount by a number or a percent");
        }
        if (a.isAmount() || b.isAmount()) {
            Quantity amount = a.isAmount() ? a : b;
            return Quantity.amount(v, r, amount.currency(), amount.basis());
        }
        Dim dim = a.dim() == Dim.PERCENT || b.dim() == Dim.PERCENT ? Dim.PERCENT : Dim.NUMBER;
        return new Quantity(dim, v, r, null, null);
    }

    private static Quantity divide(Quantity a, Quantity b) {
        if (b.value().signum() == 0) {
            throw new CalcException("division by zero (" + a.describe() + " ÷ " + b.describe() + ")");
        }
        BigDecimal v = Quantity.divide(a.value(), b.value());
        Interval r = divideRange(a.range(), b.range(), v);
        if (a.isAmount() && b.isAmount()) {
            String what = "divide " + a.describe() + " by " + b.describe();
            commonCurrency(a, b, what);
            commonBasis(a, b, what, false);
            return Quantity.number(v, r);
        }
        if (b.isAmount()) {
            throw new CalcException("cannot divide " + a.kind() + " (" + a.describe() + ") by an amount (" + b.describe() + ")");
        }
        if (a.isAmount()) {
            return Quantity.amount(v, r, a.currency(), a.basis());
        }
        // a percent over a percent is a plain ratio; a percent over a number stays a percent
        Dim dim = a.dim() == Dim.PERCENT && b.dim() != Dim.PERCENT ? Dim.PERCENT : Dim.NUMBER;
        return new Quantity(dim, v, r, null, null);
    }

    /** Whole exponents beyond this are refused before the work: the result would be out of range anyway. */
    static final int MAX_WHOLE_POWER = 10_000;

    /**
     * {@code a ^ b}: a number or percent raised to a plain number. A whole exponent is exact (a
     * negative one divides once); any other needs a positive base and is computed as exp(b ln a)
     * with guard digits, to 34 significant digits. The range is the extremes over the corners of
     * the two ranges (and 0 when an even power's base range spans it).
     */
    private static Quantity power(Quantity a, Quantity b) {
        if (a.isAmount()) {
            throw new CalcException("cannot raise an amount to a power (" + a.describe() + " ^ " + b.describe()
                    + "); raise a growth factor and multiply, e.g. 13.4bn USD * (1 + 5%)^10");
        }
        if (b.dim() != Dim.NUMBER) {
            throw new CalcException("the exponent of ^ is a plain number, not " + b.kind() + " (" + b.describe() + ")");
        }
        BigDecimal v = raise(a.value(), b.value());
        BigDecimal lo = null, hi = null;
        for (BigDecimal x : new BigDecimal[] {a.range().lo(), a.range().hi()}) {
            for (BigDecimal y : new BigDecimal[] {b.range().lo(), b.range().hi()}) {
                BigDecimal c;
                try {
                    c = raise(x, y);
                } catch (CalcException undefinedAtACorner) {
                    c = v;
                }
                lo = lo == null ? c : lo.min(c);
                hi = hi == null ? c : hi.max(c);
            }
        }
        if (a.range().lo().signum() < 0 && a.range().hi().signum() > 0 && lo.signum() > 0) {
            lo = BigDecimal.ZERO; // an even power of a range across zero reaches zero
        }
        return new Quantity(a.dim(), v, new Interval(lo.min(v), hi.max(v)), null, null);
    }

    private static BigDecimal raise(BigDecimal x, BigDecimal y) {
        boolean whole = y.signum() == 0 || y.stripTrailingZeros().scale() <= 0;
        if (whole) {
            if (y.abs().compareTo(BigDecimal.valueOf(MAX_WHOLE_POWER)) > 0) {
                throw new CalcException("the exponent " + y.toPlainString() + " is too large (at most " + MAX_WHOLE_POWER + ")");
            }
            int n = y.intValueExact();
            if (x.signum() == 0 && n < 0) {
                throw new CalcException("division by zero (0 raised to the negative power " + n + ")");
            }
            long digits = (long) Math.max(1, x.precision()) * Math.abs(n);
            // exact while short and within the decimal places a result keeps (1.05^10: 20 places); a long
            // power is rounded with guard digits, like a quotient (1.001^100 would need 300 places)
            boolean exact = digits <= 400 && (long) x.scale() * Math.max(n, 0) <= 2L * Decimals.MAX_RESULT_EXPONENT;
            BigDecimal p = exact ? x.pow(Math.abs(n)) : x.pow(Math.abs(n), Decimals.GUARD);
            int magnitude = p.precision() - p.scale();
            if (p.signum() != 0 && (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT)) {
                throw new CalcException("the result is out of range (beyond 1e±" + MAX_EXPONENT + ")");
            }
            return n < 0 ? Quantity.divide(BigDecimal.ONE, p) : p;
        }
        if (x.signum() <= 0) {
            throw new CalcException("a fractional power needs a positive base (got " + x.toPlainString() + " ^ " + y.toPlainString() + ")");
        }
        MathContext work = Decimals.GUARD;
        BigDecimal r = DecimalMath.result(DecimalMath.exp(y.multiply(DecimalMath.ln(x, work), work), work)).stripTrailingZeros();
        return r.setScale(Math.max(r.scale(), 0));
    }

    /** The range of a quotient; a divisor that may be zero leaves it unbounded, so it is taken as the value alone. */
    static Interval divideRange(Interval a, Interval b, BigDecimal v) {
        try {
            return a.dividedBy(b);
        } catch (CalcException mayBeZero) {
            return Interval.exact(v);
        }
    }

    /**
     * The currency two amounts share (both may have none); an error naming both and how to convert,
     * or, when only one has a currency, how to write the other (a currency is never assumed, as a year is not).
     */
    static Currency commonCurrency(Quantity a, Quantity b, String what) {
        if ((a.currency() == null) != (b.currency() == null)) {
            Quantity with = a.currency() != null ? a : b;
            Quantity without = a.currency() != null ? b : a;
            throw new CalcException("cannot " + what + ": " + without.describe() + " has no currency, and none is assumed; write "
                    + Quantity.bare(without) + " " + with.currency() + (without.basis() == null ? "" : "@" + without.basis())
                    + " if it is in " + with.currency() + " too");
        }
        if (a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())) {
            throw new CalcException("cannot " + what + ": they are in different currencies; convert one first, e.g. ("
                    + b.describe() + " in " + a.currency() + (a.basis() == null ? "" : "@" + a.basis()) + ")");
        }
        return a.currency(); // the checks above leave both the same, or both none
    }

    /** The price basis two amounts share (one may have none); an error naming both years and how to convert. */
    static Period commonBasis(Quantity a, Quantity b, String what, boolean suggestChange) {
        if ((a.basis() == null) != (b.basis() == null)) {
            Quantity with = a.basis() != null ? a : b;
            Quantity without = a.basis() != null ? b : a;
            throw new CalcException("cannot " + what + ": " + with.describe() + " is in prices of " + with.basis() + " but "
                    + without.describe() + " has no year, and none is assumed; give its year (" + Quantity.bare(without)
                    + (without.currency() == null ? "" : " " + without.currency()) + "@YEAR), or write @" + with.basis()
                    + " if it is in " + with.basis() + " prices too");
        }
        if (a.basis() != null && b.basis() != null && !a.basis().equals(b.basis())) {
            Currency c = a.currency() != null ? a.currency() : Currency.USD; // commonCurrency has made b's the same
            throw new CalcException("cannot " + what + ": they are in prices of different years (" + a.basis() + ", " + b.basis()
                    + "); convert one first, e.g. (" + b.describe() + " in " + c + "@" + a.basis() + ")"
                    + (suggestChange ? ", or use change(start, end) for the change in current prices" : ""));
        }
        return a.basis(); // the checks above leave both the same, or both none
    }
}
