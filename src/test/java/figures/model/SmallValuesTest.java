package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small values of the model at their edges: percents of 0 and 100 and the ambiguous ones
 * between 0 and 1, intervals that touch or divide by a range ending at zero, coverage runs,
 * observations of spans, reference values, tolerances, the exit code of each error.
 */
class SmallValuesTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void percentsFromZeroToAHundredInclusive() {
        assertTrue(Percent.of(d("0")).isBetween0And100());
        assertTrue(Percent.of(d("100")).isBetween0And100());
        assertTrue(Percent.of(d("100.0")).isBetween0And100());
        assertFalse(Percent.of(d("-0.001")).isBetween0And100());
        assertFalse(Percent.of(d("100.001")).isBetween0And100());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "0%", "0.5%", "0.5 %", "٠٫٥٪", "73", "1.0", "0.00", "-0.5", "100"})
    void statedPercentsThatAreNotAmbiguous(String text) {
        assertEquals(Percent.parse(text), Percent.parseStated(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0.99", "0.001", " 0.73 ", "٠٫٥"})
    void aFractionWithoutAPercentSignIsAmbiguous(String text) {
        String m = assertThrows(CalcException.class, () -> Percent.parseStated(text)).getMessage();
        assertTrue(m.contains("is ambiguous"), m);
    }

    @Test
    void percentTextsReadBackEqual() {
        assertEquals("73%", Percent.of(d("73")).toString());
        assertEquals("1E+1%", Percent.of(d("1E+1")).toString());
        assertEquals("10%", Percent.of(d("1E+1")).shown());
        assertEquals("2.5%", Percent.of(d("2.50")).shown());
        assertEquals(Percent.of(d("1E+1")), Percent.parse(Percent.of(d("1E+1")).toString()));
        assertTrue(Percent.of(d("2")).compareTo(Percent.of(d("10"))) < 0);
        assertTrue(Percent.of(d("10")).compareTo(Percent.of(d("2"))) > 0);
        assertEquals(0, Percent.of(d("10")).compareTo(Percent.of(d("10.0"))));
        assertEquals(d("0.73"), Percent.fromRatio(d("0.0073")).value());
        assertEquals(d("0.0073"), Percent.of(d("0.73")).ratio());
    }

    @Test
    void percentPoints() {
        PercentPoints pp = PercentPoints.between(Percent.of(d("11.58")), Percent.of(d("11.59")));
        assertEquals("0.01pp", pp.toString());
        assertEquals(1, pp.signum());
        assertEquals(-1, PercentPoints.between(Percent.of(d("2")), Percent.of(d("1.5"))).signum());
        assertEquals("-0.5pp", PercentPoints.between(Percent.of(d("2")), Percent.of(d("1.5"))).toString());
        assertEquals("1.5pp", PercentPoints.of(d("1.5")).toString());
        assertTrue(PercentPoints.of(d("1")).compareTo(PercentPoints.of(d("2"))) < 0);
        assertTrue(PercentPoints.of(d("3")).compareTo(PercentPoints.of(d("2"))) > 0);
    }

    @Test
    void intervalsThatTouchOverlap() {
        Interval a = new Interval(d("1"), d("2"));
        assertTrue(a.overlaps(new Interval(d("2"), d("3"))));
        assertTrue(new Interval(d("2"), d("3")).overlaps(a));
        assertFalse(a.overlaps(new Interval(d("2.01"), d("3"))));
        assertFalse(new Interval(d("2.01"), d("3")).overlaps(a));
        assertTrue(a.contains(d("1")));
        assertTrue(a.contains(d("2")));
        assertFalse(a.contains(d("2.01")));
        assertEquals("[1, 2]", a.toString());
        assertEquals("[0.00001, 100000]", new Interval(d("1E-5"), d("1E+5")).toString());
    }

    @Test
    void aDivisorRangeThatReachesZeroHasNoBoundedQuotient() {
        Interval one = Interval.exact(d("1"));
        for (Interval divisor : List.of(new Interval(d("0"), d("1")), new Interval(d("-1"), d("0")), Interval.exact(d("0")),
                new Interval(d("-1"), d("1")))) {
            assertEquals("division by a figure that may be zero", assertThrows(CalcException.class, () -> one.dividedBy(divisor)).getMessage());
        }
        assertEquals(new Interval(d("0.5"), d("1")), one.dividedBy(new Interval(d("1"), d("2"))));
        assertEquals(new Interval(d("-1"), d("-0.5")), one.dividedBy(new Interval(d("-2"), d("-1"))));
        Interval third = one.dividedBy(Interval.exact(d("3")));
        assertTrue(third.lo().compareTo(third.hi()) < 0, "rounded outward: " + third);
        assertEquals(new Interval(d("-2"), d("-1")), new Interval(d("1"), d("2")).minus(Interval.exact(d("3"))));
        assertEquals(new Interval(d("4"), d("5")), new Interval(d("1"), d("2")).plus(Interval.exact(d("3"))));
        assertEquals(new Interval(d("-4"), d("2")), new Interval(d("-2"), d("1")).times(new Interval(d("1"), d("2"))));
        assertEquals(new Interval(d("0.9"), d("1.1")), Interval.around(d("1"), d("-0.1")));
        assertEquals(new Interval(d("9.75"), d("9.85")), Interval.stated(d("9.8")));
        assertEquals(new Interval(d("0.0975"), d("0.0985")), Interval.stated(d("9.8")).scaleByPowerOfTen(-2));
        assertThrows(IllegalArgumentException.class, () -> new Interval(d("2"), d("1")));
    }

    @Test
    void coverageRunsOfConsecutiveYears() {
        assertEquals(List.of(), Coverage.runs(List.of()));
        assertEquals("no years", Coverage.text(List.of()));
        assertEquals("2000", Coverage.text(List.of(Period.of(2000))));
        List<Period> periods = List.of(Period.of(1961, 1963), Period.of(1964), Period.of(1966), Period.of(1985, 1990), Period.of(1962));
        assertEquals(List.of(Period.of(1961, 1964), Period.of(1966), Period.of(1985, 1990)), Coverage.runs(periods));
        assertEquals("1961-1964, 1966 and 1985-1990", Coverage.text(periods));
        assertEquals("1961-1964 and 1966", Coverage.text(List.of(Period.of(1961, 1964), Period.of(1966))));
        assertEquals("1999-2001", Coverage.text(List.of(Period.of(2001), Period.of(1999), Period.of(2000))));
    }

    @Test
    void anObservationOfASpanIsItsAverageAtItsMiddle() {
        Observation one = new Observation(Period.of(2002), Amount.parse("10 USD"));
        assertEquals(d("2002"), one.middle());
        assertEquals(Amount.parse("10 USD"), one.perYear());
        Observation two = new Observation(Period.of(1989, 1990), Amount.parse("10 USD"));
        assertEquals(d("1989.5"), two.middle());
        assertEquals(0, d("5").compareTo(two.perYear().value()));
        assertEquals("5 USD", two.perYear().toString());
        Observation three = new Observation(Period.of(1989, 1991), Amount.parse("10 USD"));
        assertEquals(d("1990"), three.middle());
        assertEquals(d("3.333333333333333333333333333333333"), three.perYear().value());
        Observation month = new Observation(Period.month(2024, 1), Amount.parse("1"));
        assertEquals(0, Period.month(2024, 1).middleOfSubAnnual().compareTo(month.middle()));
        assertEquals(Amount.parse("1"), month.perYear());
    }

    @Test
    void referenceValuesSayWhereTheyCameFrom() {
        ReferenceValue fx = new ReferenceValue("SUR per USD", 1966, Period.of(1961, 1971), d("0.90"), "SUR per USD", "official",
                "Gosbank", "", "data/reference/fx.csv:139");
        assertEquals("SUR per USD 1966 (row for 1961-1971) = 0.90", fx.label());
        assertEquals("SUR per USD 1966 (row for 1961-1971) = 0.90; kind: official; source: Gosbank [data/reference/fx.csv:139]", fx.describe());
        ReferenceValue cpi = new ReferenceValue("US-CPI-U", 2020, Period.of(2020), d("258.811"), "index 1982-84=100", "", "BLS", "", "cpi.csv:5");
        assertEquals("US-CPI-U 2020 = 258.811", cpi.label());
        assertEquals("US-CPI-U 2020 = 258.811 index 1982-84=100; source: BLS [cpi.csv:5]", cpi.describe());
        ReferenceValue given = new ReferenceValue("SUR per USD", 0, null, d("0.9"), "", "given", "--rate", "", "command line");
        assertEquals("SUR per USD = 0.9", given.label());
        assertEquals("SUR per USD = 0.9; kind: given; source: --rate [command line]", given.describe());
    }

    @Test
    void tolerancesCompareByKindWidthAndCurrency() {
        Tolerance a = Tolerance.parse("±0.5%");
        assertEquals(a, Tolerance.parse("+-0.50%"));
        assertEquals(a.hashCode(), Tolerance.parse("+-0.50%").hashCode());
        assertNotEquals(a, Tolerance.parse("±0.6%"));
        assertNotEquals(a, Tolerance.parse("±0.005"));
        assertNotEquals(a.hashCode(), Tolerance.parse("±0.6%").hashCode());
        assertNotEquals(Tolerance.parse("±2 USD"), Tolerance.parse("±2 EUR"));
        assertEquals(Tolerance.parse("±2 USD"), Tolerance.parse("+/-2 USD"));
        assertNotEquals(a, "±0.5%");
        assertEquals("±0.5%", a.toString());
        assertEquals("±0.1bn EUR", Tolerance.parse("±0.1bn EUR").toString());
        assertEquals("±0.1pp", Tolerance.parse("0.1 PP").toString());
        assertNull(a.currency());
        assertEquals(Currency.of("EUR"), Tolerance.parse("±0.1bn EUR").currency());
    }

    @Test
    void currenciesAndVerdicts() {
        assertTrue(Currency.of("EUR").compareTo(Currency.of("USD")) < 0);
        assertTrue(Currency.of("USD").compareTo(Currency.of("EUR")) > 0);
        assertEquals(0, Currency.of("usd").compareTo(Currency.USD));
        assertEquals(Currency.of("GBP").hashCode(), Currency.lookup("£").hashCode());
        assertNotEquals(Currency.of("GBP").hashCode(), Currency.of("EUR").hashCode());
        assertEquals("input", Verdict.INPUT.toString());
        assertEquals("half_up", EnumWords.lower(java.math.RoundingMode.HALF_UP));
        assertEquals("half-up", EnumWords.hyphenated(java.math.RoundingMode.HALF_UP));
        assertEquals("inconsistent", Verdict.INCONSISTENT.toString());
    }

    @Test
    void eachErrorHasItsExitCode() {
        assertEquals(FiguresException.USAGE, new CalcException("x").exitCode());
        assertEquals(FiguresException.USAGE, new UsageException("x").exitCode());
        assertEquals(FiguresException.BAD_INPUT, new InputException("x").exitCode());
        InputException at = new InputException("t.csv", 3, "bad");
        assertEquals("t.csv:3: bad", at.getMessage());
        assertEquals("t.csv", at.file());
        assertEquals(3, at.line());
        assertEquals("t.csv: bad", new InputException("t.csv", 0, "bad").getMessage());
        assertEquals("t.csv:1: bad", new InputException("t.csv", 1, "bad").getMessage());
        assertNull(new InputException("x").file());
        assertEquals(0, new InputException("x").line());
        assertEquals(FiguresException.IO, new IoFailure("x", null).exitCode());
        MissingReference m = new MissingReference("no rate for 1966", "give one", "--rate \"R SUR per USD\"");
        assertEquals("no rate for 1966; give one", m.getMessage());
        assertEquals("no rate for 1966", m.problem());
        assertEquals("--rate \"R SUR per USD\"", m.option());
        assertEquals(FiguresException.BAD_INPUT, m.exitCode());
    }
}
