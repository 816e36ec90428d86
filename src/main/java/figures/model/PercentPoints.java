package figures.model;

import java.math.BigDecimal;

/**
 * The difference between two percentages, in percentage points: from 11.58 % to 11.59 % is
 * +0.01 pp, never "+0.01 %" (which would be a relative change). Holds the difference of the two
 * percent values, exactly.
 */
public final class PercentPoints implements Comparable<PercentPoints> {
    private final BigDecimal value;

    private PercentPoints(BigDecimal value) {
        this.value = value;
    }

    /** Points from their value: {@code of(1.5)} is 1.5 pp. */
    public static PercentPoints of(BigDecimal points) {
        return new PercentPoints(points);
    }

    /** {@code to - from}: the change from one percentage to another. */
    public static PercentPoints between(Percent from, Percent to) {
        return new PercentPoints(to.value().subtract(from.value()));
    }

    /** The number of points: 1.5 for 1.5 pp. */
    public BigDecimal value() {
        return value;
    }

    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(PercentPoints o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentPoints p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + "pp";
    }
}
