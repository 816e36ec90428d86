package figures.calc;

import figures.model.Observation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {
    private static Amount usd(String v) {
        return Amount.parse(v + " USD");
    }

    private static Observation point(String period, String amount) {
        return new Observation(Period.parse(period), Amount.parse(amount));
    }

    private static void assertExact(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but got " + actual);
    }

    /** A rate in percent, against a value worked out to 40 digits: equal to 15 significant digits. */
    private static void assertRate(String expectedPercent, Percent actual) {
        BigDecimal want = new BigDecimal(expectedPercent).round(new MathContext(15));
        assertEquals(0, want.compareTo(actual.value().round(new MathContext(15))),
                () -> "expected " + expectedPercent + "% but got " + actual);
    }

    @Test
    void russianExportsToSyria2000to2002() {
        // F13: 95 m USD (2000) -> 138 m USD (2002); CAGR = sqrt(138/95) - 1
        Growth.Change c = Growth.between(usd("95m"), usd("138m"), BigDecimal.valueOf(2));
        assertExact("43000000", c.change().value());
        assertEquals("USD", c.change().currency().orElseThrow().code());
        assertEquals("45.26315789473684210526315789473684", c.percent().value().toPlainString());
        assertRate("20.5251666228828916217515067118806", c.cagr());
        assertRate("18.66883967783319285047217125384286", c.logRate());
        assertTrue(c.undefined().isEmpty());
    }

    @Test
    void syrianExportsToRussia2000to2002() {
        Growth.Change c = Growth.between(usd("11m"), usd("16m"), BigDecimal.valueOf(2));
        assertExact("5000000", c.change().value());
        assertEquals("45.45454545454545454545454545454545", c.percent().value().toPlainString());
        assertRate("20.6045378311054490587248267880249703", c.cagr());
    }

    @Test
    void matchesExcelRriExample() {
        // Microsoft's RRI help: RRI(96, 10000, 11000) = 0.0009933 (to the digits shown)
        Growth.Change c = Growth.between(Amount.parse("10000"), Amount.parse("11000"), BigDecimal.valueOf(96));
        assertEquals(0, new BigDecimal("0.09933").compareTo(c.cagr().value().round(new MathContext(4))));
    }

    @Test
    void anExactRateComesOutExact() {
        // 100 -> 121 in 2 years is 10 % a year; double gives 0.1000000000000000x, kept to 15 digits
        assertExact("10", Growth.between(Amount.parse("100"), Amount.parse("121"), BigDecimal.valueOf(2)).cagr().value());
    }

    @Test
    void currenciesMustAgreeAndTheMessageSaysHowToConvert() {
        CalcException e = assertThrows(CalcException.class,
                () -> Growth.between(usd("95m"), Amount.parse("100m EUR"), BigDecimal.ONE));
        assertTrue(e.getMessage().contains("figures convert"), e.getMessage());
    }

    @Test
    void zeroStartHasNoPercentOrRate() {
        Growth.Change c = Growth.between(usd("0"), usd("5m"), BigDecimal.ONE);
        assertExact("5000000", c.change().value());
        assertNull(c.percent());
        assertNull(c.cagr());
        assertTrue(c.undefined().get(0).contains("start is 0"), c.undefined().toString());
    }

    @Test
    void aSpanCountsAsItsPerYearAverageAtItsMiddle() {
        // 1.4 bn over 1989-1990 is 700 m a year at 1989.5; to 1.4 bn in 2000 is doubling in 10.5 years
        Growth.Summary s = Growth.of(List.of(point("1989-1990", "1.4bn GBP"), point("2000", "1.4bn GBP")), Growth.Method.ENDPOINT);
        assertExact("700000000", s.start().value());
        assertExact("10.5", s.years());
        assertExact("100", s.percent().value());
        assertRate("6.8241690814402220013606897069232472303", s.rate());
    }

    /** 100, 150, 120, 180 in 2000-2003: each method gives its own average. */
    private static final List<Observation> UNEVEN = List.of(point("2000", "100"), point("2001", "150"), point("2002", "120"),
            point("2003", "180"));

    @Test
    void endpointMethodIsTheCagr() {
        Growth.Summary s = Growth.of(UNEVEN, Growth.Method.ENDPOINT);
        assertRate("21.6440399114680036979688999547560483976", s.rate());
        assertEquals("cagr", s.method().column());
        assertEquals(4, s.observations());
        assertExact("80", s.percent().value());
    }

    @Test
    void logMethodIsTheContinuousRate() {
        assertRate("19.59288883007063360632437135396212565898", Growth.of(UNEVEN, Growth.Method.LOG).rate());
    }

    @Test
    void trendMethodFitsAllPoints() {
        // slope of ln(value) on year: (1.5 ln 1.8 + 0.5 ln 0.8) / 5
        assertRate("16.6516134976123102034349755106428257008", Growth.of(UNEVEN, Growth.Method.TREND).rate());
    }

    @Test
    void meanMethodAveragesTheAnnualChanges() {
        // (+50 % - 20 % + 50 %) / 3, exactly (to 34 digits)
        assertEquals("26.66666666666666666666666666666667", Growth.of(UNEVEN, Growth.Method.MEAN).rate().value().toPlainString());
    }

    @Test
    void aStepOverAMissingYearIsTwoYearsLongAndAnnualised() {
        List<Growth.Step> steps = Growth.steps(List.of(point("2000", "100"), point("2001", "110"), point("2003", "133.1")));
        assertNull(steps.get(0).change());
        assertExact("1", steps.get(1).length());
        assertExact("10", steps.get(1).annualised().value());
        Growth.Step gap = steps.get(2);
        assertTrue(gap.isIrregular());
        assertExact("2", gap.length());
        assertExact("21", gap.percent().value());
        assertExact("10", gap.annualised().value());
        // the mean counts the 2-year step twice at its annual rate: still 10 %
        assertExact("10", Growth.of(List.of(point("2000", "100"), point("2001", "110"), point("2003", "133.1")), Growth.Method.MEAN)
                .rate().value());
    }

    @Test
    void oneObservationHasNoGrowth() {
        Growth.Summary s = Growth.of(List.of(point("2000", "5")), Growth.Method.ENDPOINT);
        assertNull(s.change());
        assertNull(s.rate());
        assertEquals("one observation: growth needs two", s.undefined().get(0));
    }

    @Test
    void aNegativeValueHasNoTrend() {
        Growth.Summary s = Growth.of(List.of(point("2000", "5"), point("2001", "-1"), point("2002", "7")), Growth.Method.TREND);
        assertNull(s.rate());
        assertTrue(s.undefined().get(0).contains("2001"), s.undefined().toString());
        assertExact("40", s.percent().value());
    }

    @Test
    void yearsRunFromMiddleToMiddle() {
        assertExact("2", Growth.yearsBetween(Period.of(2000), Period.of(2002)));
        assertExact("10.5", Growth.yearsBetween(Period.of(1989, 1990), Period.of(2000)));
        assertExact("1", Growth.yearsBetween(Period.of(1989, 1990), Period.of(1990, 1991)));
    }

    @Test
    void overlappingPeriodsAreRejected() {
        assertThrows(CalcException.class, () -> Growth.of(List.of(point("1989-1990", "1"), point("1990", "2")), Growth.Method.ENDPOINT));
    }

    @Test
    void manySeriesAreComputedInOrderAndTheFirstFailingOneIsNamedByItsIndex() {
        List<List<figures.model.Observation>> ok = List.of(List.of(point("2000", "95 USD"), point("2002", "138 USD")),
                List.of(point("2000", "1 USD")));
        List<Growth.Summary> r = Growth.summaries(ok, Growth.Method.ENDPOINT);
        assertEquals(2, r.size());
        assertEquals(2, r.get(0).observations());
        assertEquals(1, r.get(1).observations());
        List<List<figures.model.Observation>> bad = List.of(ok.get(0), List.of(point("1989-1990", "1"), point("1990", "2")),
                List.of(point("2000", "1 USD"), point("2000", "2 USD")));
        Growth.SeriesFailure e = assertThrows(Growth.SeriesFailure.class, () -> Growth.allSteps(bad));
        assertEquals(1, e.index());
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void yearsMustBeMoreThanZero() {
        assertThrows(CalcException.class, () -> Growth.between(Amount.parse("100 USD"), Amount.parse("110 USD"), BigDecimal.ZERO));
        assertThrows(CalcException.class, () -> Growth.between(Amount.parse("100 USD"), Amount.parse("110 USD"), new BigDecimal("-1")));
        assertExact("0.1", Growth.between(Amount.parse("100 USD"), Amount.parse("110 USD"), new BigDecimal("1")).cagr().ratio());
    }
}
