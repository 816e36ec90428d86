package figures.calc;

import static figures.model.Decimals.GUARD;
import static figures.model.Decimals.RESULT;

import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Time-value-of-money functions with the conventions of Excel and LibreOffice Calc: money paid out
 * is negative, money received positive; {@code type} 0 means payments at the end of each period, 1
 * at the start. {@code rate} is the interest rate per period, as a fraction ({@code 0.05} = 5 %).
 *
 * <p>Every function works in {@code BigDecimal} at {@link Decimals#GUARD} (34 digits plus guard
 * digits) and rounds once, to {@link Decimals#RESULT} (34 significant digits), at the end. NPER
 * and RRI use {@link DecimalMath}'s logarithms and roots; RATE and IRR are bracketed in {@code
 * double} and solved there by Brent's method (Commons Math), then that root is refined in {@code
 * BigDecimal} by false position with the Illinois rule (the end that stays weighs half) to all 34
 * digits.
 *
 * <p>Every error a user can cause (bad arguments, no solution) is a {@link CalcException} whose
 * message names the spreadsheet function.
 */
public final class Finance {
    private static final double DEFAULT_GUESS = 0.1;
    private static final int MAX_EVALUATIONS = 1000;
    /** A root closer to 0 than this is as good as 0. */
    private static final BigDecimal TINY = new BigDecimal("1e-60");
    /** A root this close to 0, where 0 is a root, is 0: refining cannot tell them apart at the working precision. */
    private static final BigDecimal ZERO_NOISE = new BigDecimal("1e-20");

    private Finance() {}

    /**
     * Spreadsheet {@code PMT}: the constant payment per period that pays off (or saves up) {@code
     * pv} to {@code fv} over {@code nper} periods.
     */
    public static BigDecimal pmt(BigDecimal rate, int nper, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("PMT", rate);
        checkNper("PMT", nper, 1);
        checkType("PMT", type);
        return DecimalMath.result(payment("PMT", rate, nper, pv, fv, type));
    }

    /** PMT at the working precision, for the chains that go on from it. */
    private static BigDecimal payment(String fn, BigDecimal rate, int nper, BigDecimal pv, BigDecimal fv, int type) {
        BigDecimal growth = growth(fn, rate, nper);
        BigDecimal perPayment = timing(rate, type).multiply(annuity(rate, nper, growth), GUARD);
        return pv.multiply(growth, GUARD).add(fv, GUARD).negate().divide(perPayment, GUARD);
    }

    /**
     * Spreadsheet {@code IPMT}: the interest part of payment {@code per} (1 to {@code nper}). With
     * {@code type} 1 the first payment holds no interest, as in Excel.
     */
    public static BigDecimal ipmt(BigDecimal rate, int per, int nper, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("IPMT", rate);
        checkNper("IPMT", nper, 1);
        checkType("IPMT", type);
        return DecimalMath.result(interest("IPMT", rate, per, nper, pv, fv, payment("IPMT", rate, nper, pv, fv, type), type));
    }

    /** Spreadsheet {@code PPMT}: the principal part of payment {@code per} (1 to {@code nper}). */
    public static BigDecimal ppmt(BigDecimal rate, int per, int nper, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("PPMT", rate);
        checkNper("PPMT", nper, 1);
        checkType("PPMT", type);
        BigDecimal payment = payment("PPMT", rate, nper, pv, fv, type);
        return DecimalMath.result(payment.subtract(interest("PPMT", rate, per, nper, pv, fv, payment, type), GUARD));
    }

    /**
     * Spreadsheet {@code PV}: what a series of {@code nper} payments of {@code pmt} plus a final
     * {@code fv} is worth now. {@code nper} may be 0.
     */
    public static BigDecimal pv(BigDecimal rate, int nper, BigDecimal pmt, BigDecimal fv, int type) {
        checkRate("PV", rate);
        checkNper("PV", nper, 0);
        checkType("PV", type);
        BigDecimal growth = growth("PV", rate, nper);
        BigDecimal payments = pmt.multiply(timing(rate, type), GUARD).multiply(annuity(rate, nper, growth), GUARD);
        return DecimalMath.result(fv.add(payments, GUARD).negate().divide(growth, GUARD));
    }

