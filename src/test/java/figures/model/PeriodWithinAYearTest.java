package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Months, quarters and days: their year's range, a year earlier, the period they lie in, overlaps, and time between them. */
class PeriodWithinAYearTest {
    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), actual.toPlainString());
    }

    /** a / b to 34 digits, as the years between periods are. */
    private static BigDecimal ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), Decimals.RESULT);
    }

    @Test
    void aPeriodWithinAYearKeepsToTheYearsRange() {
        for (Runnable r : new Runnable[] {() -> Period.quarter(1699, 1), () -> Period.month(2201, 1), () -> Period.day(1699, 12, 31)}) {
            CalcException e = assertThrows(CalcException.class, r::run);
            assertTrue(e.getMessage().contains("is out of range (1700-2200)"), e.getMessage());
        }
        assertEquals(Period.month(1700, 1), Period.parseSubAnnual("1700-01"));
        assertEquals(Period.quarter(2200, 4), Period.parseSubAnnual("2200Q4"));
        assertThrows(CalcException.class, () -> Period.quarter(2024, 5));
        assertThrows(CalcException.class, () -> Period.month(2024, 0));
        assertThrows(CalcException.class, () -> Period.day(2023, 2, 29));
    }

    @Test
    void aYearEarlierIsTheSamePeriodOfTheYearBefore() {
        assertEquals(Period.quarter(2023, 2), Period.quarter(2024, 2).yearEarlier());
        assertEquals(Period.month(2023, 11), Period.month(2024, 11).yearEarlier());
        assertEquals(Period.day(2023, 3, 1), Period.day(2024, 3, 1).yearEarlier());
        assertEquals(Period.day(2023, 2, 28), Period.day(2024, 2, 29).yearEarlier());
        assertEquals(Period.of(2023), Period.of(2024).yearEarlier());
    }

    @Test
    void aPeriodLiesInTheLongerOnesAroundIt() {
        Period march = Period.month(2024, 3);
        assertSame(march, march.within(Period.Frequency.MONTH));
        assertEquals(Period.quarter(2024, 1), march.within(Period.Frequency.QUARTER));
        assertEquals(Period.quarter(2024, 2), Period.month(2024, 4).within(Period.Frequency.QUARTER));
        assertEquals(Period.of(2024), Period.quarter(2024, 3).within(Period.Frequency.YEAR));
        assertEquals(Period.month(2024, 12), Period.day(2024, 12, 31).within(Period.Frequency.MONTH));
        assertEquals(Period.quarter(2024, 4), Period.day(2024, 10, 1).within(Period.Frequency.QUARTER));
        CalcException shorter = assertThrows(CalcException.class, () -> Period.quarter(2024, 1).within(Period.Frequency.MONTH));
        assertTrue(shorter.getMessage().contains("cannot be put in a"), shorter.getMessage());
        assertThrows(CalcException.class, () -> Period.of(2000, 2001).within(Period.Frequency.YEAR).within(Period.Frequency.MONTH));
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        assertTrue(Period.of(2024).overlaps(Period.month(2024, 12)));
        assertTrue(Period.month(2024, 1).overlaps(Period.of(2024)));
        assertTrue(Period.day(2024, 3, 31).overlaps(Period.month(2024, 3)));
        assertFalse(Period.day(2024, 4, 1).overlaps(Period.month(2024, 3)));
        assertFalse(Period.month(2024, 3).overlaps(Period.day(2024, 4, 1)));
        assertFalse(Period.of(2023).overlaps(Period.month(2024, 1)));
        assertTrue(Period.quarter(2024, 1).overlaps(Period.month(2024, 3)));
        assertFalse(Period.quarter(2024, 1).overlaps(Period.month(2024, 4)));
    }

    @Test
    void yearsBetweenPeriodsCountTheirSteps() {
        assertValue("1", Period.month(2023, 1).yearsTo(Period.month(2024, 1)));
        assertValue(ratio(14, 12).toPlainString(), Period.month(2023, 11).yearsTo(Period.month(2025, 1)));
        assertValue("0.5", Period.quarter(2023, 1).yearsTo(Period.quarter(2023, 3)));
        assertValue("1.75", Period.quarter(2022, 4).yearsTo(Period.quarter(2024, 3)));
        assertValue("1", Period.day(2023, 1, 1).yearsTo(Period.day(2024, 1, 1)));
        assertValue(ratio(366, 365).toPlainString(), Period.day(2024, 1, 1).yearsTo(Period.day(2025, 1, 1)));
        CalcException e = assertThrows(CalcException.class, () -> Period.month(2024, 1).yearsTo(Period.quarter(2024, 2)));
        assertTrue(e.getMessage().startsWith("growth between periods of different frequency"), e.getMessage());
    }

    @Test
    void theMiddleOfAPeriodIsItsYearPlusTheShareBeforeItsMiddle() {
        assertValue("2024" + ratio(1, 24).toPlainString().substring(1), Period.month(2024, 1).middleOfSubAnnual());
        assertValue("2024.375", Period.quarter(2024, 2).middleOfSubAnnual());
        assertValue("2024.875", Period.quarter(2024, 4).middleOfSubAnnual());
        assertValue("2024" + ratio(1, 730).toPlainString().substring(1), Period.day(2024, 1, 1).middleOfSubAnnual());
    }
}
