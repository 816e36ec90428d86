package figures.model;

import java.math.BigDecimal;

/**
 * The difference between two percentages, in percentage points: from 11.58 % to 11.59 % is
 * +0.01 pp, never "+0.01 %" (which would be a relative change). Holds the difference of the two
 * percent values, exactly.
 */
public record PercentPoints(BigDecimal value) implements Comparable<PercentPoints> {
    /** Points from their value: {@code of(1.5)} is 1.5 pp. */
    public static PercentPoints of(BigDecimal points) {
        return new PercentPoints(points);
    }

    /** {@code to - from}: the change from one percentage to another. */
    public static PercentPoints between(Percent from, Percent to) {
        return new PercentPoints(to.value().subtract(from.value()));
    }

    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(PercentPoints o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "pp";
    }
}
