package figures.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar year ({@code 2002}) or a span of years ({@code 1989-1990}), inclusive; or, in a
 * series table, a period within a year: a quarter ({@code 2024Q1}), a month ({@code 2024-03}) or a
 * day ({@code 1971-01-01}). {@link #first()} and {@link #last()} are years for every kind (a
 * month's are its year), so whatever picks by year picks a month by its year.
 */
public final class Period implements Comparable<Period> {
    /** How long a period is: a year (or a span of years), a quarter, a month, a day. */
    public enum Frequency {
        YEAR("year", "years", 1), QUARTER("quarter", "quarters", 4), MONTH("month", "months", 12), DAY("day", "days", 0);

        private final String word;
        private final String plural;
        private final int perYear;

        Frequency(String word, String plural, int perYear) {
            this.word = word;
            this.plural = plural;
            this.perYear = perYear;
        }

        /** {@code month}. */
        public String word() {
            return word;
        }

        /** {@code months}. */
        public String plural() {
            return plural;
        }

        /** Periods of this frequency in a year (0 for days: 365 or 366). */
        public int perYear() {
            return perYear;
        }
    }

    /** The forms of a period within a year: 2024-03, 1971-01-01, 2024Q1, 2024-Q1, 2024M3, 2024M03. */
    private static final Pattern SUB_ANNUAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-?[Qq]([1-4])|[Mm](\\d{1,2}))");
    /** Years outside this range are rejected as typos rather than figures. */
    public static final int MIN_YEAR = 1700;
    public static final int MAX_YEAR = 2200;

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(?:\\s*[-–—/]\\s*(\\d{1,6}))?");

    private final int first;
    private final int last;
    private final Frequency frequency;
    /** Within the year: the quarter (1-4), the month (1-12) or the day of the year (1-366); 0 for a year. */
    private final int sub;

    private Period(int first, int last) {
        this(first, last, Frequency.YEAR, 0);
    }

    private Period(int first, int last, Frequency frequency, int sub) {
        this.first = first;
        this.last = last;
        this.frequency = frequency;
        this.sub = sub;
    }

    /** A quarter (1-4) of a year. */
    public static Period quarter(int year, int quarter) {
        checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new CalcException("quarter " + quarter + " of " + year + " is not 1 to 4");
        }
        return new Period(year, year, Frequency.QUARTER, quarter);
    }

    /** A month (1-12) of a year. */
    public static Period month(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new CalcException("month " + month + " of " + year + " is not 1 to 12");
        }
        return new Period(year, year, Frequency.MONTH, month);
    }

    /** A day. */
    public static Period day(int year, int month, int day) {
        checkYear(year);
        try {
            return new Period(year, year, Frequency.DAY, LocalDate.of(year, month, day).getDayOfYear());
        } catch (DateTimeException e) {
            throw new CalcException(String.format("%04d-%02d-%02d is not a date", year, month, day));
        }
    }

    /**
     * A period within a year as series tables write them ({@code 2024-03}, {@code 1971-01-01},
     * {@code 2024Q1}, {@code 2024-Q1}, {@code 2024M3}), or null when the text is none of these forms
     * (then it may be a year or a span, {@link #parse}); an error when it is one of them but no period.
     */
    public static Period parseSubAnnual(String text) {
        Matcher m = SUB_ANNUAL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(4) != null) {
            return quarter(year, Integer.parseInt(m.group(4)));
        }
        return month(year, Integer.parseInt(m.group(5)));
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The month (1-12) of a month; 0 for any other period. */
    public int month() {
        return frequency == Frequency.MONTH ? sub : 0;
    }

    /** Whether this is a quarter, a month or a day. */
    public boolean isSubAnnual() {
        return frequency != Frequency.YEAR;
    }

    /** The same period a year earlier (a day: the same date, or 28 February for 29 February). */
    public Period yearEarlier() {
        return switch (frequency) {
            case YEAR -> of(first - 1, last - 1);
            case QUARTER -> quarter(first - 1, sub);
            case MONTH -> month(first - 1, sub);
            case DAY -> {
                LocalDate d = date().minusYears(1);
                yield day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        };
    }

    /** The period of frequency {@code f} this one lies in (a month's quarter or year); an error when {@code f} is shorter than this. */
    public Period within(Frequency f) {
        if (f.compareTo(frequency) > 0) {
            throw new CalcException(this + " is " + (isSpan() ? "a span of years" : "a " + frequency.word()) + ": it cannot be put in a "
                    + f.word());
        }
        if (f == frequency) {
            return this;
        }
        if (f == Frequency.YEAR) {
            return of(first);
        }
        // f is a quarter or a month, so this is a month or a day
        int month = frequency == Frequency.MONTH ? sub : date().getMonthValue();
        return f == Frequency.QUARTER ? quarter(first, (month + 2) / 3) : month(first, month);
    }

    private LocalDate date() {
        return LocalDate.ofYearDay(first, sub);
    }

    /** The first day of the period. */
    private long startDay() {
        return switch (frequency) {
            case YEAR -> LocalDate.of(first, 1, 1).toEpochDay();
            case QUARTER -> LocalDate.of(first, 3 * sub - 2, 1).toEpochDay();
            case MONTH -> LocalDate.of(first, sub, 1).toEpochDay();
            case DAY -> date().toEpochDay();
        };
    }

    /** The last day of the period. */
    private long endDay() {
        return switch (frequency) {
            case YEAR -> LocalDate.of(last, 12, 31).toEpochDay();
            case QUARTER -> LocalDate.of(first, 3 * sub - 2, 1).plusMonths(3).minusDays(1).toEpochDay();
            case MONTH -> LocalDate.of(first, sub, 1).plusMonths(1).minusDays(1).toEpochDay();
            case DAY -> date().toEpochDay();
        };
    }

    /** Whether the two periods share a day (2000 and 2000-2001; 2024 and 2024-03). */
    public boolean overlaps(Period o) {
        return startDay() <= o.endDay() && o.startDay() <= endDay();
    }

    /**
     * Years from this period to a later one of the same frequency within a year: months / 12,
     * quarters / 4, days / 365; an error between periods of different frequency.
     */
    public BigDecimal yearsTo(Period to) {
        if (frequency != to.frequency) {
            throw new CalcException("growth between periods of different frequency: " + this + " (a " + frequency.word() + ") and "
                    + to + " (a " + to.frequency.word() + "); --per year, quarter or month puts a table's periods in one");
        }
        long steps = switch (frequency) {
            case QUARTER -> (to.first - first) * 4L + to.sub - sub;
            case MONTH -> (to.first - first) * 12L + to.sub - sub;
            case DAY -> to.startDay() - startDay();
            case YEAR -> throw new IllegalStateException("years are counted middle to middle");
        };
        return Decimals.ratio(BigDecimal.valueOf(steps), BigDecimal.valueOf(frequency == Frequency.DAY ? 365 : frequency.perYear()));
    }

    /** The time of a period within a year, in years: its year plus the share of the year before its middle (2024-01: 2024 + 1/24). */
    public BigDecimal middleOfSubAnnual() {
        long before = switch (frequency) {
            case QUARTER -> 2L * sub - 1;
            case MONTH -> 2L * sub - 1;
            case DAY -> 2L * sub - 1;
            case YEAR -> throw new IllegalStateException("a year's middle is its own");
        };
        int parts = frequency == Frequency.DAY ? 2 * 365 : 2 * frequency.perYear();
        return BigDecimal.valueOf(first).add(Decimals.ratio(BigDecimal.valueOf(before), BigDecimal.valueOf(parts)));
    }

    public static Period of(int year) {
        return of(year, year);
    }

    public static Period of(int first, int last) {
        checkYear(first);
        checkYear(last);
        if (last < first) {
            throw new CalcException("period " + first + "-" + last + " ends before it starts");
        }
        return new Period(first, last);
    }

    /** Parses {@code 2002} or {@code 1989-1990}. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(Digits.toAscii(text.strip()));
        if (!m.matches()) {
            throw new CalcException("'" + Decimals.abbreviate(text) + "' is not a year or a span of years (expected e.g. 2002 or 1989-1990)");
        }
        int a = Integer.parseInt(m.group(1));
        if (m.group(2) != null && m.group(2).length() < m.group(1).length()) {
            // 2002/03, a fiscal year's short form: its end is not year 3, and is not guessed either
            String end = m.group(1).substring(0, m.group(1).length() - m.group(2).length()) + m.group(2);
            throw new CalcException("'" + Decimals.abbreviate(text) + "': write both years in full (e.g. " + a + "-" + end
                    + "), not a short form of the second");
        }
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        return of(a, b);
    }

    private static void checkYear(int y) {
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new CalcException("year " + y + " is out of range (" + MIN_YEAR + "-" + MAX_YEAR + ")");
        }
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** Number of calendar years covered: 1 for a single year, 2 for 1989-1990. */
    public int years() {
        return last - first + 1;
    }

    public boolean isSpan() {
        return last != first;
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    @Override
    public int compareTo(Period o) {
        if (frequency == Frequency.YEAR && o.frequency == Frequency.YEAR) {
            return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
        }
        long a = startDay();
        long b = o.startDay();
        return a != b ? Long.compare(a, b) : Long.compare(o.endDay(), endDay()); // the longer first: 2024 before 2024Q1
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.first == first && p.last == last && p.frequency == frequency && p.sub == sub;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(first, last, frequency.ordinal(), sub);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case YEAR -> isSpan() ? first + "-" + last : Integer.toString(first);
            case QUARTER -> first + "Q" + sub;
            case MONTH -> String.format("%04d-%02d", first, sub);
            case DAY -> date().toString();
        };
    }
}
