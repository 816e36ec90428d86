package figures.model;

import java.math.BigDecimal;

/**
 * One observation of a series: the amount stated for a year or a span of years. A span counts as
 * its per-year average, placed at its middle (1989-1990 is 1989.5).
 */
public record Observation(Period period, Amount amount) {
    /** The amount a year: the amount itself for one year, the average for a span. */
    public Amount perYear() {
        return period.isSpan() ? amount.withValue(Decimals.ratio(amount.value(), BigDecimal.valueOf(period.years()))) : amount;
    }

    /** The time of the observation: the year, or the middle of a span (1989.5 for 1989-1990). */
    public BigDecimal middle() {
        if (period.isSubAnnual()) {
            return period.middleOfSubAnnual();
        }
        long twice = (long) period.first() + period.last();
        return twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
    }
}
