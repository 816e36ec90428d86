package figures.calc;

import figures.model.CalcException;
import figures.model.Decimals;
import figures.model.Percent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A yearly discount rate for present values, either given or from a preset that also sets the
 * grant element at which a loan counts as concessional. Per period the rate is the effective one,
 * {@code (1 + d)^(1/f) - 1}, so that f periods compound to exactly one year at d.
 *
 * @param preset    the preset's name, or null for a rate given directly
 * @param rate      the yearly discount rate
 * @param threshold the grant element at or above which a loan is concessional; null without a preset
 * @param authority who set the preset, for output ("IMF", "OECD DAC, ...")
 */
public record LoanDiscount(String preset, Percent rate, Percent threshold, String authority) {
    /** The presets, by name. */
    public enum Preset {
        IMF("imf", "5", "35", "IMF"),
        DAC("dac", "10", "25", "OECD DAC, ODA definition before 2018"),
        DAC_LDC("dac-ldc", "9", "45", "OECD DAC, least developed and low-income"),
        DAC_LMIC("dac-lmic", "7", "15", "OECD DAC, lower middle-income countries"),
        DAC_UMIC("dac-umic", "6", "10", "OECD DAC, upper middle-income countries");

        private final String word;
        private final String rate;
        private final String threshold;
        private final String authority;

        Preset(String word, String rate, String threshold, String authority) {
            this.word = word;
            this.rate = rate;
            this.threshold = threshold;
            this.authority = authority;
        }

        public String word() {
            return word;
        }
    }

    public static LoanDiscount of(Preset p) {
        return new LoanDiscount(p.word, Percent.parse(p.rate), Percent.parse(p.threshold), p.authority);
    }

    /** A rate with no concessionality threshold. */
    public static LoanDiscount of(Percent rate) {
        if (rate.value().signum() < 0) {
            throw new CalcException("discount rate " + rate + " is negative (expected 0% or more, or a preset: " + presetNames() + ")");
        }
        return new LoanDiscount(null, rate, null, null);
    }

    /** {@code imf}, {@code dac}, {@code dac-ldc}, {@code dac-lmic}, {@code dac-umic}, or a rate ({@code 5%}, {@code 5}). */
    public static LoanDiscount parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Preset p : Preset.values()) {
            if (p.word.equals(t)) {
                return of(p);
            }
        }
        Percent rate;
        try {
            rate = Percent.parse(text);
        } catch (CalcException e) {
            throw new CalcException("'" + text + "' is not a discount rate or preset (expected a rate such as 5% or one of "
                    + presetNames() + ")");
        }
        Percent.parseStated(text); // 0.05 is ambiguous (0.05% or 5%?): refused with the fix, as for every percent
        return of(rate);
    }

    static String presetNames() {
        StringBuilder b = new StringBuilder();
        for (Preset p : Preset.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.word);
        }
        return b.toString();
    }

    /** The effective discount rate per period, {@code (1 + d)^(1/f) - 1}, to 34 significant digits. */
    public BigDecimal perPeriod(int frequency) {
        return Decimals.result(perPeriod(frequency, Decimals.GUARD));
    }

    /** The same to the precision of {@code mc}, for a chain that rounds once at its end. */
    public BigDecimal perPeriod(int frequency, MathContext mc) {
        return root(BigDecimal.ONE.add(rate.ratio()), frequency, mc).subtract(BigDecimal.ONE, mc);
    }

    /** Whether a grant element (a ratio) makes a loan concessional; null without a threshold. */
    public Boolean concessional(BigDecimal grantElement) {
        return threshold == null ? null : grantElement.compareTo(threshold.ratio()) >= 0;
    }

    /** {@code 5% a year (imf)} or {@code 5% a year}. */
    public String describe() {
        return rate + " a year" + (preset == null ? "" : " (" + preset + ")");
    }

    /** The n-th root of a positive x to 34 significant digits. */
    static BigDecimal root(BigDecimal x, int n) {
        return root(x, n, Decimals.RESULT);
    }

    /** The n-th root of a positive x to the precision of {@code out}: exact for n = 1, Newton's method otherwise. */
    static BigDecimal root(BigDecimal x, int n, MathContext out) {
        if (n == 1) {
            return x;
        }
        MathContext mc = new MathContext(out.getPrecision() + 8);
        if (n == 2) {
            return x.sqrt(out);
        }
        BigDecimal nn = BigDecimal.valueOf(n);
        BigDecimal r = new BigDecimal(Math.pow(x.doubleValue(), 1.0 / n), mc);
        // Newton from a 16-digit start: two steps reach 42 digits; a few more cost nothing
        for (int step = 0; step < 8; step++) {
            BigDecimal next = r.multiply(nn.subtract(BigDecimal.ONE), mc).add(x.divide(r.pow(n - 1, mc), mc), mc).divide(nn, mc);
            if (next.compareTo(r) == 0) {
                break;
            }
            r = next;
        }
        return r.round(out);
    }
}
