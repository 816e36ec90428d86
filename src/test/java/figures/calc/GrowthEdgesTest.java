package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Observation;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growth at its edges: an end of 0 (a % change of -100 % but no annual rate), a 0 inside a series
 * (no log trend), growth by a factor of 1e30 (the root's start far from 1), series of months
 * (each against the same month a year earlier), periods out of order or of two frequencies, and
 * which steps are irregular.
 */
class GrowthEdgesTest {
    private static Observation point(String period, String amount) {
        Period p = period.length() == 7 && period.charAt(4) == '-' || period.contains("Q") ? Period.parseSubAnnual(period) : Period.parse(period);
        return new Observation(p, Amount.parse(amount));
    }

    private static Amount usd(String v) {
        return Amount.parse(v + " USD");
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but got " + actual.toPlainString());
    }

    @Test
    void anEndOfZeroIsMinusOneHundredPercentWithNoAnnualRate() {
        Growth.Change c = Growth.between(usd("100"), usd("0"), BigDecimal.ONE);
        assertExact("-100", c.percent().value());
        assertExact("-100", c.change().value());
        assertNull(c.cagr());
        assertNull(c.logRate());
        assertEquals(List.of("start and end must both be positive for an annual rate"), c.undefined());
        Growth.Summary s = Growth.of(List.of(point("2000", "100 USD"), point("2001", "0 USD")), Growth.Method.ENDPOINT);
        assertNull(s.rate());
        assertExact("-100", s.percent().value());
        assertEquals(List.of("start and end must both be positive for an annual rate"), s.undefined());
    }

    @Test
    void aZeroInsideASeriesHasNoLogTrend() {
        Growth.Summary s = Growth.of(List.of(point("2000", "100 USD"), point("2001", "0 USD"), point("2002", "50 USD")), Growth.Method.TREND);
        assertNull(s.rate());
        assertEquals(List.of("a value is not positive (2001): no log-linear trend"), s.undefined());
        assertExact("-50", s.percent().value());
    }

    @Test
    void growthByAFactorOfTenToTheThirtyOverTwoYears() {
        // (1e30)^(1/2) - 1 = 1e15 - 1, exactly: 99 999 999 999 999 900 %
        assertExact("99999999999999900", Growth.between(usd("1"), usd("1e30"), new BigDecimal("2")).cagr().value());
        assertExact("99999999999999900", Growth.between(usd("1"), usd("1000000000000000000000000000000"), new BigDecimal("2")).cagr().value());
        // and to 1e-30 of it: 1e-15 - 1
        assertExact("-99.9999999999999", Growth.between(usd("1e30"), usd("1"), new BigDecimal("2")).cagr().value());
    }

    @Test
    void monthsAreComparedWithTheSameMonthAYearEarlier() {
        List<Growth.Step> steps = Growth.steps(List.of(point("2020-01", "100 USD"), point("2020-02", "110 USD"), point("2021-01", "120 USD"),
                point("2021-02", "99 USD")));
        assertNull(steps.get(0).percent());
        assertNull(steps.get(1).percent(), "no February a year earlier");
        assertNull(steps.get(1).length());
        assertExact("20", steps.get(2).percent().value());
        assertExact("20", steps.get(2).annualised().value());
        assertExact("20", steps.get(2).change().value());
        assertExact("1", steps.get(2).length());
        assertExact("-10", steps.get(3).percent().value());
        assertExact("99", steps.get(3).perYear().value());
        assertFalse(steps.get(3).isIrregular());
        assertFalse(steps.get(0).isIrregular());
        assertEquals(List.of(steps), Growth.allSteps(List.of(List.of(point("2020-01", "100 USD"), point("2020-02", "110 USD"),
                point("2021-01", "120 USD"), point("2021-02", "99 USD")))));
        assertExact("0.5", Growth.yearsBetween(Period.month(2020, 1), Period.month(2020, 7)));
    }

    @Test
    void anAnnualRateOfGrowthByAFactorOfTenToTheThirty() {
        // the endpoint rate by its root, from a double start of 1e15 (not 1: Halley from 1 would need more than its 20 steps)
        assertExact("99999999999999900", Growth.of(List.of(point("2000", "1 USD"), point("2002", "1e30 USD")), Growth.Method.ENDPOINT).rate().value());
        assertExact("99999999999999900", Growth.of(List.of(point("2000", "1 USD"), point("2002", "1000000000000000000000000000000 USD")),
                Growth.Method.ENDPOINT).rate().value());
    }

    @Test
    void stepsOfOneYearAreRegularAndLongerOnesAreNot() {
        List<Growth.Step> steps = Growth.steps(List.of(point("2000", "100 USD"), point("2001", "110 USD"), point("2003", "133.1 USD")));
        assertFalse(steps.get(0).isIrregular());
        assertFalse(steps.get(1).isIrregular());
        assertTrue(steps.get(2).isIrregular());
        assertExact("10", steps.get(2).annualised().value());
        assertExact("21", steps.get(2).percent().value());
    }

    @Test
    void monthsOutOfOrderOrTwiceOrBesideYearsAreRefused() {
        assertEquals("periods 2020-02 and 2020-01 overlap or are out of order",
                assertThrows(CalcException.class, () -> Growth.steps(List.of(point("2020-02", "1 USD"), point("2020-01", "1 USD")))).getMessage());
        assertEquals("periods 2020-02 and 2020-02 overlap or are out of order",
                assertThrows(CalcException.class, () -> Growth.steps(List.of(point("2020-02", "1 USD"), point("2020-02", "1 USD")))).getMessage());
        assertThrows(CalcException.class, () -> Growth.steps(List.of(point("2019", "1 USD"), point("2020-01", "1 USD"))));
        assertEquals("growth between periods of different frequency: 2020-01 (a month) and 2020Q2 (a quarter); --per year, quarter or month "
                + "puts a table's periods in one",
                assertThrows(CalcException.class, () -> Growth.steps(List.of(point("2020-01", "1 USD"), point("2020-Q2", "1 USD")))).getMessage());
        // years after years, months after months
        assertEquals(2, Growth.steps(List.of(point("2019", "1 USD"), point("2020", "1 USD"))).size());
        assertEquals(2, Growth.steps(List.of(point("2020-01", "1 USD"), point("2020-02", "1 USD"))).size());
        assertEquals("periods 2000-2001 and 2001 overlap or are out of order",
                assertThrows(CalcException.class, () -> Growth.steps(List.of(point("2000-2001", "1 USD"), point("2001", "1 USD")))).getMessage());
        assertEquals("a series needs at least one observation", assertThrows(CalcException.class, () -> Growth.steps(List.of())).getMessage());
    }

    @Test
    void methodsNameTheirColumnAndSayHowTheyWork() {
        assertEquals("endpoint", Growth.Method.ENDPOINT.toString());
        assertEquals("trend_rate", Growth.Method.TREND.column());
        assertEquals("continuous (log) rate between the end points, ln(end / start) / years", Growth.Method.LOG.description());
    }
}