    /**
     * Spreadsheet {@code FV}: what {@code pv} plus {@code nper} payments of {@code pmt} are worth
     * at the end of the last period. {@code nper} may be 0.
     */
    public static BigDecimal fv(BigDecimal rate, int nper, BigDecimal pmt, BigDecimal pv, int type) {
        checkRate("FV", rate);
        checkNper("FV", nper, 0);
        checkType("FV", type);
        return DecimalMath.result(futureValue("FV", rate, nper, pmt, pv, type));
    }

    /**
     * Spreadsheet {@code NPER}: the number of periods (possibly fractional or negative, as in
     * Excel) after which {@code pv} and payments of {@code pmt} reach {@code fv}: to 34 significant
     * digits, exact when {@code rate} is 0 and the quotient ends.
     */
    public static BigDecimal nper(BigDecimal rate, BigDecimal pmt, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("NPER", rate);
        checkType("NPER", type);
        if (rate.signum() == 0) {
            if (pmt.signum() == 0) {
                throw new CalcException("NPER: pmt must not be 0 when rate is 0");
            }
            return pv.add(fv).negate().divide(pmt, RESULT);
        }
        // n = ln(num/den) / ln(1+r); num/den - 1 is formed exactly so that log1p keeps its digits
        BigDecimal den = pmt.multiply(timing(rate, type)).add(pv.multiply(rate));
        BigDecimal ratioMinusOne = den.signum() == 0 ? null : rate.multiply(pv.add(fv)).negate().divide(den, GUARD);
        if (ratioMinusOne == null || ratioMinusOne.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new CalcException("NPER: no number of periods solves these terms");
        }
        return DecimalMath.result(DecimalMath.ln1p(ratioMinusOne, GUARD).divide(DecimalMath.ln1p(rate, GUARD), GUARD));
    }

    /**
     * Spreadsheet {@code RATE}: the interest rate per period at which {@code nper} payments of
     * {@code pmt} turn {@code pv} into {@code fv}. Solved with a Commons Math Brent solver starting
     * from {@code guess} (null: 0.1, as in Excel); when several rates solve the terms, the one found
     * nearest the guess is returned; then refined to 34 significant digits.
     */
    public static BigDecimal rate(int nper, BigDecimal pmt, BigDecimal pv, BigDecimal fv, int type, BigDecimal guess) {
        checkNper("RATE", nper, 1);
        checkType("RATE", type);
        // the rate at which FV of the terms equals fv
        Function<BigDecimal, BigDecimal> gap = r -> futureValue("RATE", r, nper, pmt, pv, type).subtract(fv, GUARD);
        return solve("RATE", gap, guess, "RATE: no interest rate solves these terms");
    }

    /**
     * Spreadsheet {@code RRI}: the equivalent rate per period for growth from {@code pv} to {@code
     * fv} over {@code nper} periods, {@code (fv/pv)^(1/nper) - 1}, to 34 significant digits.
     */
    public static BigDecimal rri(int nper, BigDecimal pv, BigDecimal fv) {
        checkNper("RRI", nper, 1);
        if (pv.signum() == 0) {
            throw new CalcException("RRI: pv must not be 0");
        }
        // fv/pv - 1 formed from the exact difference, so growth near 0 keeps all its digits
        BigDecimal growth = fv.subtract(pv).divide(pv, GUARD);
        if (growth.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new CalcException("RRI: pv and fv must have the same sign");
        }
        return DecimalMath.result(DecimalMath.rootRate(growth, BigDecimal.valueOf(nper), GUARD));
    }

    /**
     * Spreadsheet {@code NPV}: the present value of {@code values} received at the ends of periods
     * 1, 2, ... (the first value is discounted one period, as in Excel).
     */
    public static BigDecimal npv(BigDecimal rate, List<BigDecimal> values) {
        checkRate("NPV", rate);
        if (values.isEmpty()) {
            throw new CalcException("NPV: needs at least one value");
        }
        return DecimalMath.result(netPresentValue(rate, values));
    }

