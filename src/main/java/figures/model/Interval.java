package figures.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed range of exact values [lo, hi]: the values a stated figure may stand for
 * ({@code 9.8bn} is [9.75, 9.85] bn). Operations round outward so the range never shrinks.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {
    private static final MathContext DOWN = new MathContext(Decimals.RESULT.getPrecision(), RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(Decimals.RESULT.getPrecision(), RoundingMode.CEILING);

    public Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval " + lo + ".." + hi);
        }
    }

    public static Interval exact(BigDecimal v) {
        return new Interval(v, v);
    }

    /** The values that round to {@code v} at its own last digit: v ± ulp/2. */
    public static Interval stated(BigDecimal v) {
        BigDecimal half = Decimals.half(v.ulp());
        return new Interval(v.subtract(half), v.add(half));
    }

    public static Interval around(BigDecimal v, BigDecimal halfWidth) {
        BigDecimal h = halfWidth.abs();
        return new Interval(v.subtract(h), v.add(h));
    }

    public Interval plus(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    public Interval times(Interval o) {
        BigDecimal a = lo.multiply(o.lo), b = lo.multiply(o.hi), c = hi.multiply(o.lo), d = hi.multiply(o.hi);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    /** Division; a divisor range that includes zero has no bounded result. */
    public Interval dividedBy(Interval o) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
            throw new CalcException("division by a figure that may be zero");
        }
        BigDecimal[] q = {
            lo.divide(o.lo, DOWN), lo.divide(o.hi, DOWN), hi.divide(o.lo, DOWN), hi.divide(o.hi, DOWN),
            lo.divide(o.lo, UP), lo.divide(o.hi, UP), hi.divide(o.lo, UP), hi.divide(o.hi, UP)};
        BigDecimal min = q[0], max = q[0];
        for (BigDecimal x : q) {
            min = min.min(x);
            max = max.max(x);
        }
        return new Interval(min, max);
    }

    public Interval scaleByPowerOfTen(int n) {
        return new Interval(lo.scaleByPowerOfTen(n), hi.scaleByPowerOfTen(n));
    }

    public boolean overlaps(Interval o) {
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    public boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    @Override
    public String toString() {
        return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
    }
}
