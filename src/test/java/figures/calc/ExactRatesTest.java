package figures.calc;

import figures.model.Decimals;
import figures.model.Observation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import figures.model.Amount;
import figures.model.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;
import org.junit.jupiter.api.Test;

/**
 * The rates that need a root, a logarithm or a solver, to all 34 significant digits: each is
 * held against a reference computed independently here, with Commons Math's {@link Dfp} at 60
 * decimal digits and more (100: its own pow, log and exp; bisection for RATE and IRR), and must equal that
 * reference correctly rounded to 34 digits.
 */
class ExactRatesTest {
    private static final DfpField FIELD = new DfpField(100);
    private static final MathContext DIGITS34 = new MathContext(34, RoundingMode.HALF_EVEN);

    private static Dfp dfp(BigDecimal v) {
        return FIELD.newDfp(v.toString());
    }

    private static Dfp dfp(long v) {
        return FIELD.newDfp(v);
    }

    private static BigDecimal decimal(Dfp v) {
        return new BigDecimal(v.toString());
    }

    private static void assertDigits(Dfp reference, BigDecimal actual, String what) {
        BigDecimal expected = decimal(reference).round(DIGITS34);
        assertEquals(0, expected.compareTo(actual), () -> what + ": expected " + expected + " (60-digit reference "
                + reference + ") but got " + actual);
    }

    private static Dfp rriReference(long nper, BigDecimal pv, BigDecimal fv) {
        return DfpMath.pow(dfp(fv).divide(dfp(pv)), FIELD.getOne().divide(dfp(nper))).subtract(FIELD.getOne());
    }

    @Test
    void theIssuesExampleHasAll34Digits() {
        // (10000 / 3500)^(1/10) − 1 = 0.11069085371075280625382590062918940634545…
        BigDecimal expected = new BigDecimal("0.1106908537107528062538259006291894");
        assertEquals(0, expected.compareTo(Finance.rri(10, new BigDecimal("3500"), new BigDecimal("10000"))));
        assertEquals(0, expected.compareTo(Finance.rate(10, BigDecimal.ZERO, new BigDecimal("-3500"), new BigDecimal("10000"), 0, null)));
        assertDigits(rriReference(10, new BigDecimal("3500"), new BigDecimal("10000")), expected, "reference");
    }

