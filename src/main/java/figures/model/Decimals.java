package figures.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal literals as users write them, with explicit limits so that no input can ask
 * {@code BigDecimal} for a huge expansion: at most {@value #MAX_DIGITS} significant digits, and
 * a nonzero value's leading digit between 10^-{@value #MAX_EXPONENT} and 10^{@value #MAX_EXPONENT}
 * (so {@code 1e30} is the largest power of ten and {@code 1e-30} the smallest). Checked on the
 * text before any {@code BigDecimal} is built, so {@code 1e999999999} or a 10 000-digit literal
 * costs no more than reading it.
 *
 * <p>Also the decimal policy (ARCHITECTURE.md, "One decimal policy"): the result context
 * {@link #RESULT}, the guard context {@link #GUARD} of a chain's steps, and the divisions that
 * use them.
 */
public final class Decimals {
    public static final int MAX_DIGITS = 40;
    public static final int MAX_EXPONENT = 30;
    /** Results beyond 10^±this are errors (see {@link #checkResult}). */
    public static final int MAX_RESULT_EXPONENT = 100;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /**
     * The result context: a figure that does not terminate (a quotient, a rate, a root) is
     * rounded to 34 significant digits, half even (IEEE decimal128), once, when it is a result.
     */
    public static final MathContext RESULT = MathContext.DECIMAL128;
    /** Guard digits carried through a chain of operations before its one final rounding. */
    public static final int GUARD_DIGITS = 16;
    /** The guard context of intermediate steps: {@link #RESULT}'s 34 digits plus {@value #GUARD_DIGITS}. */
    public static final MathContext GUARD = new MathContext(RESULT.getPrecision() + GUARD_DIGITS, RoundingMode.HALF_EVEN);

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d[\\d_]*)?(?:\\.(\\d[\\d_]*)?)?(?:[eE]([+-]?)(\\d+))?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern EUROPEAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d*|\\d+,\\d+");
    private static final Pattern ARABIC_NUMERAL = Pattern.compile("[+-]?[\\d\u066B\u066C]+(?:[eE][+-]?\\d+)?");
    private static final Pattern ARABIC_GROUPS = Pattern.compile("[+-]?\\d{1,3}(\u066C\\d{3})+(\u066B\\d*)?(?:[eE][+-]?\\d+)?");

    /** A literal that is well formed but outside the limits above. */
    static final class LimitExceeded extends CalcException {
        LimitExceeded(String message) {
            super(message);
        }
    }

    private Decimals() {
    }

    /**
     * Arabic-Indic digits and separators (٫ decimal, ٬ thousands) in ASCII form. The thousands
     * separator must stand between groups of three digits: {@code ١٬٥} is an error, not 15.
     */
    public static String normalise(String text) {
        String t = Digits.toAscii(text);
        if (t.indexOf('\u066C') >= 0) {
            Matcher m = ARABIC_NUMERAL.matcher(t);
            while (m.find()) {
                if (m.group().indexOf('\u066C') >= 0 && !ARABIC_GROUPS.matcher(m.group()).matches()) {
                    throw new CalcException("'" + abbreviate(text) + "': the Arabic thousands separator \u066C must stand between"
                            + " groups of three digits (\u066B is the decimal separator: \u0661\u066B\u0665 is 1.5)");
                }
            }
        }
        return t.replace('\u066B', '.').replace('\u066C', '_').replace('\u2212', '-');
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
            throw new CalcException("'" + abbreviate(text) + "' is not a number" + hint(t));
        }
        String intPart = m.group(2) == null ? "" : m.group(2);
        String frac = m.group(3) == null ? "" : m.group(3);
        if (intPart.endsWith("_") || frac.endsWith("_") || intPart.contains("__") || frac.contains("__")) {
            throw new CalcException("'" + abbreviate(text) + "' is not a number: '_' must stand between digits");
        }
        String digits = (intPart + frac).replace("_", "");
        String significant = stripLeadingZeros(digits);
        if (significant.length() > MAX_DIGITS) {
            throw new LimitExceeded("'" + abbreviate(text) + "' has " + significant.length() + " significant digits; at most "
                    + MAX_DIGITS + " are accepted");
        }
        String expDigits = m.group(5) == null ? "" : stripLeadingZeros(m.group(5));
        if (expDigits.length() > 12) {
            throw outOfRange(text, "-".equals(m.group(4)));
        }
        long exp = expDigits.isEmpty() ? 0 : Long.parseLong(m.group(4) + expDigits);
        // the value is significant × 10^-scale; "13." keeps scale 0, "13.40" keeps 2: the scale states the precision
        long scale = frac.replace("_", "").length() - exp;
        checkRange(significant.length(), scale, text);
        BigInteger unscaled = significant.isEmpty() ? BigInteger.ZERO : new BigInteger(m.group(1) + significant);
        return new BigDecimal(unscaled, (int) scale);
    }

    /**
     * Rejects a computed result too large or too small to write out (1.1^999999999 has 41 million
     * digits): figures within 1e±{@value #MAX_RESULT_EXPONENT}, far beyond any economic quantity, with
     * at most twice as many decimal places.
     */
    public static BigDecimal checkResult(BigDecimal v) {
        if (v.signum() != 0) {
            long magnitude = magnitude(v);
            if (magnitude > MAX_RESULT_EXPONENT || magnitude < -MAX_RESULT_EXPONENT) {
                throw new CalcException("a result is out of range: about " + round(v, 4).toString().replace("E", "e")
                        + " (results are shown within 1e\u00B1" + MAX_RESULT_EXPONENT + "; check the inputs)");
            }
            if (v.scale() > 2L * MAX_RESULT_EXPONENT) {
                // in range, but exact only with more decimal places than are kept (many long literals multiplied)
                throw new CalcException("a result needs " + v.scale() + " decimal places to be exact (at most " + 2 * MAX_RESULT_EXPONENT
                        + " are kept); round a factor (round(x, 10)) or give fewer digits");
            }
        }
        return v;
    }

    /** Rejects values whose magnitude or precision lies outside the documented limits. */
    public static BigDecimal checkRange(BigDecimal v, String text) {
        checkRange(v.signum() == 0 ? 0 : v.precision(), v.scale(), text);
        return v;
    }

    /** The limits, on a value of {@code precision} significant digits (0 for zero) times 10^-scale. */
    private static void checkRange(long precision, long scale, String text) {
        if (precision > 0) {
            long magnitude = precision - 1 - scale;
            if (magnitude > MAX_EXPONENT) {
                throw outOfRange(text, false);
            }
            if (magnitude < -MAX_EXPONENT) {
                throw outOfRange(text, true);
            }
        }
        if (scale > MAX_EXPONENT + MAX_DIGITS || scale < -MAX_EXPONENT) {
            throw new LimitExceeded("'" + abbreviate(text) + "' is out of range (at most " + (MAX_EXPONENT + MAX_DIGITS)
                    + " decimal places, and a power of ten of at most " + MAX_EXPONENT + ")");
        }
    }

    private static CalcException outOfRange(String text, boolean small) {
        return new LimitExceeded("'" + abbreviate(text) + "' is out of range: " + (small
                ? "nonzero figures must be at least 1e-" + MAX_EXPONENT + " in size"
                : "figures must be below 1e" + (MAX_EXPONENT + 1) + " in size"));
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** A hint for the separators that are ambiguous between locales. */
    static String hint(String t) {
        String body = t.replaceFirst("^[+-]", "");
        if (THOUSANDS_COMMA.matcher(body).matches() || EUROPEAN.matcher(body).matches()) {
            return " (commas are ambiguous: write 1095 or 1_095 for a thousand and ninety-five, 1.095 for a decimal)";
        }
        return "";
    }

    /**
     * {@code a / b} exactly when the quotient terminates, else rounded to {@link #RESULT}: a
     * figure's own quotient (an amount divided by another, a unit price).
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b);
        } catch (ArithmeticException nonTerminating) {
            return a.divide(b, RESULT);
        }
    }

    /** {@code a / b} rounded to {@link #RESULT}: a ratio shown as a result (a share, a percent). */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.divide(b, RESULT);
    }

    /** {@code a / b} rounded to {@link #GUARD}: a step of a chain that is rounded once at its end. */
    public static BigDecimal guarded(BigDecimal a, BigDecimal b) {
        return a.divide(b, GUARD);
    }

    /** {@code a / b} to a context of the caller's (a series that sets its own precision). */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext mc) {
        return a.divide(b, mc);
    }

    /** {@code v / 2}, which always terminates: half an interval's width. */
    public static BigDecimal half(BigDecimal v) {
        return v.divide(TWO);
    }

    /** A value of a chain rounded once, to the {@link #RESULT} digits. */
    public static BigDecimal result(BigDecimal v) {
        return v.round(RESULT);
    }

    /**
     * The power of ten of a value's leading digit ({@code precision - scale - 1}): 9 for 9.8e9,
     * -2 for 0.05, and 0 for zero. What picks the scale word of an amount and checks a range.
     */
    public static int magnitude(BigDecimal v) {
        return v.signum() == 0 ? 0 : v.precision() - v.scale() - 1;
    }

    /** Rounded to {@code digits} significant digits, half up ({@code new MathContext(digits)}): a value shown in a step of an explanation. */
    public static BigDecimal round(BigDecimal v, int digits) {
        return v.round(new MathContext(digits));
    }

    /**
     * The same value without trailing zeros (12.5, not 12.5000), never in exponent form (120, not
     * 1.2E+2): the one place this is decided for a computed value, which has no stated precision to keep.
     */
    public static BigDecimal stripped(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    /** Written out plainly without trailing zeros, never in exponent form: {@code 2.5}, {@code 120}. */
    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Rounds to a number of significant digits, half up, without trailing zeros beyond the integer part. */
    public static BigDecimal roundSignificant(BigDecimal v, int digits) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int integerDigits = Math.max(v.precision() - v.scale(), 0);
        BigDecimal r = v.round(new MathContext(Math.max(digits, integerDigits), RoundingMode.HALF_UP));
        r = r.stripTrailingZeros();
        return r.setScale(Math.max(r.scale(), 0));
    }

    /** Text quoted in a message: shortened when long, line breaks and other control characters made visible. */
    static String abbreviate(String text) {
        String t = text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 10) + " (" + text.length() + " characters)";
        return visible(t);
    }

    /**
     * Control characters written as escapes (a line break as backslash-n), so that a message stays
     * one line and cannot drive a terminal: C0 (below U+0020), DEL, the C1 controls U+0080-U+009F
     * (U+009B is a one-character escape sequence on many terminals) and the line and paragraph
     * separators.
     */
    public static String visible(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                if (!control) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
