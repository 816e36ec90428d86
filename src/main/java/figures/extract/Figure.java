package figures.extract;

import figures.model.Amount;
import figures.model.Currency;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;

/**
 * One figure an article states: its kind, its exact value as stated (the scale words applied, the
 * literal's precision kept), for money its currency and price basis, for a count or a quantity its
 * unit, and where it is ({@code start}/{@code end} offsets into the article's text, and its sentence).
 * A range ({@code between 2 and 3 billion}) has a {@code high} value as well.
 */
public record Figure(Kind kind, BigDecimal value, BigDecimal high, Currency currency, Period basis, String unit, String note,
                     int start, int end, int sentence) {

    /** What a figure is. */
    public enum Kind {
        MONEY("money"), PERCENT("percent"), YEAR("year"), COUNT("count"), QUANTITY("quantity");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** Money as an amount (its currency may be unknown, its basis absent). */
    public Amount amount() {
        return Amount.of(value, currency, basis);
    }

    public Percent percent() {
        return Percent.of(value);
    }

    /** The year or span a YEAR figure states. */
    public Period period() {
        return basis;
    }

    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    public boolean isPercent() {
        return kind == Kind.PERCENT;
    }

    /** The value as a cell of a result table: an amount, a percent, a period or a plain number. */
    public Object cell() {
        return switch (kind) {
            case MONEY -> amount();
            case PERCENT -> percent();
            case YEAR -> basis;
            default -> value;
        };
    }

    /** The high end of a range as a cell, or null. */
    public Object highCell() {
        if (high == null) {
            return null;
        }
        return switch (kind) {
            case MONEY -> Amount.of(high, currency, basis);
            case PERCENT -> Percent.of(high);
            default -> high;
        };
    }

    /** The text an expression of {@code figures eval} reads for this figure: {@code 9.8bn USD@2005}, {@code 73%}. */
    public String expression() {
        return switch (kind) {
            case MONEY -> amount().toString();
            case PERCENT -> percent().toString();
            default -> value.toPlainString();
        };
    }

    Figure withCurrency(Currency c, String why) {
        return new Figure(kind, value, high, c, basis, unit, why, start, end, sentence);
    }

    Figure withBasis(Period p) {
        return new Figure(kind, value, high, currency, p, unit, note, start, end, sentence);
    }
}
