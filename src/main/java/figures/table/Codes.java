package figures.table;

import figures.model.Currency;
import figures.model.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Codes of periods and units, shared by the threads of one read of {@link SeriesReader} (and so
 * synchronized where a code is added): a year is its offset from {@link Period#MIN_YEAR}, a span
 * or a unit its place here. {@link GroupSums} stores codes, not periods and units.
 */
final class Codes {
    /** What a sum is in: a currency (null: none stated) and a price basis (null: none). */
    record Unit(Currency currency, Period basis) {
    }

    private static final Period[] YEARS = new Period[Period.MAX_YEAR - Period.MIN_YEAR + 1];

    static {
        for (int y = Period.MIN_YEAR; y <= Period.MAX_YEAR; y++) {
            YEARS[y - Period.MIN_YEAR] = Period.of(y);
        }
    }

    private final Map<Period, Integer> spanCodes = new HashMap<>();
    private final Map<Unit, Integer> unitCodes = new HashMap<>();
    /**
     * By code; the array is replaced when it grows, and a slot is written before its code is
     * handed out, so any thread that has a code (from the sums, under their locks, or after the
     * read) reads it without a lock.
     */
    private volatile Period[] spans = new Period[4];
    private volatile Unit[] units = new Unit[4];
    private int spanCount;
    private int unitCount;

    /** The code of a year given as its number (no lookup), or -1 when it is out of range. */
    static int year(int y) {
        return y >= Period.MIN_YEAR && y <= Period.MAX_YEAR ? y - Period.MIN_YEAR : -1;
    }

    /** Whether a code is a single year's (year codes are in year order; a span's or a month's code is only its place here). */
    static boolean isYear(int code) {
        return code < YEARS.length;
    }

    synchronized int period(Period p) {
        if (!p.isSpan() && !p.isSubAnnual()) {
            return p.first() - Period.MIN_YEAR;
        }
        Integer c = spanCodes.get(p);
        if (c == null) {
            if (spanCount == spans.length) {
                spans = Arrays.copyOf(spans, 2 * spanCount);
            }
            spans[spanCount] = p;
            c = YEARS.length + spanCount++;
            spanCodes.put(p, c);
        }
        return c;
    }

    /** Whether any period read is a month (a table of years has none: its codes are its years'). */
    synchronized boolean anyMonth() {
        for (int i = 0; i < spanCount; i++) {
            if (spans[i].frequency() == Period.Frequency.MONTH) {
                return true;
            }
        }
        return false;
    }

    Period period(int code) {
        return code < YEARS.length ? YEARS[code] : spans[code - YEARS.length];
    }

    synchronized int unit(Unit u) {
        Integer c = unitCodes.get(u);
        if (c == null) {
            if (unitCount == units.length) {
                units = Arrays.copyOf(units, 2 * unitCount);
            }
            units[unitCount] = u;
            c = unitCount++;
            unitCodes.put(u, c);
        }
        return c;
    }

    Unit unit(int code) {
        return units[code];
    }
}
