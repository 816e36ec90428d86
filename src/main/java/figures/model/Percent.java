package figures.model;

import java.math.BigDecimal;

/**
 * A ratio shown ×100: {@code 73%} holds 73. The literal's scale is its stated precision
 * ({@code 73%} stands for [72.5, 73.5] %).
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A percent from its value ×100 ({@code of(73)} is 73 %). */
    public static Percent of(BigDecimal percent) {
        return new Percent(percent);
    }

    /** A percent from a ratio ({@code 0.73} is 73 %), exactly. */
    public static Percent fromRatio(BigDecimal ratio) {
        return new Percent(ratio.scaleByPowerOfTen(2));
    }

    /** Parses {@code 73%}, {@code 73 %}, {@code 73} (the caller knows it is a percent), {@code ٧٣٪}. */
    public static Percent parse(String text) {
        String t = Decimals.normalise(text.strip());
        if (t.endsWith("%") || t.endsWith("\u066A")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new Percent(Decimals.parse(t));
        } catch (Decimals.LimitExceeded e) {
            throw e;
        } catch (CalcException e) {
            throw new CalcException("'" + Decimals.abbreviate(text) + "' is not a percent (expected e.g. 73% or 73.5)" + Decimals.hint(t));
        }
    }

    /**
     * Parses a percent that a user or a table states, by the one rule figures applies to every
     * percent input (options, table columns, loan terms): a value strictly between 0 and 1
     * without a percent sign ({@code 0.73}) is refused as ambiguous, since it may be 0.73 % or
     * the fraction 0.73 (73 %), and either guess can be a figure 100 times off. {@code 0.73%},
     * {@code 73}, {@code 0} and {@code 1} are read as usual.
     */
    public static Percent parseStated(String text) {
        Percent p = parse(text);
        String t = Decimals.normalise(text.strip());
        boolean signed = t.endsWith("%") || t.endsWith("\u066A");
        if (!signed && p.value.signum() > 0 && p.value.compareTo(BigDecimal.ONE) < 0) {
            String shown = text.strip();
            String times100 = p.value.scaleByPowerOfTen(2).stripTrailingZeros().toPlainString();
            throw new CalcException("'" + Decimals.abbreviate(shown) + "' is ambiguous: " + shown + "% or the fraction " + shown + " (" + times100
                    + "%)? write " + shown + "% for " + shown + " percent, or " + times100 + " for " + times100 + " percent");
        }
        return p;
    }

    /** The plain ratio: 0.73 for 73 %, exact. */
    public BigDecimal ratio() {
        return value.scaleByPowerOfTen(-2);
    }

    /** The range of ratios this percent, as stated, stands for. */
    public Interval statedRatio() {
        return Interval.stated(value).scaleByPowerOfTen(-2);
    }

    public boolean isBetween0And100() {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    @Override
    public int compareTo(Percent o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        // the text Percent.parse reads back equal, scale and all (10% with a negative scale is 1E+1%); shown() is for people
        return value.toString().contains("E") ? value.toString() + "%" : value.toPlainString() + "%";
    }

    /** The percent as a person reads it in a step: plain digits, no trailing zeros ({@code 10%}, never {@code 1E+1%}). */
    public String shown() {
        return Decimals.plain(value) + "%";
    }
}
