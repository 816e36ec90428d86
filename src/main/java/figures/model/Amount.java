package figures.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money: a decimal, its currency (when stated) and optionally the year whose
 * prices it is in (its price basis). The decimal keeps the literal's scale, so {@code 9.8bn} is
 * 98×10⁸ and its stated precision is ±0.05 bn. {@code parse(toString())} gives back an equal
 * amount; compare values with {@link #isEqual} or {@link #compareTo}, since {@code equals} is
 * scale-sensitive like {@code BigDecimal}'s.
 */
public final class Amount {
    private static final Pattern FORM = Pattern.compile(
            "(?<pre>[A-Za-z]{3}|US\\$|[$£€])?\\s*"
            + "(?<num>[+-]?[0-9_.,]+(?:[eE][+-]?\\d+)?)"
            + "\\s*(?<scale>[A-Za-z]+)?"
            + "\\s*(?<post>[A-Za-z]{3}|[$£€])?"
            + "(?:\\s*@\\s*(?<basis>\\S+))?");

    private final BigDecimal value;
    private final Currency currency;
    private final Period priceBasis;

    private Amount(BigDecimal value, Currency currency, Period priceBasis) {
        this.value = Objects.requireNonNull(value);
        this.currency = currency;
        this.priceBasis = priceBasis;
    }

    public static Amount of(BigDecimal value, Currency currency) {
        return new Amount(value, currency, null);
    }

    public static Amount of(BigDecimal value, Currency currency, Period priceBasis) {
        return new Amount(value, currency, priceBasis);
    }

    /** An amount with no stated currency: it takes the currency of whatever it meets. */
    public static Amount unitless(BigDecimal value) {
        return new Amount(value, null, null);
    }

    /**
     * Parses {@code 13.4bn USD}, {@code USD 13.4bn}, {@code $13.4 billion}, {@code 120m SUR@1966},
     * {@code 9.8e9 USD}, {@code 1_500_000 USD}, {@code 1.4bn GBP@1989-1990}. The currency may be
     * left out. Throws a {@link CalcException} naming what is wrong.
     */
    public static Amount parse(String text) {
        String t = ArabicAmounts.normalise(Decimals.normalise(text.strip()), text.strip());
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw notAnAmount(text, "");
        }
        String pre = m.group("pre");
        String post = m.group("post");
        String scaleWord = m.group("scale");
        // "13.4 b USD" vs "13.4 USD": a three-letter word after the number may be a currency
        if (scaleWord != null && post == null && Scale.fromWord(scaleWord) == null && Currency.isCurrency(scaleWord)) {
            post = scaleWord;
            scaleWord = null;
        }
        if (pre != null && post != null) {
            throw notAnAmount(text, ": it names a currency twice");
        }
        Currency currency = null;
        String code = pre != null ? pre : post;
        if (code != null) {
            currency = Currency.lookup(code);
            if (currency == null) {
                throw new CalcException("unknown currency code '" + code + "' in '" + Decimals.abbreviate(text)
                        + "' (expected an ISO 4217 code such as USD, GBP, EUR, RUB, SUR, SYP)");
            }
        }
        BigDecimal number;
        try {
            number = Decimals.parse(m.group("num"));
        } catch (Decimals.LimitExceeded e) {
            throw e;
        } catch (CalcException e) {
            throw notAnAmount(text, Decimals.hint(m.group("num").replaceFirst("^[+-]", "")));
        }
        if (scaleWord != null) {
            Scale scale = Scale.fromWord(scaleWord);
            if (scale == null) {
                throw notAnAmount(text, ": unknown scale '" + scaleWord + "' (use k, m, mn, bn, b, tn or thousand, million, billion, trillion)");
            }
            number = Decimals.checkRange(number.scaleByPowerOfTen(scale.exponent()), text);
        }
        Period basis = m.group("basis") == null ? null : Period.parse(m.group("basis"));
        return new Amount(number, currency, basis);
    }

    /**
     * Text with Arabic scale and currency words read as English ({@code ١٣٫٤ مليار دولار} becomes
     * {@code 13.4 bn USD}); ASCII text comes back unchanged. Ambiguous words are an error saying why.
     */
    public static String arabicWordsToEnglish(String text) {
        return ArabicAmounts.normalise(Decimals.normalise(text), text);
    }

    private static CalcException notAnAmount(String text, String why) {
        return new CalcException("'" + Decimals.abbreviate(text) + "' is not an amount" + why
                + (why.isEmpty() ? " (expected e.g. 13.4bn USD, USD 13.4bn, 120m SUR@1966, 9.8e9)" : ""));
    }

    public BigDecimal value() {
        return value;
    }

    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    public Optional<Period> priceBasis() {
        return Optional.ofNullable(priceBasis);
    }

    /** The range of values this amount, as stated, stands for: value ± half its last digit. */
    public Interval stated() {
        return Interval.stated(value);
    }

    public Amount withValue(BigDecimal v) {
        return v.equals(value) ? this : new Amount(v, currency, priceBasis);
    }

    public Amount withCurrency(Currency c) {
        return Objects.equals(c, currency) ? this : new Amount(value, c, priceBasis);
    }

    public Amount atBasis(Period basis) {
        return Objects.equals(basis, priceBasis) ? this : new Amount(value, currency, basis);
    }

    /**
     * The currency shared by two amounts (both may have none); an error when they differ, or when
     * one has a currency or a year and the other none (neither is ever assumed).
     */
    public Currency commonCurrency(Amount other, String what) {
        if ((currency == null) != (other.currency == null)) {
            Amount with = currency != null ? this : other;
            Amount without = currency != null ? other : this;
            throw new CalcException("cannot " + what + " " + this + " and " + other + ": " + without + " has no currency, and none is assumed; "
                    + "write " + Amount.of(without.value, with.currency, without.priceBasis) + " if it is in " + with.currency + " too");
        }
        if (currency != null && other.currency != null && !currency.equals(other.currency)) {
            throw new CalcException("cannot " + what + " " + this + " and " + other + ": different currencies; convert one first (figures convert \""
                    + other + "\" --to " + currency + ")");
        }
        if ((priceBasis == null) != (other.priceBasis == null)) {
            Amount with = priceBasis != null ? this : other;
            Amount without = priceBasis != null ? other : this;
            throw new CalcException("cannot " + what + " " + this + " and " + other + ": " + without + " has no year, and none is assumed; "
                    + "give its year (" + without + "@YEAR), or write @" + with.priceBasis + " if it is in " + with.priceBasis + " prices too");
        }
        if (priceBasis != null && other.priceBasis != null && !priceBasis.equals(other.priceBasis)) {
            throw new CalcException("cannot " + what + " " + this + " and " + other + ": prices of " + priceBasis + " and " + other.priceBasis
                    + "; convert one first (figures convert \"" + other + "\" --to " + (currency == null ? "USD" : currency) + "@" + priceBasis + ")");
        }
        return currency; // the checks above leave both the same, or both none
    }

    public Amount plus(Amount other) {
        Currency c = commonCurrency(other, "add");
        return new Amount(value.add(other.value), c, priceBasis);
    }

    public Amount minus(Amount other) {
        Currency c = commonCurrency(other, "subtract");
        return new Amount(value.subtract(other.value), c, priceBasis);
    }

    /** Exact product with a plain factor. */
    public Amount times(BigDecimal factor) {
        return new Amount(value.multiply(factor), currency, priceBasis);
    }

    /** {@code 73% of 13.4bn} = 9.782bn, exactly. */
    public Amount times(Percent p) {
        return times(p.ratio());
    }

    /** The plain ratio of two amounts in the same currency, rounded to 34 significant digits when it does not terminate. */
    public BigDecimal ratioTo(Amount other) {
        commonCurrency(other, "divide");
        if (other.value.signum() == 0) {
            throw new CalcException("cannot divide " + this + " by zero");
        }
        return Decimals.divide(value, other.value);
    }

    public Amount negate() {
        return new Amount(value.negate(), currency, priceBasis);
    }

    public int signum() {
        return value.signum();
    }

    /** Value comparison, ignoring scale; currencies must agree. */
    public int compareTo(Amount other) {
        commonCurrency(other, "compare");
        return value.compareTo(other.value);
    }

    public boolean isEqual(Amount other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.value.equals(value) && Objects.equals(a.currency, currency)
                && Objects.equals(a.priceBasis, priceBasis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, currency, priceBasis);
    }

    /** The text form, e.g. {@code 9.8bn USD} or {@code 120m SUR@1966}; parses back to an equal amount. */
    @Override
    public String toString() {
        return AmountText.number(value) + AmountText.unit(this);
    }

    /** Lower-case words as the text form of a currency-less amount, for messages. */
    public String describe() {
        return toString().toLowerCase(Locale.ROOT);
    }
}
