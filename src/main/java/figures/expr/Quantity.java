package figures.expr;

import figures.model.AmountText;
import figures.model.Amount;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Period;
import figures.model.Scale;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A number with its dimension: a plain number, a percent (held as its ratio: 0.73 for 73 %) or an
 * amount (with its currency and price basis when known). {@code range} is what the value may be,
 * given the stated precision of the literals it came from ({@code 9.8bn} is [9.75, 9.85] bn); a
 * plain integer literal, a table key or a reference rate is exact.
 */
public record Quantity(Dim dim, BigDecimal value, Interval range, Currency currency, Period basis) implements Value {
    /** The dimension of a quantity. */
    public enum Dim {
        NUMBER("a plain number"), PERCENT("a percent"), AMOUNT("an amount");

        private final String text;

        Dim(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final MathContext SHOWN = new MathContext(12);

    public static Quantity number(BigDecimal v, Interval range) {
        return new Quantity(Dim.NUMBER, v, range, null, null);
    }

    public static Quantity exactNumber(BigDecimal v) {
        return number(v, Interval.exact(v));
    }

    /** A percent from its ratio (0.73 for 73 %). */
    public static Quantity percent(BigDecimal ratio, Interval range) {
        return new Quantity(Dim.PERCENT, ratio, range, null, null);
    }

    public static Quantity exactPercent(BigDecimal ratio) {
        return percent(ratio, Interval.exact(ratio));
    }

    public static Quantity amount(BigDecimal v, Interval range, Currency c, Period basis) {
        return new Quantity(Dim.AMOUNT, v, range, c, basis);
    }

    /** The same kind of quantity (dimension, currency, basis) with another value and range. */
    public Quantity with(BigDecimal v, Interval r) {
        return new Quantity(dim, v, r, currency, basis);
    }

    public Quantity exactly(BigDecimal v) {
        return with(v, Interval.exact(v));
    }

    public boolean isExact() {
        return range.lo().compareTo(range.hi()) == 0;
    }

    public boolean isAmount() {
        return dim == Dim.AMOUNT;
    }

    /** The value as a model type for a result table: Amount, Percent or BigDecimal. */
    public Object cell() {
        return switch (dim) {
            case AMOUNT -> Amount.of(value, currency, basis);
            case PERCENT -> Percent.fromRatio(value);
            case NUMBER -> value;
        };
    }

    /** The text form; values of more than 12 significant digits are shown rounded, marked ≈. */
    @Override
    public String describe() {
        return show(value);
    }

    /** A value of this quantity's kind in text form: {@code 9.782bn USD}, {@code 73%}, {@code 0.5}. */
    public String show(BigDecimal v) {
        BigDecimal shown = v.precision() > 12 ? v.round(SHOWN).stripTrailingZeros() : v;
        String approx = shown == v ? "" : "≈";
        return approx + switch (dim) {
            case AMOUNT -> scaled(shown) + unit();
            case PERCENT -> plain(Percent.fromRatio(shown).value().stripTrailingZeros()) + "%";
            case NUMBER -> plain(shown);
        };
    }

    /** {@code 13.4bn}, {@code 120m}, {@code 250m} (not 2.5e8): the scale word by magnitude, trailing zeros kept. */
    private static String scaled(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        AmountText.Scaled s = AmountText.scaled(v, Scale.THOUSAND);
        BigDecimal x = s.number();
        return plain(x.setScale(Math.max(x.scale(), 0))) + s.symbol();
    }

    private static String plain(BigDecimal v) {
        String p = v.toPlainString();
        return p.length() <= 24 ? p : v.toString();
    }

    /** The value as {@link #describe()} shows it, without its currency and year: {@code 13.4bn}. */
    static String bare(Quantity q) {
        return q.show(q.value()).replace(q.unit(), "");
    }

    /** The range in the same text form: {@code [9.75bn, 9.85bn] USD}. */
    public String showRange() {
        return "[" + show(range.lo()).replace(unit(), "") + ", " + show(range.hi()).replace(unit(), "") + "]" + unit();
    }

    private String unit() {
        // only an amount has a currency or a price basis
        return (currency == null ? "" : " " + currency.code()) + (basis == null ? "" : "@" + basis);
    }

    @Override
    public String kind() {
        return dim.toString();
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return Decimals.divide(a, b);
    }
}
