package figures.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a computed figure may lie from a claimed one, when a claim gives it instead of relying
 * on the stated-precision rule: {@code ±0.5%} (relative to the claimed value), {@code ±0.01bn USD}
 * or {@code ±2} (an absolute amount or number), {@code ±0.1pp} (percentage points, for percents).
 */
public final class Tolerance {
    /** What the width is measured in. */
    public enum Kind {
        /** A fraction of the claimed value: {@code ±0.5%}. */
        RELATIVE,
        /** An amount or plain number in the claim's own units: {@code ±0.01bn}. */
        ABSOLUTE,
        /** Percentage points, for percents: {@code ±0.1pp}. */
        POINTS
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Kind kind;
    private final BigDecimal width;
    private final Currency currency;
    private final String text;

    private Tolerance(Kind kind, BigDecimal width, Currency currency, String text) {
        this.kind = kind;
        this.width = width;
        this.currency = currency;
        this.text = text;
    }

    /**
     * Parses {@code ±0.5%}, {@code +-0.5%}, {@code 0.5%}, {@code ±0.01bn USD}, {@code ±2},
     * {@code ±0.1pp}. Throws a {@link CalcException} naming what is accepted.
     */
    public static Tolerance parse(String text) {
        String t = Decimals.normalise(text.strip());
        for (String sign : new String[] {"±", "+/-", "+-"}) {
            if (t.startsWith(sign)) {
                t = t.substring(sign.length()).strip();
                break;
            }
        }
        if (t.isEmpty() || t.startsWith("-") || t.startsWith("+")) {
            throw invalid(text);
        }
        try {
            if (t.toLowerCase(java.util.Locale.ROOT).endsWith("pp")) {
                BigDecimal pp = Decimals.parse(t.substring(0, t.length() - 2).strip());
                return new Tolerance(Kind.POINTS, Decimals.divide(pp, HUNDRED), null, "±" + pp.toPlainString() + "pp");
            }
            if (t.endsWith("%")) {
                Percent p = Percent.parse(t);
                return new Tolerance(Kind.RELATIVE, p.ratio(), null, "±" + p);
            }
            Amount a = Amount.parse(t);
            if (a.priceBasis().isPresent()) {
                throw invalid(text);
            }
            // quoted back as written (±0.1bn EUR), not as the value's plain form (±1e8 EUR)
            return new Tolerance(Kind.ABSOLUTE, a.value(), a.currency().orElse(null), "±" + t);
        } catch (CalcException e) {
            throw invalid(text);
        }
    }

    private static CalcException invalid(String text) {
        return new CalcException("'" + text + "' is not a tolerance (expected e.g. ±0.5% of the claimed value, ±0.01bn USD, ±2 or ±0.1pp)");
    }

    public Kind kind() {
        return kind;
    }

    /** The width: a fraction for RELATIVE and POINTS (0.001 for 0.1pp), units for ABSOLUTE. */
    public BigDecimal width() {
        return width;
    }

    /** The currency an absolute tolerance names, or null. */
    public Currency currency() {
        return currency;
    }

    /** The values within this tolerance of {@code claimed} (a percent's value as a fraction). */
    public Interval around(BigDecimal claimed) {
        BigDecimal half = kind == Kind.RELATIVE ? claimed.abs().multiply(width) : width;
        return Interval.around(claimed, half);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tolerance t && t.kind == kind && t.width.compareTo(width) == 0 && Objects.equals(t.currency, currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, width.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return text;
    }
}
