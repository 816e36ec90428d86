package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Periods at their first and last day (a quarter's, a month's), their middles, the period a
 * month or day lies in, and the order of periods of different lengths.
 */
class PeriodEdgesTest {
    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), actual.toPlainString());
    }

    private static BigDecimal ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), Decimals.RESULT);
    }

    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
        for (int q = 1; q <= 4; q++) {
            Period quarter = Period.quarter(2023, q);
            int firstMonth = 3 * q - 2;
            Period firstDay = Period.day(2023, firstMonth, 1);
            Period lastDay = Period.day(2023, firstMonth + 2, firstMonth + 2 == 6 || firstMonth + 2 == 9 ? 30 : 31);
            assertTrue(quarter.overlaps(firstDay), quarter + " " + firstDay);
            assertTrue(firstDay.overlaps(quarter), firstDay + " " + quarter);
            assertTrue(quarter.overlaps(lastDay), quarter + " " + lastDay);
            assertTrue(lastDay.overlaps(quarter), lastDay + " " + quarter);
            assertEquals(quarter, firstDay.within(Period.Frequency.QUARTER));
            assertEquals(quarter, lastDay.within(Period.Frequency.QUARTER));
            if (q > 1) {
                assertFalse(quarter.overlaps(Period.day(2023, firstMonth - 1, 28)), quarter + " and the month before");
                assertFalse(Period.month(2023, firstMonth - 1).overlaps(quarter));
            }
            if (q < 4) {
                assertFalse(quarter.overlaps(Period.day(2023, firstMonth + 3, 1)), quarter + " and the day after");
                assertFalse(quarter.overlaps(Period.month(2023, firstMonth + 3)));
            }
        }
        assertFalse(Period.quarter(2023, 4).overlaps(Period.day(2024, 1, 1)));
        assertTrue(Period.quarter(2023, 4).overlaps(Period.of(2023)));
        assertFalse(Period.quarter(2023, 1).overlaps(Period.of(2022)));
    }

    @Test
    void eachMonthLiesInItsQuarter() {
        for (int m = 1; m <= 12; m++) {
            Period month = Period.month(2024, m);
            assertEquals(Period.quarter(2024, (m + 2) / 3), month.within(Period.Frequency.QUARTER), month.toString());
            assertEquals(Period.of(2024), month.within(Period.Frequency.YEAR));
            assertEquals(month, Period.day(2024, m, 15).within(Period.Frequency.MONTH));
            assertEquals(m, month.month());
        }
        assertEquals(0, Period.quarter(2024, 2).month());
        assertEquals(0, Period.of(2024).month());
        assertEquals(0, Period.day(2024, 5, 5).month());
    }

    @Test
    void aPeriodIsItsOwnAndNotInAShorterOne() {
        Period q = Period.quarter(2024, 3);
        assertSame(q, q.within(Period.Frequency.QUARTER));
        Period span = Period.of(1989, 1990);
        assertSame(span, span.within(Period.Frequency.YEAR));
        Period day = Period.day(2024, 2, 29);
        assertSame(day, day.within(Period.Frequency.DAY));
        assertEquals("1989-1990 is a span of years: it cannot be put in a quarter",
                assertThrows(CalcException.class, () -> span.within(Period.Frequency.QUARTER)).getMessage());
        assertEquals("2024-03 is a month: it cannot be put in a day",
                assertThrows(CalcException.class, () -> Period.month(2024, 3).within(Period.Frequency.DAY)).getMessage());
        assertEquals("2024Q3 is a quarter: it cannot be put in a month",
                assertThrows(CalcException.class, () -> q.within(Period.Frequency.MONTH)).getMessage());
        assertEquals("2024 is a year: it cannot be put in a quarter",
                assertThrows(CalcException.class, () -> Period.of(2024).within(Period.Frequency.QUARTER)).getMessage());
    }

    @Test
    void theMiddleOfAPeriodWithinAYear() {
        assertValue(BigDecimal.valueOf(2024).add(ratio(1, 8)).toPlainString(), Period.quarter(2024, 1).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2024).add(ratio(7, 8)).toPlainString(), Period.quarter(2024, 4).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2024).add(ratio(1, 24)).toPlainString(), Period.month(2024, 1).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2024).add(ratio(5, 24)).toPlainString(), Period.month(2024, 3).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2024).add(ratio(23, 24)).toPlainString(), Period.month(2024, 12).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2023).add(ratio(1, 730)).toPlainString(), Period.day(2023, 1, 1).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2023).add(ratio(3, 730)).toPlainString(), Period.day(2023, 1, 2).middleOfSubAnnual());
        assertValue(BigDecimal.valueOf(2023).add(ratio(729, 730)).toPlainString(), Period.day(2023, 12, 31).middleOfSubAnnual());
        assertThrows(IllegalStateException.class, () -> Period.of(2024).middleOfSubAnnual());
        assertThrows(IllegalStateException.class, () -> Period.of(2023).yearsTo(Period.of(2024)));
    }

    @Test
    void yearsBetweenDaysAndQuartersAtTheTurnOfTheYear() {
        assertValue(ratio(1, 365).toPlainString(), Period.day(2023, 12, 31).yearsTo(Period.day(2024, 1, 1)));
        assertValue("0.25", Period.quarter(2023, 4).yearsTo(Period.quarter(2024, 1)));
        assertValue(ratio(1, 12).toPlainString(), Period.month(2023, 12).yearsTo(Period.month(2024, 1)));
        assertValue(ratio(-1, 12).toPlainString(), Period.month(2024, 1).yearsTo(Period.month(2023, 12)));
    }

    @Test
    void longerPeriodsComeFirstAtTheSameStart() {
        List<Period> sorted = new ArrayList<>(List.of(Period.day(2024, 1, 1), Period.month(2024, 1), Period.of(2024), Period.quarter(2024, 1),
                Period.of(2023, 2024), Period.of(2023), Period.day(2023, 12, 31)));
        sorted.sort(null);
        assertEquals("[2023, 2023-2024, 2023-12-31, 2024, 2024Q1, 2024-01, 2024-01-01]", sorted.toString());
        assertEquals(0, Period.month(2024, 2).compareTo(Period.month(2024, 2)));
        assertTrue(Period.of(2023).compareTo(Period.of(2023, 2024)) < 0);
        assertTrue(Period.of(2024).compareTo(Period.of(2023, 2024)) > 0);
    }

    @Test
    void distinctPeriodsHaveDistinctHashes() {
        Set<Integer> hashes = new HashSet<>();
        List<Period> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            all.add(Period.month(2024, m));
        }
        for (int q = 1; q <= 4; q++) {
            all.add(Period.quarter(2024, q));
        }
        all.add(Period.of(2024));
        all.add(Period.of(2024, 2025));
        all.add(Period.of(2023, 2024));
        all.add(Period.day(2024, 1, 1));
        all.forEach(p -> hashes.add(p.hashCode()));
        assertEquals(all.size(), hashes.size());
        assertEquals(Period.month(2024, 3).hashCode(), Period.parseSubAnnual("2024M3").hashCode());
    }

    @Test
    void theFormsOfAPeriodWithinAYear() {
        assertEquals(Period.month(2024, 3), Period.parseSubAnnual("2024M03"));
        assertEquals(Period.month(2024, 11), Period.parseSubAnnual(" 2024m11 "));
        assertEquals(Period.quarter(2024, 4), Period.parseSubAnnual("2024-Q4"));
        assertEquals(Period.day(1971, 1, 1), Period.parseSubAnnual("1971-01-01"));
        assertEquals(Period.Frequency.DAY, Period.parseSubAnnual("1971-01-01").frequency());
        assertTrue(Period.parseSubAnnual("2024-03").isSubAnnual());
        assertFalse(Period.of(2024).isSubAnnual());
        assertNull(Period.parseSubAnnual("2024"));
        assertNull(Period.parseSubAnnual("1989-1990"));
        assertEquals("months", Period.Frequency.MONTH.plural());
        assertEquals("day", Period.Frequency.DAY.word());
        assertEquals(4, Period.Frequency.QUARTER.perYear());
    }

    @Test
    void spansAndTheirYears() {
        Period span = Period.parse("1989 – 1990");
        assertEquals(1989, span.first());
        assertEquals(1990, span.last());
        assertEquals(2, span.years());
        assertTrue(span.contains(1989));
        assertTrue(span.contains(1990));
        assertFalse(span.contains(1991));
        assertFalse(span.contains(1988));
        assertEquals("'2002/3': write both years in full (e.g. 2002-2003), not a short form of the second",
                assertThrows(CalcException.class, () -> Period.parse("2002/3")).getMessage());
        assertEquals("'1999-01': write both years in full (e.g. 1999-1901), not a short form of the second",
                assertThrows(CalcException.class, () -> Period.parse("1999-01")).getMessage());
    }
}
