package figures.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal literals as users write them, with explicit limits so that no input can ask
 * {@code BigDecimal} for a huge expansion: at most {@value #MAX_DIGITS} digits and a decimal
 * exponent within ±{@value #MAX_EXPONENT}.
 */
public final class Decimals {
    public static final int MAX_DIGITS = 40;
    public static final int MAX_EXPONENT = 30;
    /** Divisions and ratios that do not terminate are rounded to 34 significant digits. */
    public static final MathContext MC = MathContext.DECIMAL128;

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d[\\d_]*)?(?:\\.(\\d[\\d_]*)?)?(?:[eE]([+-]?\\d{1,10}))?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d*|\\d+,\\d+");

    private Decimals() {
    }

    /** Arabic-Indic digits and separators (٫ decimal, ٬ thousands) in ASCII form. */
    public static String normalise(String text) {
        return Digits.toAscii(text).replace('\u066B', '.').replace('\u066C', '_').replace('\u2212', '-');
    }

    /**
     * Parses a plain decimal literal ({@code 13.4}, {@code 1_500_000}, {@code 9.8e9}); the result
     * keeps the literal's scale, so its stated precision is {@code ulp()}. Throws a
     * {@link CalcException} naming what is wrong.
     */
    public static BigDecimal parse(String text) {
        String t = normalise(text.strip());
        Matcher m = NUMBER.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(2) == null && m.group(3) == null)) {
            throw new CalcException("'" + text + "' is not a number" + hint(t));
        }
        String intPart = m.group(2) == null ? "" : m.group(2);
        String frac = m.group(3) == null ? "" : m.group(3);
        if (intPart.endsWith("_") || frac.endsWith("_") || intPart.contains("__") || frac.contains("__")) {
            throw new CalcException("'" + text + "' is not a number: '_' must stand between digits");
        }
        String digits = (intPart + frac).replace("_", "");
        String significant = digits.replaceFirst("^0+", "");
        if (significant.length() > MAX_DIGITS) {
            throw new CalcException("'" + abbreviate(text) + "' has more than " + MAX_DIGITS + " significant digits");
        }
        long exp = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
        if (Math.abs(exp) > 1000) {
            throw new CalcException("'" + abbreviate(text) + "' is out of range (exponent beyond ±" + MAX_EXPONENT + ")");
        }
        BigDecimal v = new BigDecimal(m.group(1) + (intPart.isEmpty() ? "0" : intPart.replace("_", ""))
                + (frac.isEmpty() ? "" : "." + frac.replace("_", "")));
        // "13." keeps scale 0, "13.40" keeps 2: the scale states the precision
        v = v.scaleByPowerOfTen((int) exp);
        return checkRange(v, text);
    }

    /** Rejects values whose magnitude or precision lies outside the documented limits. */
    public static BigDecimal checkRange(BigDecimal v, String text) {
        if (v.signum() != 0) {
            int magnitude = v.precision() - v.scale() - 1;
            if (magnitude > MAX_EXPONENT || magnitude < -MAX_EXPONENT) {
                throw new CalcException("'" + abbreviate(text) + "' is out of range (magnitude beyond 1e±" + MAX_EXPONENT + ")");
            }
        }
        if (v.scale() > MAX_EXPONENT + MAX_DIGITS || v.scale() < -MAX_EXPONENT) {
            throw new CalcException("'" + abbreviate(text) + "' is out of range (exponent beyond ±" + MAX_EXPONENT + ")");
        }
        return v;
    }

    /** A hint for the separators that are ambiguous between locales. */
    static String hint(String t) {
        String body = t.replaceFirst("^[+-]", "");
        if (THOUSANDS_COMMA.matcher(body).matches() || EUROPEAN.matcher(body).matches()) {
            return " (commas are ambiguous: write 1095 or 1_095 for a thousand and ninety-five, 1.095 for a decimal)";
        }
        return "";
    }

    /** Rounds to a number of significant digits, half up, without trailing zeros beyond the integer part. */
    public static BigDecimal roundSignificant(BigDecimal v, int digits) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int integerDigits = Math.max(v.precision() - v.scale(), 0);
        BigDecimal r = v.round(new MathContext(Math.max(digits, integerDigits), RoundingMode.HALF_UP));
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 10) + " (" + text.length() + " chars)";
    }
}
