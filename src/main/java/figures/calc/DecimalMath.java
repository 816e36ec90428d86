package figures.calc;

import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Logarithms, exponentials and roots in {@code BigDecimal}, for the rates that need them (CAGR,
 * RRI, NPER, log and trend rates). Each function is correct to the precision of the {@link
 * MathContext} it is given, up to a few units in the last place: callers work at {@link
 * Decimals#GUARD} (34 digits plus guard digits) and round once, to {@link Decimals#RESULT}, at the
 * end.
 */
public final class DecimalMath {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Below this growth, x − 1 of a root x would lose digits: logarithms instead. */
    private static final BigDecimal NEWTON_FROM = new BigDecimal("1e-9");
    private static final BigDecimal LN10 = new BigDecimal(
            "2.302585092994045684017991454684364207601101488628772976033327900967572609677352480235997205089598298341967784042");

    private DecimalMath() {
    }

    /** A value of a chain rounded once, to the 34 significant digits shown. */
    public static BigDecimal result(BigDecimal v) {
        return Decimals.result(v);
    }

    /**
     * The same value without trailing zeros (12.5, not 12.5000), never in exponent form (120, not
     * 1.2E+2): a computed value has no stated precision to keep.
     */
    public static BigDecimal plain(BigDecimal v) {
        return Decimals.stripped(v);
    }

    /**
     * ln(1 + g) for g > −1. g is the growth itself, not 1 + g, so a growth near 0 keeps all its
     * digits.
     */
    public static BigDecimal ln1p(BigDecimal g, MathContext mc) {
        if (g.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (g.abs().compareTo(HALF) > 0) {
            return ln(BigDecimal.ONE.add(g), mc); // g ≤ −1 too: ln says the logarithm of 1 + g is undefined
        }
        // from the double L = ln(1 + g): ln(1 + g) = L + ln(1 + δ), δ = (1 + g)·e^−L − 1 = g + m + g·m with m = e^−L − 1,
        // so δ (about 1e-16) and the result keep relative precision however small g is
        MathContext inner = extra(mc, 5);
        BigDecimal start = new BigDecimal(Math.log1p(g.doubleValue()));
        BigDecimal m = expm1(start.negate(), inner);
        BigDecimal delta = g.add(m, inner).add(g.multiply(m, inner), inner);
        return start.add(ln1pSmall(delta, inner), inner).round(mc);
    }

    /** The natural logarithm of x > 0. */
    public static BigDecimal ln(BigDecimal x, MathContext mc) {
        if (x.signum() <= 0) {
            throw new CalcException("the logarithm of " + x.toPlainString() + " is undefined");
        }
        MathContext inner = extra(mc, 5 + Integer.toString(Math.abs(x.precision() - x.scale())).length());
        // x = m · 10^e with 1 ≤ m < 10, so that the double start is always in range
        int e = Decimals.magnitude(x);
        BigDecimal m = x.movePointLeft(e);
        BigDecimal lnM;
        if (m.subtract(BigDecimal.ONE).compareTo(HALF) <= 0) {
            lnM = ln1p(m.subtract(BigDecimal.ONE), inner);
        } else {
            BigDecimal start = new BigDecimal(Math.log(m.doubleValue()));
            BigDecimal delta = m.multiply(exp(start.negate(), inner), inner).subtract(BigDecimal.ONE, inner);
            lnM = start.add(ln1pSmall(delta, inner), inner);
        }
        return e == 0 ? lnM.round(mc) : lnM.add(ln10(inner).multiply(BigDecimal.valueOf(e), inner), inner).round(mc);
    }

    /** e^y. */
    public static BigDecimal exp(BigDecimal y, MathContext mc) {
        if (y.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (y.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new CalcException("e^" + y.toPlainString() + " is out of range");
        }
        // e^y = (e^(y / 2^k))^(2^k): squaring k times multiplies the relative error by 2^k
        Halved h = Halved.of(y);
        int k = h.times();
        MathContext inner = extra(mc, 5 + (k * 3 + 9) / 10);
        BigDecimal r = BigDecimal.ONE.add(expm1Series(h.small(), inner), inner);
        for (int i = 0; i < k; i++) {
            r = r.multiply(r, inner);
        }
        return r.round(mc);
    }

    /** e^y − 1, with all its digits when y is near 0. */
    public static BigDecimal expm1(BigDecimal y, MathContext mc) {
        if (y.abs().compareTo(HALF) > 0) {
            return exp(y, extra(mc, 2)).subtract(BigDecimal.ONE, mc);
        }
        MathContext inner = extra(mc, 5);
        // e^y − 1 = (e^(y/2) − 1)(e^(y/2) + 1): halve until the series converges fast, keeping relative precision
        Halved h = Halved.of(y);
        BigDecimal m = expm1Series(h.small(), inner);
        for (int i = 0; i < h.times(); i++) {
            m = m.multiply(m.add(TWO), inner);
        }
        return m.round(mc);
    }

    /** (1 + g)^(1/n) − 1 for g > −1, n > 0: the equivalent rate per period of a growth g over n periods. */
    public static BigDecimal rootRate(BigDecimal g, BigDecimal n, MathContext mc) {
        if (g.compareTo(BigDecimal.ONE.negate()) == 0) {
            return BigDecimal.ONE.negate();
        }
        MathContext inner = extra(mc, 5);
        BigDecimal years = n.stripTrailingZeros();
        // n = p / q with q a power of ten: x = 1 + rate solves x^p = (1 + g)^q, by Halley from the double root
        // (cubic: 16 digits, 48); the difference x − 1 keeps its digits while |g| is not tiny
        if (years.scale() <= 2 && years.unscaledValue().bitLength() < 14 && g.abs().compareTo(NEWTON_FROM) >= 0) {
            int p = years.unscaledValue().intValueExact();
            int q = years.scale() <= 0 ? 1 : BigDecimal.TEN.pow(years.scale()).intValueExact();
            if (years.scale() < 0) {
                p = years.setScale(0).intValueExact();
            }
            double start = Math.pow(1 + approximately(g), 1 / years.doubleValue());
            if (p > 0 && Double.isFinite(start) && start > 0) {
                // (1 + g)^q (q = 1 for whole years: nothing to round), from the double's shortest digits (at most 17)
                BigDecimal t = q == 1 ? BigDecimal.ONE.add(g) : BigDecimal.ONE.add(g).pow(q, inner);
                return nthRoot(t, p, BigDecimal.valueOf(start), inner).subtract(BigDecimal.ONE, mc);
            }
        }
        return expm1(ln1p(g, inner).divide(n, inner), mc);
    }

    /**
     * v as a double, to a few ulps, without {@link BigDecimal#doubleValue}'s detour through a
     * string (on JDK 17) for a value of many digits: only a starting point needs it.
     */
    private static double approximately(BigDecimal v) {
        int scale = v.scale();
        double unscaled = v.unscaledValue().doubleValue();
        if (scale < 0 || scale > 300 || Double.isInfinite(unscaled)) {
            return v.doubleValue();
        }
        return unscaled / Math.pow(10, scale);
    }

    /**
     * The p-th root of t by Halley's method from a double start, in its residual form: with
     * u = x^p and r = (t − u) / u, x ← x·(1 + 2r / (2p + (p − 1)·r)). Cubic, so one step takes the
     * double's 16 digits past 45; another follows only when a step still moved x by more. The
     * correction is about 1e-16, so it needs 16 digits fewer than x: computing only it, and x^p
     * exactly while that is short, costs a fraction of rounding every product at full precision.
     */
    private static BigDecimal nthRoot(BigDecimal t, int p, BigDecimal start, MathContext mc) {
        if (p == 1) {
            return t;
        }
        MathContext small = new MathContext(Math.max(20, mc.getPrecision() - 16), mc.getRoundingMode());
        BigDecimal twiceP = BigDecimal.valueOf(2L * p);
        BigDecimal below = BigDecimal.valueOf(p - 1L);
        BigDecimal enough = BigDecimal.ONE.movePointLeft(Math.max(1, (mc.getPrecision() - 10) / 3));
        // a short start (a double's 17 digits, not its 50-odd exact binary ones) keeps x^p exact and cheap
        BigDecimal x = start;
        for (int step = 0; step < 20; step++) {
            BigDecimal u = (long) x.precision() * p <= EXACT_DIGITS ? x.pow(p) : x.pow(p, mc);
            BigDecimal r = t.subtract(u).divide(u, small);
            BigDecimal c = r.add(r).divide(twiceP.add(below.multiply(r)), small);
            x = x.add(x.multiply(c), mc);
            // the error after a step is about the cube of its change
            if (c.abs().compareTo(enough) <= 0) {
                break;
            }
        }
        return x;
    }

    /** Up to how many digits x^p is computed exactly in {@link #nthRoot}. */
    private static final int EXACT_DIGITS = 1200;

    /** δ − δ²/2 + δ³/3 − … for |δ| ≤ 1e-3 (in practice about 1e-16: a few terms). */
    private static BigDecimal ln1pSmall(BigDecimal delta, MathContext mc) {
        BigDecimal power = delta;
        BigDecimal sum = delta;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 2; power.signum() != 0; k++) {
            power = power.multiply(delta, mc).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(sum.abs().multiply(eps)) <= 0) {
                break;
            }
        }
        return sum;
    }

    /** ln 10, from its digits when they suffice, else computed. */
    private static BigDecimal ln10(MathContext mc) {
        if (mc.getPrecision() <= LN10.precision() - 5) {
            return LN10.round(mc);
        }
        BigDecimal start = new BigDecimal(Math.log(10));
        MathContext inner = extra(mc, 5);
        BigDecimal delta = BigDecimal.TEN.multiply(exp(start.negate(), inner), inner).subtract(BigDecimal.ONE, inner);
        return start.add(ln1pSmall(delta, inner), inner).round(mc);
    }

    /** y + y²/2! + y³/3! + … for |y| ≤ 0.01. */
    private static BigDecimal expm1Series(BigDecimal y, MathContext mc) {
        BigDecimal term = y;
        BigDecimal sum = y;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 2; ; k++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(sum.abs().multiply(eps)) <= 0) {
                return sum;
            }
        }
    }

    private static MathContext extra(MathContext mc, int digits) {
        return new MathContext(mc.getPrecision() + digits, RoundingMode.HALF_EVEN);
    }

    /** y halved {@code times} times, exactly, until |small| ≤ 0.01, where the series for e^small − 1 converges fast. */
    private record Halved(BigDecimal small, int times) {
        private static final BigDecimal LIMIT = new BigDecimal("0.01");

        static Halved of(BigDecimal y) {
            int k = 0;
            BigDecimal small = y;
            while (small.abs().compareTo(LIMIT) > 0) {
                small = Decimals.half(small);
                k++;
            }
            return new Halved(small, k);
        }
    }
}