    /** NPV at the working precision. */
    private static BigDecimal netPresentValue(BigDecimal rate, List<BigDecimal> values) {
        BigDecimal factor = BigDecimal.ONE.add(rate);
        BigDecimal sum = BigDecimal.ZERO;
        // Horner from the last flow: ((v_n / q + v_{n-1}) / q + ...) / q
        for (int i = values.size() - 1; i >= 0; i--) {
            sum = sum.add(values.get(i), GUARD).divide(factor, GUARD);
        }
        return sum;
    }

    /** Present value of flows at the ends of periods 1 to n; the same as {@link #npv}. */
    public static BigDecimal presentValue(BigDecimal rate, List<BigDecimal> flowsAtPeriods1toN) {
        return npv(rate, flowsAtPeriods1toN);
    }

    /**
     * Spreadsheet {@code IRR}: the rate at which the NPV of {@code values} (the first one at time
     * 0, undiscounted) is 0. Solved with a Commons Math Brent solver starting from {@code guess}
     * (null: 0.1, as in Excel); with several sign changes more than one rate may qualify, and the
     * one found nearest the guess is returned; then refined to 34 significant digits.
     */
    public static BigDecimal irr(List<BigDecimal> values, BigDecimal guess) {
        boolean anyIn = values.stream().anyMatch(v -> v.signum() > 0);
        boolean anyOut = values.stream().anyMatch(v -> v.signum() < 0);
        if (!anyIn || !anyOut) {
            throw new CalcException("IRR: the cash flows never change sign, so there is no rate of return");
        }
        // npv discounts the first value too; times (1 + r) puts it at time 0 and keeps the roots
        Function<BigDecimal, BigDecimal> npvAtZero = r -> {
            checkRate("IRR", r);
            return netPresentValue(r, values).multiply(BigDecimal.ONE.add(r), GUARD);
        };
        return solve("IRR", npvAtZero, guess, "IRR: no rate of return makes the net present value 0");
    }

    /** Interest part of a payment, LibreOffice's ScGetIpmt: interest on the balance before it. */
    private static BigDecimal interest(
            String fn, BigDecimal rate, int per, int nper, BigDecimal pv, BigDecimal fv, BigDecimal payment, int type) {
        if (per < 1 || per > nper) {
            throw new CalcException(fn + ": per must be between 1 and nper (" + nper + "), got " + per);
        }
        if (per == 1) {
            // type 1: the first payment is made at once, before any interest accrues
            return type == 1 ? BigDecimal.ZERO : pv.multiply(rate, GUARD).negate();
        }
        BigDecimal balance = type == 1
                ? balanceAfter(fn, rate, per - 2, nper, payment, pv, fv, 1).subtract(payment, GUARD)
                : balanceAfter(fn, rate, per - 1, nper, payment, pv, fv, 0);
        return balance.multiply(rate, GUARD);
    }

    /**
     * −FV after {@code k} of the {@code nper} periods of a loan whose payment was computed by
     * PMT. Counted from the start, pv·(1+r)^k and the payments' value nearly cancel late in a long
     * loan (1.1^998 has 42 digits before the point: at 34 digits the balance came out 0); then it
     * is counted back from the end instead, where the loan stands at fv:
     * FV_k = (FV_nper − pmt·(1 + r·type)·((1+r)^(nper−k) − 1)/r) / (1+r)^(nper−k), with FV_nper = −fv.
     */
    private static BigDecimal balanceAfter(
            String fn, BigDecimal rate, int k, int nper, BigDecimal payment, BigDecimal pv, BigDecimal fv, int type) {
        BigDecimal growth = growth(fn, rate, k);
        BigDecimal start = pv.multiply(growth, GUARD);
        BigDecimal payments = payment.multiply(timing(rate, type), GUARD).multiply(annuity(rate, k, growth), GUARD);
        BigDecimal sum = start.add(payments, GUARD);
        if (!cancels(sum, start, payments)) {
            return sum.negate();
        }
        BigDecimal rest = growth(fn, rate, nper - k);
        BigDecimal restPayments = payment.multiply(timing(rate, type), GUARD).multiply(annuity(rate, nper - k, rest), GUARD);
        return fv.negate().subtract(restPayments, GUARD).divide(rest, GUARD).negate();
    }

