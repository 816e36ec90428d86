package figures.calc;

import figures.model.CalcException;
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
 * <p>PMT, IPMT, PPMT, PV, FV and NPV are computed in {@code BigDecimal} with {@link #MC} (34
 * significant digits). NPER and RRI need logarithms or fractional powers and are computed in {@code
 * double}; RATE and IRR are found by a Commons Math root solver working in {@code double} (on a
 * function evaluated in {@code BigDecimal}). These four are accurate to about 15 significant digits.
 *
 * <p>Every error a user can cause (bad arguments, no solution) is a {@link CalcException} whose
 * message names the spreadsheet function.
 */
public final class Finance {
    /** The precision of the exact functions. */
    public static final MathContext MC = MathContext.DECIMAL128;

    private static final double DEFAULT_GUESS = 0.1;
    private static final int MAX_EVALUATIONS = 1000;

    private Finance() {}

    /**
     * Spreadsheet {@code PMT}: the constant payment per period that pays off (or saves up) {@code
     * pv} to {@code fv} over {@code nper} periods.
     */
    public static BigDecimal pmt(BigDecimal rate, int nper, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("PMT", rate);
        checkNper("PMT", nper, 1);
        checkType("PMT", type);
        BigDecimal growth = growth("PMT", rate, nper);
        BigDecimal perPayment = timing(rate, type).multiply(annuity(rate, nper, growth), MC);
        return pv.multiply(growth, MC).add(fv, MC).negate().divide(perPayment, MC);
    }

    /**
     * Spreadsheet {@code IPMT}: the interest part of payment {@code per} (1 to {@code nper}). With
     * {@code type} 1 the first payment holds no interest, as in Excel.
     */
    public static BigDecimal ipmt(BigDecimal rate, int per, int nper, BigDecimal pv, BigDecimal fv, int type) {
        return interest("IPMT", rate, per, nper, pv, fv, pmt(rate, nper, pv, fv, type), type);
    }

    /** Spreadsheet {@code PPMT}: the principal part of payment {@code per} (1 to {@code nper}). */
    public static BigDecimal ppmt(BigDecimal rate, int per, int nper, BigDecimal pv, BigDecimal fv, int type) {
        BigDecimal payment = pmt(rate, nper, pv, fv, type);
        return payment.subtract(interest("PPMT", rate, per, nper, pv, fv, payment, type), MC);
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
        BigDecimal payments = pmt.multiply(timing(rate, type), MC).multiply(annuity(rate, nper, growth), MC);
        return fv.add(payments, MC).negate().divide(growth, MC);
    }

    /**
     * Spreadsheet {@code FV}: what {@code pv} plus {@code nper} payments of {@code pmt} are worth
     * at the end of the last period. {@code nper} may be 0.
     */
    public static BigDecimal fv(BigDecimal rate, int nper, BigDecimal pmt, BigDecimal pv, int type) {
        checkRate("FV", rate);
        checkNper("FV", nper, 0);
        checkType("FV", type);
        return futureValue("FV", rate, nper, pmt, pv, type);
    }

    /**
     * Spreadsheet {@code NPER}: the number of periods (possibly fractional or negative, as in
     * Excel) after which {@code pv} and payments of {@code pmt} reach {@code fv}. Computed in
     * {@code double}: accurate to about 15 significant digits, exact when {@code rate} is 0.
     */
    public static BigDecimal nper(BigDecimal rate, BigDecimal pmt, BigDecimal pv, BigDecimal fv, int type) {
        checkRate("NPER", rate);
        checkType("NPER", type);
        if (rate.signum() == 0) {
            if (pmt.signum() == 0) {
                throw new CalcException("NPER: pmt must not be 0 when rate is 0");
            }
            return pv.add(fv).negate().divide(pmt, MC);
        }
        // n = ln(num/den) / ln(1+r); num/den - 1 is formed exactly so that log1p keeps its digits
        BigDecimal den = pmt.multiply(timing(rate, type)).add(pv.multiply(rate));
        BigDecimal ratioMinusOne = den.signum() == 0 ? null : rate.multiply(pv.add(fv)).negate().divide(den, MC);
        if (ratioMinusOne == null || ratioMinusOne.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new CalcException("NPER: no number of periods solves these terms");
        }
        return toDecimal("NPER", Math.log1p(ratioMinusOne.doubleValue()) / Math.log1p(rate.doubleValue()));
    }

    /**
     * Spreadsheet {@code RATE}: the interest rate per period at which {@code nper} payments of
     * {@code pmt} turn {@code pv} into {@code fv}. Solved with a Commons Math Brent solver starting
     * from {@code guess} (null: 0.1, as in Excel); when several rates solve the terms, the one found
     * nearest the guess is returned. Accurate to about 15 significant digits.
     */
    public static BigDecimal rate(int nper, BigDecimal pmt, BigDecimal pv, BigDecimal fv, int type, BigDecimal guess) {
        checkNper("RATE", nper, 1);
        checkType("RATE", type);
        // the rate at which FV of the terms equals fv
        Function<BigDecimal, BigDecimal> gap = r -> futureValue("RATE", r, nper, pmt, pv, type).subtract(fv, MC);
        return solve("RATE", gap, guess, "RATE: no interest rate solves these terms");
    }