    @Test
    void rriAgreesWithTheReference() {
        Random random = new Random(14);
        for (int i = 0; i < 300; i++) {
            int nper = 1 + random.nextInt(i % 3 == 0 ? 400 : 40);
            BigDecimal pv = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(4));
            // growth from −99 % to ×100, and some very near 0
            BigDecimal fv = i % 10 == 0
                    ? pv.add(pv.scaleByPowerOfTen(-12 - random.nextInt(20)))
                    : pv.multiply(BigDecimal.valueOf(1 + random.nextInt(10000), 2 + random.nextInt(2)));
            assertDigits(rriReference(nper, pv, fv), Finance.rri(nper, pv, fv), "RRI(" + nper + ", " + pv + ", " + fv + ")");
        }
    }

    @Test
    void nperAgreesWithTheReference() {
        Random random = new Random(1414);
        int checked = 0;
        while (checked < 200) {
            BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(3000), 4 + random.nextInt(2));
            BigDecimal pmt = BigDecimal.valueOf(-1 - random.nextInt(5000));
            BigDecimal pv = BigDecimal.valueOf(random.nextInt(100_000));
            BigDecimal fv = random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(-random.nextInt(10_000));
            int type = random.nextInt(2);
            // n = ln((pmt·(1 + r·type) − fv·r) / (pmt·(1 + r·type) + pv·r)) / ln(1 + r)
            Dfp r = dfp(rate);
            Dfp timed = dfp(pmt).multiply(FIELD.getOne().add(r.multiply(type)));
            Dfp num = timed.subtract(dfp(fv).multiply(r));
            Dfp den = timed.add(dfp(pv).multiply(r));
            if (den.isZero() || num.divide(den).negativeOrNull()) {
                continue;
            }
            Dfp reference = DfpMath.log(num.divide(den)).divide(DfpMath.log(FIELD.getOne().add(r)));
            assertDigits(reference, Finance.nper(rate, pmt, pv, fv, type), "NPER(" + rate + ", " + pmt + ", " + pv + ", " + fv + ", " + type + ")");
            checked++;
        }
    }

    /** The root in [lo, hi] by bisection at 60 digits; f must change sign there. */
    private static Dfp bisect(Function<Dfp, Dfp> f, Dfp lo, Dfp hi) {
        Dfp flo = f.apply(lo);
        assertNotEquals(flo.negativeOrNull(), f.apply(hi).negativeOrNull(), "the reference bracket must hold a sign change");
        for (int i = 0; i < 230; i++) {
            Dfp mid = lo.add(hi).divide(2);
            Dfp fm = f.apply(mid);
            if (fm.negativeOrNull() == flo.negativeOrNull()) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return lo.add(hi).divide(2);
    }

    private static Dfp[] around(BigDecimal root) {
        Dfp r = dfp(root);
        Dfp h = dfp(root.abs().max(new BigDecimal("1e-6")).multiply(new BigDecimal("1e-25")));
        return new Dfp[] {r.subtract(h), r.add(h)};
    }

    @Test
    void rateAgreesWithTheReference() {
        Random random = new Random(141414);
        for (int i = 0; i < 80; i++) {
            int nper = 4 + random.nextInt(i % 4 == 0 ? 360 : 30); // a first payment below pv, so type 1 has a rate too
            BigDecimal pv = BigDecimal.valueOf(1000 + random.nextInt(1_000_000));
            // payments that more than repay pv: a positive rate; or a future value only
            BigDecimal pmt = i % 5 == 0 ? BigDecimal.ZERO
                    : pv.multiply(BigDecimal.valueOf(100 + random.nextInt(200), 2)).divide(BigDecimal.valueOf(nper), 2, RoundingMode.HALF_UP).negate();
            BigDecimal fv = i % 5 == 0 ? pv.multiply(BigDecimal.valueOf(101 + random.nextInt(900), 2)).negate() : BigDecimal.ZERO;
            int type = random.nextInt(2);
            BigDecimal actual;
            try {
                actual = Finance.rate(nper, pmt, pv, fv, type, null);
            } catch (figures.model.CalcException e) {
                throw new AssertionError("RATE(" + nper + ", " + pmt + ", " + pv + ", " + fv + ", " + type + "): " + e.getMessage());
            }
            // FV(r) − fv = −(pv·q^n + pmt·(1 + r·type)·(q^n − 1)/r) − fv, q = 1 + r
            Function<Dfp, Dfp> gap = r -> {
                Dfp qn = DfpMath.pow(FIELD.getOne().add(r), nper);
                Dfp payments = dfp(pmt).multiply(FIELD.getOne().add(r.multiply(type))).multiply(qn.subtract(FIELD.getOne()).divide(r));
                return dfp(pv).multiply(qn).add(payments).negate().subtract(dfp(fv));
            };
            Dfp[] bracket = around(actual);
            assertDigits(bisect(gap, bracket[0], bracket[1]), actual,
                    "RATE(" + nper + ", " + pmt + ", " + pv + ", " + fv + ", " + type + ")");
        }
    }

    @Test
    void irrAgreesWithTheReference() {
        Random random = new Random(1414141);
        for (int i = 0; i < 60; i++) {
            List<BigDecimal> flows = new ArrayList<>();
            flows.add(BigDecimal.valueOf(-10_000 - random.nextInt(100_000)));
            int n = 2 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                flows.add(BigDecimal.valueOf(random.nextInt(30_000), random.nextInt(3)));
            }
            // one outflow, then inflows: one change of sign, so exactly one rate above -100 %, which IRR must find
            BigDecimal actual = Finance.irr(flows, null);
            Function<Dfp, Dfp> npvAtZero = r -> {
                // Σ v_k / (1 + r)^k, the first value at time 0
                Dfp sum = FIELD.getZero();
                for (int k = 0; k < flows.size(); k++) {
                    sum = sum.add(dfp(flows.get(k)).divide(DfpMath.pow(FIELD.getOne().add(r), k)));
                }
                return sum;
            };
            Dfp[] bracket = around(actual);
            assertDigits(bisect(npvAtZero, bracket[0], bracket[1]), actual, "IRR(" + flows + ")");
        }
    }

    @Test
    void growthRatesHaveAll34Digits() {
        Random random = new Random(2002);
        for (int i = 0; i < 200; i++) {
            BigDecimal start = BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), random.nextInt(3));
            BigDecimal end = BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), random.nextInt(3));
            // whole years, half years (a span's middle) and an odd --years
            BigDecimal years = switch (i % 3) {
                case 0 -> BigDecimal.valueOf(1 + random.nextInt(60));
                case 1 -> BigDecimal.valueOf(1 + random.nextInt(120), 1).multiply(BigDecimal.valueOf(5));
                default -> BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
            };
            Growth.Change c = Growth.between(Amount.of(start, null), Amount.of(end, null), years);
            Dfp ratio = dfp(end).divide(dfp(start));
            Dfp cagr = DfpMath.pow(ratio, FIELD.getOne().divide(dfp(years))).subtract(FIELD.getOne());
            Dfp log = DfpMath.log(ratio).divide(dfp(years));
            String what = start + " to " + end + " over " + years;
            assertDigits(cagr, c.cagr().ratio(), "CAGR " + what);
            assertDigits(log, c.logRate().ratio(), "log rate " + what);
        }
    }

    @Test
    void theBundledCagrOfRuToSy() {
        // 95 m to 138 m USD over 2000-2002: sqrt(138/95) − 1 = 0.2052516662288289162175150671188062…
        Growth.Change c = Growth.between(Amount.parse("95m USD"), Amount.parse("138m USD"), BigDecimal.valueOf(2));
        assertEquals("20.52516662288289162175150671188062", c.cagr().value().toPlainString());
        assertDigits(DfpMath.pow(dfp(138).divide(dfp(95)), FIELD.getOne().divide(2)).subtract(FIELD.getOne()), c.cagr().ratio(), "RU to SY");
    }

    @Test
    void trendRateAgreesWithTheReference() {
        Random random = new Random(33);
        for (int i = 0; i < 40; i++) {
            List<Observation> points = new ArrayList<>();
            int year = 1990;
            int n = 3 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                year += 1 + random.nextInt(2);
                points.add(new Observation(Period.of(year), Amount.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000)), null)));
            }
            Dfp sx = FIELD.getZero();
            Dfp sy = FIELD.getZero();
            for (Observation p : points) {
                sx = sx.add(dfp(p.period().first()));
                sy = sy.add(DfpMath.log(dfp(p.amount().value())));
            }
            Dfp mx = sx.divide(n);
            Dfp my = sy.divide(n);
            Dfp sxy = FIELD.getZero();
            Dfp sxx = FIELD.getZero();
            for (Observation p : points) {
                Dfp dx = dfp(p.period().first()).subtract(mx);
                sxy = sxy.add(dx.multiply(DfpMath.log(dfp(p.amount().value())).subtract(my)));
                sxx = sxx.add(dx.multiply(dx));
            }
            Dfp reference = DfpMath.exp(sxy.divide(sxx)).subtract(FIELD.getOne());
            assertDigits(reference, Growth.of(points, Growth.Method.TREND).rate().ratio(), "trend of " + points);
        }
    }

    @Test
    void logarithmsAndExponentialsAgreeWithTheReference() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            BigDecimal x = BigDecimal.valueOf(1 + random.nextInt(Integer.MAX_VALUE), random.nextInt(40) - 10);
            assertDigits(DfpMath.log(dfp(x)), DecimalMath.result(DecimalMath.ln(x, Decimals.GUARD)), "ln " + x);
            BigDecimal g = BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, 6 + random.nextInt(15));
            assertDigits(DfpMath.log(FIELD.getOne().add(dfp(g))), DecimalMath.result(DecimalMath.ln1p(g, Decimals.GUARD)), "ln1p " + g);
            BigDecimal y = BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 3 + random.nextInt(20));
            assertDigits(DfpMath.exp(dfp(y)), DecimalMath.result(DecimalMath.exp(y, Decimals.GUARD)), "exp " + y);
            assertDigits(DfpMath.exp(dfp(y)).subtract(FIELD.getOne()), DecimalMath.result(DecimalMath.expm1(y, Decimals.GUARD)), "expm1 " + y);
        }
    }
}
