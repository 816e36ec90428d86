package figures.extract;

import figures.model.Amount;
import figures.model.Currency;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;

/**
 * One figure an article states: its kind, its exact value as stated (the scale words applied, the
 * literal's precision kept), for money its currency and price basis, for a count or a quantity its
 * unit, and where it is ({@code start}/{@code end} offsets into the article's text, and its sentence).
 * A range ({@code between 2 and 3 billion}) has a {@code high} value as well: {@link #low()} to {@link #high()}.
 *
 * <p>How it was read, for the claims built on it: {@code approx}, the words that make it approximate
 * ("about", "more than", "نحو"), null when it is stated exactly; {@code currencyFrom}, the earlier figure
 * whose currency it was given when it names none itself ("another 2 billion"), else null;
 * {@code yearFrom}, the YEAR figure its price basis came from and {@code yearHow} how it was chosen
 * (null when it has no year, or its year was written into it).
 */
public record Figure(Kind kind, BigDecimal value, BigDecimal high, Currency currency, Period basis, String unit, String note,
                     int start, int end, int sentence, Approx approx, Figure currencyFrom, Figure yearFrom, YearHow yearHow) {

    /** What a figure is. */
    public enum Kind {
        MONEY, PERCENT, YEAR, COUNT, QUANTITY;

        /** {@code money}, {@code percent}, ... */
        @Override
        public String toString() {
            return figures.model.EnumWords.lower(this);
        }
    }

    /** The words that make a figure approximate, and which way: about it, at least it, at most it. */
    public record Approx(Bound bound, String words) {
        /** Which side of the stated value the figure may lie. */
        public enum Bound {
            /** "about", "some", "roughly", "نحو", "قرابة": either side. */
            ABOUT,
            /** "more than", "over", "أكثر من": the stated value or above. */
            AT_LEAST,
            /** "almost", "less than", "up to", "nearly", "ما يقارب": the stated value or below. */
            AT_MOST
        }
    }

    /** How a figure's year was chosen. */
    public enum YearHow {
        /** Written just after it: "2 bn dollars in 2005", "مليار دولار عام 2005". */
        AFTER("the year written after it"),
        /** The only year of its clause (the words between commas, semicolons or clause words). */
        CLAUSE("the year of its clause"),
        /** The only year of its sentence. */
        SENTENCE("the year of its sentence"),
        /** The sentence has several years: the nearest one, the figures split between them. */
        NEAREST("the nearest year of its sentence");

        private final String words;

        YearHow(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * How much wider than its stated precision an approximate figure may be: 5 % of its value
     * either side for "about" (or its stated precision, when that is wider), 10 % on its open side
     * for "more than" and "almost".
     */
    public static final BigDecimal ABOUT = new BigDecimal("0.05");
    public static final BigDecimal BOUND = new BigDecimal("0.10");

    /** A figure read exactly as stated, with no approximation, inherited currency or chosen year. */
    public Figure(Kind kind, BigDecimal value, BigDecimal high, Currency currency, Period basis, String unit, String note, int start, int end,
                  int sentence) {
        this(kind, value, high, currency, basis, unit, note, start, end, sentence, null, null, null, null);
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

    /** The low end of a range, or the value. */
    public BigDecimal low() {
        return value;
    }

    public boolean isRange() {
        return high != null;
    }

    public boolean approximate() {
        return approx != null;
    }

    /** Whether its currency was implied by an earlier figure ({@link #currencyFrom}). */
    public boolean currencyInherited() {
        return currencyFrom != null;
    }

    /**
     * The values the figure, as stated, stands for: its value (or range) ± half its last digit; for an
     * approximate figure widened as {@link #ABOUT} and {@link #BOUND} say.
     */
    public Interval allowed() {
        BigDecimal lo = value;
        BigDecimal hi = high == null ? value : high;
        BigDecimal half = lo.ulp().max(hi.ulp()).divide(BigDecimal.valueOf(2));
        BigDecimal below = half, above = half;
        if (approx != null) {
            BigDecimal size = lo.abs().max(hi.abs());
            switch (approx.bound()) {
                case ABOUT -> {
                    below = half.max(size.multiply(ABOUT));
                    above = below;
                }
                case AT_LEAST -> above = half.max(size.multiply(BOUND));
                case AT_MOST -> below = half.max(size.multiply(BOUND));
                default -> throw new IllegalStateException();
            }
        }
        return new Interval(lo.subtract(below), hi.add(above));
    }

    /**
     * The half-width a check should allow around {@link #value} (a claim's tolerance): half its last
     * digit when stated exactly, the widened precision when approximate (the wider side of a bound).
     */
    public BigDecimal tolerance() {
        Interval a = allowed();
        BigDecimal v = value;
        BigDecimal top = high == null ? v : high;
        return v.subtract(a.lo()).max(a.hi().subtract(top));
    }

    /** How the article marks it approximate, for the figures list ("approximate ('about')"); null when stated exactly. */
    public String approxMark() {
        if (approx == null) {
            return null;
        }
        return switch (approx.bound()) {
            case ABOUT -> "approximate ('" + approx.words() + "')";
            case AT_LEAST -> "a lower bound ('" + approx.words() + "')";
            case AT_MOST -> "an upper bound ('" + approx.words() + "')";
        };
    }

    /** Why its precision was widened, for a claim's note; null when stated exactly. */
    public String approxNote() {
        if (approx == null) {
            return null;
        }
        return switch (approx.bound()) {
            case ABOUT -> "approximate ('" + approx.words() + "'): ±5 % allowed, or the stated precision if wider";
            case AT_LEAST -> "a lower bound ('" + approx.words() + "'): up to 10 % above allowed";
            case AT_MOST -> "an upper bound ('" + approx.words() + "'): up to 10 % below allowed";
        };
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
            case MONEY -> readable(amount());
            case PERCENT -> percent().toString();
            default -> value.toPlainString();
        };
    }

    /**
     * An amount as a claim writes it: {@link figures.model.Amount#toString}, except that a value the
     * article wrote as a fraction of a larger scale ("$0.8 billion") is written so ({@code 0.8bn USD},
     * the same value and stated precision) rather than in exponent form ({@code 8e8 USD}).
     */
    static String readable(figures.model.Amount a) {
        String t = a.toString();
        if (t.indexOf('e') < 0 || !Character.isDigit(t.charAt(0))) {
            return t;
        }
        for (figures.model.Scale s : figures.model.Scale.values()) {
            java.math.BigDecimal n = a.value().scaleByPowerOfTen(-s.exponent());
            if (n.scale() >= 0 && n.abs().compareTo(java.math.BigDecimal.ONE) < 0 && n.abs().compareTo(new java.math.BigDecimal("0.01")) >= 0) {
                return n.toPlainString() + s.symbol() + figures.model.AmountText.unit(a);
            }
        }
        return t;
    }

    Figure withCurrency(Currency c, String why) {
        return new Figure(kind, value, high, c, basis, unit, why, start, end, sentence, approx, currencyFrom, yearFrom, yearHow);
    }

    /** This figure with the currency of an earlier one, and the note saying so. */
    Figure inheriting(Figure from, String why) {
        return new Figure(kind, value, high, from.currency(), basis, unit, why, start, end, sentence, approx, from, yearFrom, yearHow);
    }

    Figure withBasis(Period p) {
        return new Figure(kind, value, high, currency, p, unit, note, start, end, sentence, approx, currencyFrom, yearFrom, yearHow);
    }

    Figure withBasis(Period p, Figure from, YearHow how) {
        return new Figure(kind, value, high, currency, p, unit, note, start, end, sentence, approx, currencyFrom, from, how);
    }

    Figure withApprox(Approx a) {
        return new Figure(kind, value, high, currency, basis, unit, note, start, end, sentence, a, currencyFrom, yearFrom, yearHow);
    }

    Figure withNote(String n) {
        return new Figure(kind, value, high, currency, basis, unit, n, start, end, sentence, approx, currencyFrom, yearFrom, yearHow);
    }
}
