package figures.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar year ({@code 2002}) or a span of years ({@code 1989-1990}), inclusive. */
public final class Period implements Comparable<Period> {
    /** Years outside this range are rejected as typos rather than figures. */
    public static final int MIN_YEAR = 1700;
    public static final int MAX_YEAR = 2200;

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(?:\\s*[-–—/]\\s*(\\d{1,6}))?");

    private final int first;
    private final int last;

    private Period(int first, int last) {
        this.first = first;
        this.last = last;
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
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.first == first && p.last == last;
    }

    @Override
    public int hashCode() {
        return first * 31 + last;
    }

    @Override
    public String toString() {
        return isSpan() ? first + "-" + last : Integer.toString(first);
    }
}
