package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentPeriodIntervalTest {
    @Test
    void percentParsesWithAndWithoutSign() {
        assertEquals(0, Percent.parse("73%").ratio().compareTo(new BigDecimal("0.73")));
        assertEquals(0, Percent.parse("73").ratio().compareTo(new BigDecimal("0.73")));
        assertEquals(0, Percent.parse("73.5 %").value().compareTo(new BigDecimal("73.5")));
        assertEquals(Percent.parse("73%"), Percent.parse(Percent.parse("73%").toString()));
    }

    @Test
    void percentStatedRangeIsHalfALastDigit() {
        Interval r = Percent.parse("73%").statedRatio();
        assertEquals(0, r.lo().compareTo(new BigDecimal("0.725")));
        assertEquals(0, r.hi().compareTo(new BigDecimal("0.735")));
    }

    @Test
    void periodsAreYearsOrSpans() {
        Period p = Period.parse("1989-1990");
        assertEquals(2, p.years());
        assertTrue(p.isSpan());
        assertEquals("1989-1990", p.toString());
        assertEquals(1, Period.parse("2002").years());
        assertThrows(CalcException.class, () -> Period.parse("1990-1989"));
        assertThrows(CalcException.class, () -> Period.parse("20022"));
        assertThrows(CalcException.class, () -> Period.parse("1066"));
    }

    @Test
    void intervalArithmeticRoundsOutward() {
        Interval a = Interval.stated(new BigDecimal("13.4"));
        Interval b = Interval.stated(new BigDecimal("0.73"));
        Interval p = a.times(b);
        assertEquals(0, p.lo().compareTo(new BigDecimal("13.35").multiply(new BigDecimal("0.725"))));
        assertEquals(0, p.hi().compareTo(new BigDecimal("13.45").multiply(new BigDecimal("0.735"))));
        Interval q = Interval.exact(BigDecimal.ONE).dividedBy(Interval.exact(new BigDecimal("3")));
        assertTrue(q.lo().compareTo(q.hi()) < 0, "1/3 cannot be exact, so the range must have width");
        assertTrue(q.contains(new BigDecimal("0.333333333333333333333333333333333333333")));
        assertThrows(CalcException.class, () -> a.dividedBy(new Interval(new BigDecimal("-1"), BigDecimal.ONE)));
    }

    @Test
    void overlapDecidesConsistency() {
        Interval stated = Interval.stated(new BigDecimal("2.11"));
        Interval computed = new Interval(new BigDecimal("3.53775"), new BigDecimal("3.69875"));
        assertFalse(stated.overlaps(computed));
        assertTrue(Interval.stated(new BigDecimal("3.6")).overlaps(computed));
    }

    @Test
    void currencyCodesAndSymbols() {
        assertEquals("USD", Currency.lookup("$").code());
        assertEquals("GBP", Currency.lookup("£").code());
        assertEquals("SUR", Currency.of("sur").code());
        assertEquals("RUR", Currency.of("RUR").code());
        assertThrows(CalcException.class, () -> Currency.of("XYZ"));
    }

    @Test
    void roundingToSignificantDigitsKeepsIntegerDigits() {
        assertEquals("73.13", Decimals.roundSignificant(new BigDecimal("73.134328"), 4).toPlainString());
        assertEquals("12346", Decimals.roundSignificant(new BigDecimal("12345.67"), 4).toPlainString());
        assertEquals("13.4", Decimals.roundSignificant(new BigDecimal("13.400"), 4).toPlainString());
        assertEquals("0.001235", Decimals.roundSignificant(new BigDecimal("0.0012345"), 4).toPlainString());
    }

    @Test
    void divisionIsExactWhenItTerminatesElse34Digits() {
        assertEquals("0.25", Decimals.divide(BigDecimal.ONE, new BigDecimal("4")).toPlainString());
        assertEquals("0.3333333333333333333333333333333333", Decimals.divide(BigDecimal.ONE, new BigDecimal("3")).toPlainString());
    }

    @Test
    void bothEndsOfAPeriodAreCheckedAndContained() {
        assertThrows(CalcException.class, () -> Period.of(Period.MIN_YEAR - 1, 2000));
        assertThrows(CalcException.class, () -> Period.of(2000, Period.MAX_YEAR + 1));
        assertEquals(Period.MIN_YEAR, Period.of(Period.MIN_YEAR, Period.MAX_YEAR).first());
        Period p = Period.of(1998, 2000);
        assertTrue(p.contains(1998));
        assertTrue(p.contains(2000));
        assertFalse(p.contains(1997));
        assertFalse(p.contains(2001));
        assertTrue(Period.of(1998, 2000).compareTo(Period.of(1998, 2001)) < 0, "same start: the shorter first");
        assertTrue(Period.of(1999, 1999).compareTo(Period.of(1998, 2001)) > 0, "the later start last");
        assertEquals(0, Period.of(1998, 2000).compareTo(Period.parse("1998-2000")));
    }
}
