package figures.table;

import figures.model.Period;

/**
 * Which frequency a table's periods are aggregated to ({@code --per}) and how ({@code --aggregate}).
 *
 * @param per       the frequency to aggregate to; null: the periods as the table has them
 * @param aggregate how the periods of one group within a longer one combine; null: the default (sum, for flows)
 */
public record Periods(Period.Frequency per, Aggregate aggregate) {
    /** How the values of the shorter periods within a longer one combine. */
    public enum Aggregate {
        /** Their sum: for flows (a year's exports are its months' exports). */
        SUM,
        /** Their arithmetic mean: for rates and levels (a year's average exchange rate). */
        MEAN,
        /** The last one's value: for stocks and end-of-period rates. */
        LAST
    }

    /** The periods as the table has them. */
    public static final Periods AS_READ = new Periods(null, null);

    public boolean isAsRead() {
        return per == null;
    }

    /** The aggregate used: the one given, else the sum. */
    public Aggregate used() {
        return aggregate == null ? Aggregate.SUM : aggregate;
    }
}
