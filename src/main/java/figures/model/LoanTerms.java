package figures.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The repayment terms of a loan: a nominal yearly interest rate, the maturity (years from
 * commitment to the last repayment), the grace period (years from commitment to the first
 * repayment of principal: the OECD/IDA definition), how principal is repaid, and how many
 * payments a year. Interest is paid every period from the first, at rate / frequency per period.
 * Validated in {@link #of}; every rejection is a {@link BadTerm} naming the term.
 */
public final class LoanTerms {
    /** Longest maturity accepted, in years (IDA credits run to 50). */
    public static final int MAX_YEARS = 100;

    /** How principal is repaid. */
    public enum Repayment {
        /** Level payments of interest and principal after the grace period. */
        ANNUITY("annuity", "annuity"),
        /** Equal principal instalments after the grace period, plus interest on the balance. */
        EQUAL("equal", "equal principal"),
        /** All principal at maturity; interest every period. */
        BULLET("bullet", "bullet"),
        /** Nothing is repaid and no interest is due. */
        GRANT("grant", "grant");

        private final String word;
        private final String description;

        Repayment(String word, String description) {
            this.word = word;
            this.description = description;
        }

        public static Repayment parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (Repayment r : values()) {
                if (r.word.equals(t)) {
                    return r;
                }
            }
            throw new BadTerm("repayment", "'" + text + "' is not a repayment (expected annuity, equal, bullet or grant)");
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** A term that is wrong; {@link #term()} is its name (rate, maturity, grace, repayment, frequency). */
    public static final class BadTerm extends CalcException {
        private final String term;

        public BadTerm(String term, String message) {
            super(message);
            this.term = term;
        }

        public String term() {
            return term;
        }
    }

    private static final Map<String, Integer> FREQUENCY_WORDS = Map.of(
            "annual", 1, "yearly", 1, "semi-annual", 2, "semiannual", 2, "half-yearly", 2,
            "quarterly", 4, "monthly", 12);

    /** The highest yearly rate accepted, in percent. */
    public static final BigDecimal MAX_RATE = BigDecimal.valueOf(1000);

    private final Percent rate;
    private final BigDecimal maturity;
    private final BigDecimal grace;
    private final Repayment repayment;
    private final int frequency;

    private LoanTerms(Percent rate, BigDecimal maturity, BigDecimal grace, Repayment repayment, int frequency) {
        this.rate = rate;
        this.maturity = maturity;
        this.grace = grace;
        this.repayment = repayment;
        this.frequency = frequency;
    }

    /**
     * Validated terms. {@code grace} may be null (no grace: the first repayment at the end of the
     * first period); for a grant, rate, maturity and grace must all be null.
     */
    public static LoanTerms of(Percent rate, BigDecimal maturity, BigDecimal grace, Repayment repayment, int frequency) {
        if (repayment == null) {
            throw new BadTerm("repayment", "missing (annuity, equal, bullet or grant)");
        }
        checkFrequency(frequency);
        if (repayment == Repayment.GRANT) {
            for (var t : new Object[][] {{"rate", rate}, {"maturity", maturity}, {"grace", grace}}) {
                if (t[1] != null) {
                    throw new BadTerm((String) t[0], "a grant has no repayment terms: leave out the " + t[0]);
                }
            }
            return new LoanTerms(null, null, null, repayment, frequency);
        }
        if (rate == null) {
            throw new BadTerm("rate", "missing (the yearly interest rate, e.g. 2.5%)");
        }
        if (rate.value().signum() < 0) {
            throw new BadTerm("rate", rate + " is negative; a loan's interest rate is 0% or more");
        }
        if (rate.value().compareTo(MAX_RATE) > 0) {
            // beyond this the schedule's powers grow past any figure worth printing
            throw new BadTerm("rate", rate + " is out of range (at most " + MAX_RATE.toPlainString() + "% a year)");
        }
        if (maturity == null) {
            throw new BadTerm("maturity", "missing (years from commitment to the last repayment)");
        }
        if (maturity.signum() <= 0) {
            throw new BadTerm("maturity", years(maturity) + " is not a maturity: it must be more than 0 years");
        }
        if (maturity.compareTo(BigDecimal.valueOf(MAX_YEARS)) > 0) {
            throw new BadTerm("maturity", years(maturity) + " is longer than " + MAX_YEARS + " years");
        }
        checkWholePeriods("maturity", maturity, frequency);
        if (grace != null) {
            if (grace.signum() < 0) {
                throw new BadTerm("grace", years(grace) + " is negative; grace is the time from commitment to the first repayment of principal");
            }
            if (repayment == Repayment.BULLET) {
                if (grace.compareTo(maturity) != 0) {
                    throw new BadTerm("grace", "a bullet loan repays all principal at maturity (" + years(maturity)
                            + "), so its grace is the maturity; leave out the grace or give " + plain(maturity));
                }
            } else {
                if (grace.compareTo(maturity) >= 0) {
                    throw new BadTerm("grace", years(grace) + " is not shorter than the maturity (" + years(maturity)
                            + "): principal must start being repaid before the last repayment (for one repayment at maturity, the repayment is bullet)");
                }
                checkWholePeriods("grace", grace, frequency); // 0 is a whole number of periods
            }
        }
        return new LoanTerms(rate, maturity, grace, repayment, frequency);
    }

    /** Terms from {@code rate=2.5%,maturity=10,grace=3,repayment=equal,frequency=2} (frequency 1 and no grace unless given). */
    public static LoanTerms parse(String text) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            // no '=' (eq -1) leaves an empty key, which is no term
            String key = part.substring(0, Math.max(eq, 0)).strip().toLowerCase(Locale.ROOT);
            if (!List.of("rate", "maturity", "grace", "repayment", "frequency").contains(key)) {
                throw new CalcException("'" + part.strip() + "' is not a loan term (expected key=value with keys rate, maturity, grace, "
                        + "repayment, frequency, e.g. rate=2.5%,maturity=10,grace=3,repayment=equal,frequency=2)");
            }
            if (given.put(key, part.substring(eq + 1).strip()) != null) {
                throw new CalcException("loan term '" + key + "' is given twice in '" + text + "'");
            }
        }
        Percent rate = null;
        if (given.containsKey("rate")) {
            try {
                rate = Percent.parseStated(given.get("rate")); // rate=0.025 is ambiguous
            } catch (CalcException e) {
                throw new BadTerm("rate", e.getMessage());
            }
        }
        BigDecimal maturity = given.containsKey("maturity") ? parseYears("maturity", given.get("maturity")) : null;
        BigDecimal grace = given.containsKey("grace") ? parseYears("grace", given.get("grace")) : null;
        Repayment repayment = given.containsKey("repayment") ? Repayment.parse(given.get("repayment")) : null;
        int frequency = given.containsKey("frequency") ? parseFrequency(given.get("frequency")) : 1;
        return of(rate, maturity, grace, repayment, frequency);
    }

    /** A number of years: {@code 12}, {@code 2.5}. */
    public static BigDecimal parseYears(String term, String text) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).endsWith("y")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return Decimals.parse(t);
        } catch (CalcException e) {
            throw new BadTerm(term, "'" + text + "' is not a number of years (expected e.g. 12 or 2.5)");
        }
    }

    /** Payments a year: 1, 2, 4, 12 or annual, semi-annual, quarterly, monthly. */
    public static int parseFrequency(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Integer word = FREQUENCY_WORDS.get(t);
        if (word != null) {
            return word;
        }
        int f;
        try {
            f = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw badFrequency(text);
        }
        checkFrequency(f);
        return f;
    }

    /**
     * The terms a table row leaves blank, in the table's column order; none when the repayment is a
     * grant, no grace when it is a bullet (both repay at maturity or never).
     */
    public static List<String> missing(Percent rate, BigDecimal maturity, BigDecimal grace, Repayment repayment, Integer frequency) {
        List<String> missing = new ArrayList<>();
        if (repayment != Repayment.GRANT) {
            if (rate == null) {
                missing.add("rate");
            }
            if (maturity == null) {
                missing.add("maturity");
            }
            if (grace == null && repayment != Repayment.BULLET) {
                missing.add("grace");
            }
            if (repayment == null) {
                missing.add("repayment");
            }
            if (frequency == null) {
                missing.add("frequency");
            }
        }
        return missing;
    }

    private static void checkFrequency(int f) {
        if (f != 1 && f != 2 && f != 4 && f != 12) {
            throw badFrequency(Integer.toString(f));
        }
    }

    private static BadTerm badFrequency(String text) {
        return new BadTerm("frequency", "'" + text + "' is not a payment frequency (expected 1, 2, 4 or 12 payments a year, "
                + "or annual, semi-annual, quarterly, monthly)");
    }

    private static void checkWholePeriods(String term, BigDecimal years, int frequency) {
        BigDecimal periods = years.multiply(BigDecimal.valueOf(frequency));
        if (periods.stripTrailingZeros().scale() > 0) {
            BigDecimal step = Decimals.ratio(BigDecimal.ONE, BigDecimal.valueOf(frequency));
            throw new BadTerm(term, years(years) + " is not a whole number of " + periodName(frequency) + "s (frequency "
                    + frequency + "); use " + (frequency == 1 ? "whole years" : "a multiple of " + plain(step.round(new java.math.MathContext(4))) + " years"));
        }
    }

    /** An amount for titles and --explain steps: 10 significant digits, scaled from a million ({@code 62.5}, {@code 120m SUR}). */
    public static String show(Amount a) {
        return AmountText.shown(a, 10);
    }

    /** A number written out plainly, without trailing zeros: {@code 2.5}, {@code 120}. */
    public static String plain(BigDecimal v) {
        return Decimals.plain(v);
    }

    /** A number of years, singular for one: {@code 1 year}, {@code 2.5 years}. */
    public static String years(BigDecimal v) {
        return plain(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
    }

    /** What one period is called: year, half-year, quarter, month. */
    public static String periodName(int frequency) {
        return switch (frequency) {
            case 1 -> "year";
            case 2 -> "half-year";
            case 4 -> "quarter";
            default -> "month";
        };
    }

    private static String frequencyName(int frequency) {
        return switch (frequency) {
            case 1 -> "yearly";
            case 2 -> "semi-annual";
            case 4 -> "quarterly";
            default -> "monthly";
        };
    }

    /** The nominal yearly interest rate; null for a grant. */
    public Percent rate() {
        return rate;
    }

    /** Years from commitment to the last repayment; null for a grant. */
    public BigDecimal maturity() {
        return maturity;
    }

    /** Years from commitment to the first repayment of principal as given; null when none was given. */
    public BigDecimal grace() {
        return grace;
    }

    public Repayment repayment() {
        return repayment;
    }

    /** Payments a year: 1, 2, 4 or 12. */
    public int frequency() {
        return frequency;
    }

    /** Number of periods from commitment to maturity; 0 for a grant. */
    public int periods() {
        return maturity == null ? 0 : maturity.multiply(BigDecimal.valueOf(frequency)).intValueExact();
    }

    /**
     * The period of the first principal repayment: grace × frequency; the first period when no
     * grace (or grace 0) is given; the last for a bullet; 0 for a grant.
     */
    public int firstRepaymentPeriod() {
        if (repayment == Repayment.GRANT) {
            return 0;
        }
        if (repayment == Repayment.BULLET) {
            return periods();
        }
        if (grace == null || grace.signum() == 0) {
            return 1;
        }
        return grace.multiply(BigDecimal.valueOf(frequency)).intValueExact();
    }

    /** Interest per period: the nominal yearly rate ÷ frequency, as a ratio (0.0125 for 2.5% paid twice a year). */
    public BigDecimal interestPerPeriod() {
        return interestPerPeriod(Decimals.RESULT);
    }

    /** The interest per period to the precision of {@code mc}: a chain carries guard digits. */
    public BigDecimal interestPerPeriod(java.math.MathContext mc) {
        return rate == null ? BigDecimal.ZERO : rate.ratio().divide(BigDecimal.valueOf(frequency), mc);
    }

    /** {@code 2.5%, 10 years, grace 2.5 years, equal principal, semi-annual}. */
    public String describe() {
        if (repayment == Repayment.GRANT) {
            return "grant (no repayment, no interest)";
        }
        StringBuilder b = new StringBuilder(rate.toString()).append(", ").append(years(maturity));
        if (repayment != Repayment.BULLET) {
            b.append(", ").append(grace == null ? "no grace" : "grace " + years(grace));
        }
        return b.append(", ").append(repayment.description).append(", ").append(frequencyName(frequency)).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