    /** Whether a + b lost more than 15 of its 34 digits to cancellation (or all of them). */
    private static boolean cancels(BigDecimal sum, BigDecimal a, BigDecimal b) {
        BigDecimal larger = a.abs().max(b.abs());
        if (larger.signum() == 0) {
            return false;
        }
        if (sum.signum() == 0) {
            return true;
        }
        return magnitude(larger) - magnitude(sum) > 15;
    }

    /** Digits before the decimal point (negative for 0.00x): the order of magnitude, plus one. */
    private static long magnitude(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }

    private static BigDecimal futureValue(String fn, BigDecimal rate, int nper, BigDecimal pmt, BigDecimal pv, int type) {
        BigDecimal growth = growth(fn, rate, nper);
        BigDecimal payments = pmt.multiply(timing(rate, type), GUARD).multiply(annuity(rate, nper, growth), GUARD);
        return pv.multiply(growth, GUARD).add(payments, GUARD).negate();
    }

    /** (1 + rate)^nper. */
    private static BigDecimal growth(String fn, BigDecimal rate, int nper) {
        try {
            return pow(BigDecimal.ONE.add(rate), nper);
        } catch (ArithmeticException e) {
            throw new CalcException(fn + ": (1 + rate)^nper is out of range for nper " + nper);
        }
    }

    /**
     * x^n to GUARD digits for any n ≥ 0 (every caller's nper or part of it; BigDecimal.pow stops at
     * 999 999 999: nper 1e9 was "no rate solves").
     */
    private static BigDecimal pow(BigDecimal x, int n) {
        if (n <= 999_999_999) {
            return x.pow(n, GUARD);
        }
        BigDecimal half = pow(x, n / 2);
        BigDecimal whole = half.multiply(half, GUARD);
        return n % 2 == 0 ? whole : whole.multiply(x, GUARD);
    }

    /** ((1 + rate)^nper - 1) / rate, whose limit at rate 0 is nper; this makes rate 0 need no branch. */
    private static BigDecimal annuity(BigDecimal rate, int nper, BigDecimal growth) {
        // a rate too small to move (1+rate)^nper at 34 digits is 0 at this precision
        if (rate.signum() == 0 || growth.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.valueOf(nper);
        }
        // with RESULT: an exact subtraction would write out all digits of a growth such as 1.1^999999999
        return growth.subtract(BigDecimal.ONE, GUARD).divide(rate, GUARD);
    }

    /** 1 + rate * type: payments at the start of a period earn one period more. */
    private static BigDecimal timing(BigDecimal rate, int type) {
        return type == 1 ? BigDecimal.ONE.add(rate) : BigDecimal.ONE;
    }

    /**
     * Brackets a root by scanning outward from the guess in both directions (steps in ln(1 + r)
     * growing by half each time, so near the guess is searched finely), then solves with Brent.
     * The function is evaluated in BigDecimal so that its sign is right even close to the root,
     * where a double evaluation would be mostly rounding noise.
     */
    private static BigDecimal solve(String fn, Function<BigDecimal, BigDecimal> exact, BigDecimal guess, String noRoot) {
        DoubleUnaryOperator f = r -> {
            try {
                double value = exact.apply(new BigDecimal(r)).doubleValue();
                // beyond double range the sign still tells which side of the root r is on
                return Double.isInfinite(value) ? Math.copySign(Double.MAX_VALUE, value) : value;
            } catch (CalcException e) {
                return Double.NaN; // (1 + r)^n beyond BigDecimal's range: out of reach, like an overflow
            }
        };
        double start = guess == null ? DEFAULT_GUESS : guess.doubleValue();
        if (!(start > -1) || !Double.isFinite(start)) {
            throw new CalcException(fn + ": guess must be greater than -1, got " + guess);
        }
        double center = Math.log1p(start);
        double fStart = f.applyAsDouble(start);
        double[] last = {start, start};
        double[] fLast = {fStart, fStart};
        for (double step = 0.01; step < 50; step *= 1.5) {
            for (int side = 0; side < 2; side++) {
                if (!Double.isFinite(fLast[side])) {
                    continue; // this side has reached -1 or BigDecimal's range
                }
                double r = Math.expm1(side == 0 ? center + step : center - step);
                double fr = r > -1 ? f.applyAsDouble(r) : Double.NaN;
                if (Double.isFinite(fr) && Math.signum(fr) != Math.signum(fLast[side])) {
                    double lo = Math.min(r, last[side]);
                    double hi = Math.max(r, last[side]);
                    return refine(exact, brent(f, lo, hi, noRoot), new BigDecimal(lo), new BigDecimal(hi));
                }
                last[side] = r;
                fLast[side] = fr;
            }
        }
        throw new CalcException(noRoot);
    }