    /**
     * Spreadsheet {@code RRI}: the equivalent rate per period for growth from {@code pv} to {@code
     * fv} over {@code nper} periods, {@code (fv/pv)^(1/nper) - 1}. Computed in {@code double}:
     * accurate to about 15 significant digits.
     */
    public static BigDecimal rri(int nper, BigDecimal pv, BigDecimal fv) {
        checkNper("RRI", nper, 1);
        if (pv.signum() == 0) {
            throw new CalcException("RRI: pv must not be 0");
        }
        // fv/pv - 1 formed exactly, then log1p/expm1, so growth near 0 keeps all its digits
        BigDecimal growth = fv.subtract(pv).divide(pv, MC);
        if (growth.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new CalcException("RRI: pv and fv must have the same sign");
        }
        return toDecimal("RRI", Math.expm1(Math.log1p(growth.doubleValue()) / nper));
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
        BigDecimal factor = BigDecimal.ONE.add(rate);
        BigDecimal sum = BigDecimal.ZERO;
        // Horner from the last flow: ((v_n / q + v_{n-1}) / q + ...) / q
        for (int i = values.size() - 1; i >= 0; i--) {
            sum = sum.add(values.get(i), MC).divide(factor, MC);
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
     * one found nearest the guess is returned. Accurate to about 15 significant digits.
     */
    public static BigDecimal irr(List<BigDecimal> values, BigDecimal guess) {
        boolean anyIn = values.stream().anyMatch(v -> v.signum() > 0);
        boolean anyOut = values.stream().anyMatch(v -> v.signum() < 0);
        if (!anyIn || !anyOut) {
            throw new CalcException("IRR: the cash flows never change sign, so there is no rate of return");
        }
        // npv discounts the first value too; times (1 + r) puts it at time 0 and keeps the roots
        Function<BigDecimal, BigDecimal> npvAtZero = r -> npv(r, values).multiply(BigDecimal.ONE.add(r), MC);
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
            return type == 1 ? BigDecimal.ZERO : pv.multiply(rate, MC).negate();
        }
        BigDecimal balance = type == 1
                ? balanceAfter(fn, rate, per - 2, nper, payment, pv, fv, 1).subtract(payment, MC)
                : balanceAfter(fn, rate, per - 1, nper, payment, pv, fv, 0);
        return balance.multiply(rate, MC);
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
        BigDecimal start = pv.multiply(growth, MC);
        BigDecimal payments = payment.multiply(timing(rate, type), MC).multiply(annuity(rate, k, growth), MC);
        BigDecimal sum = start.add(payments, MC);
        if (!cancels(sum, start, payments)) {
            return sum.negate();
        }
        BigDecimal rest = growth(fn, rate, nper - k);
        BigDecimal restPayments = payment.multiply(timing(rate, type), MC).multiply(annuity(rate, nper - k, rest), MC);
        return fv.negate().subtract(restPayments, MC).divide(rest, MC).negate();
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
        BigDecimal payments = pmt.multiply(timing(rate, type), MC).multiply(annuity(rate, nper, growth), MC);
        return pv.multiply(growth, MC).add(payments, MC).negate();
    }

    /** (1 + rate)^nper. */
    private static BigDecimal growth(String fn, BigDecimal rate, int nper) {
        try {
            return BigDecimal.ONE.add(rate).pow(nper, MC);
        } catch (ArithmeticException e) {
            throw new CalcException(fn + ": (1 + rate)^nper is out of range for nper " + nper);
        }
    }

    /** ((1 + rate)^nper - 1) / rate, whose limit at rate 0 is nper; this makes rate 0 need no branch. */
    private static BigDecimal annuity(BigDecimal rate, int nper, BigDecimal growth) {
        // a rate too small to move (1+rate)^nper at 34 digits is 0 at this precision
        if (rate.signum() == 0 || growth.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.valueOf(nper);
        }
        // with MC: an exact subtraction would write out all digits of a growth such as 1.1^999999999
        return growth.subtract(BigDecimal.ONE, MC).divide(rate, MC);
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
                    return brent(fn, f, Math.min(r, last[side]), Math.max(r, last[side]), noRoot);
                }
                last[side] = r;
                fLast[side] = fr;
            }
        }
        throw new CalcException(noRoot);
    }

    private static BigDecimal brent(String fn, DoubleUnaryOperator f, double lo, double hi, String noRoot) {
        // function-value accuracy 0: values are in money units of any size, so only the rate decides
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-18, 0, 5);
        try {
            return toDecimal(fn, solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi, AllowedSolution.ANY_SIDE));
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new CalcException(noRoot);
        }
    }

    private static BigDecimal toDecimal(String fn, double x) {
        if (!Double.isFinite(x)) {
            throw new CalcException(fn + ": the result is out of range");
        }
        return new BigDecimal(Double.toString(x));
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
