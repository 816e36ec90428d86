package figures.chart;

import figures.model.AmountText;
import figures.model.Currency;
import figures.model.Period;
import figures.model.Scale;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The unit of a value axis: a scale chosen from the largest value (so the axis reads 9.8, not
 * 9 800 000 000), the currency and the price basis, e.g. {@code bn USD} or {@code bn USD@2024}.
 */
public record Unit(Scale scale, Currency currency, Period basis) {
    /** The unit for a set of values in one currency (which may be null). */
    public static Unit of(Collection<BigDecimal> values, Currency currency) {
        return of(values, currency, null);
    }

    /** The unit for a set of values in one currency and price basis (either may be null). */
    public static Unit of(Collection<BigDecimal> values, Currency currency, Period basis) {
        BigDecimal max = values.stream().filter(Objects::nonNull).map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return new Unit(AmountText.scaled(max, Scale.MILLION).scale(), currency, basis);
    }

    /** The value in this unit: 9782000000 in bn is 9.782. */
    public BigDecimal scaled(BigDecimal v) {
        return v == null || scale == null ? v : v.scaleByPowerOfTen(-scale.exponent());
    }

    /** {@code bn USD}, {@code bn USD@2024}, {@code USD}, {@code bn}, or empty. */
    public String label() {
        String s = scale == null ? "" : scale.symbol();
        String c = currency == null ? "" : currency.code();
        String b = basis == null ? "" : "@" + basis;
        return (s + " " + c + b).strip();
    }

    /** An axis label with the unit in brackets: {@code amount (bn USD)}. */
    public String axis(String what) {
        return label().isEmpty() ? what : what + " (" + label() + ")";
    }
}