    private static double brent(DoubleUnaryOperator f, double lo, double hi, String noRoot) {
        // function-value accuracy 0: values are in money units of any size, so only the rate decides
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-18, 0, 5);
        try {
            return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi, AllowedSolution.ANY_SIDE);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new CalcException(noRoot);
        }
    }

    /**
     * The double root refined to 34 significant digits: the Illinois variant of regula falsi in
     * BigDecimal, on a bracket of ±1e-10 around it (or the whole bracket [lo, hi] that Brent
     * searched, when the root's digits were off by more), so every step stays bracketed.
     */
    private static BigDecimal refine(Function<BigDecimal, BigDecimal> f, double root, BigDecimal lo, BigDecimal hi) {
        BigDecimal x = new BigDecimal(root);
        BigDecimal fx = f.apply(x);
        if (fx.signum() == 0) {
            return DecimalMath.result(x);
        }
        BigDecimal h = x.abs().max(new BigDecimal("1e-6")).multiply(new BigDecimal("1e-10"));
        BigDecimal a = x;
        BigDecimal fa = fx;
        // within the bracket: a root 3e-12 above -100 % less h was below it ("rate must be greater than -1")
        BigDecimal b = x.add(h).min(hi);
        BigDecimal fb = f.apply(b);
        if (fb.signum() == fa.signum()) {
            b = x.subtract(h).max(lo);
            fb = f.apply(b);
        }
        if (fa.signum() == fb.signum()) {
            a = lo;
            b = hi;
            fa = f.apply(a);
            fb = f.apply(b);
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(RESULT.getPrecision() + 4);
        BigDecimal c = b;
        int side = 0;
        for (int step = 0; step < 400 && fa.signum() != 0 && fb.signum() != 0; step++) {
            BigDecimal previous = c;
            c = fa.multiply(b, GUARD).subtract(fb.multiply(a, GUARD), GUARD).divide(fa.subtract(fb, GUARD), GUARD);
            BigDecimal fc = f.apply(c);
            if (fc.signum() == 0 || c.subtract(previous).abs().compareTo(c.abs().multiply(tolerance).max(TINY)) <= 0) {
                break;
            }
            if (fc.signum() == fb.signum()) {
                b = c;
                fb = fc;
                if (side == -1) {
                    fa = Decimals.half(fa); // Illinois: the end that stays weighs half
                }
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) {
                    fb = Decimals.half(fb);
                }
                side = 1;
            }
        }
        if (fa.signum() == 0) {
            c = a;
        } else if (fb.signum() == 0) {
            c = b;
        }
        // a root that is 0 (a rate of 0 %) comes out as noise around 0: say 0 when it is. Near 0, (1+r)^n − 1
        // keeps only 50 + log10(r) digits, so the noise reaches 1e-25 (RATE(7, 1, -7, 0, 1) from 0.3 gave 4.3e-27)
        if (c.abs().compareTo(ZERO_NOISE) < 0 && f.apply(BigDecimal.ZERO).signum() == 0) {
            return BigDecimal.ZERO;
        }
        return DecimalMath.result(c);
    }

    private static void checkRate(String fn, BigDecimal rate) {
        if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new CalcException(fn + ": rate must be greater than -1 (-100 %), got " + rate.toPlainString());
        }
    }

    private static void checkNper(String fn, int nper, int min) {
        if (nper < min) {
            throw new CalcException(fn + ": nper must be at least " + min + ", got " + nper);
        }
    }

    private static void checkType(String fn, int type) {
        if (type != 0 && type != 1) {
            throw new CalcException(fn + ": type must be 0 (end of period) or 1 (start of period), got " + type);
        }
    }
}
