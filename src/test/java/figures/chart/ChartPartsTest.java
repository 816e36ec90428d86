package figures.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.Amount;
import figures.model.Period;
import figures.model.UsageException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartPartsTest {
    private static List<BigDecimal> nums(String... s) {
        return Arrays.stream(s).map(x -> x == null ? null : new BigDecimal(x)).toList();
    }

    @Test
    void sparklineSpansLowestToHighestWithGapsAsSpaces() {
        assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(nums("0", "1", "2", "3", "4", "5", "6", "7")));
        assertEquals("▁ █", Sparkline.of(nums("95", null, "138")));
        assertEquals("▅▅", Sparkline.of(nums("5", "5")), "a flat series sits in the middle");
        assertEquals("█▁▅", Sparkline.of(nums("-1", "-3", "-2")), "(-2 - -3) × 7 / 2 = 3.5, rounded half up to 4");
    }

    @Test
    void aSeriesSparklineIsItsValuesAYearWithAMissingYearAsAGap() {
        java.util.List<figures.model.Observation> obs = java.util.List.of(
                new figures.model.Observation(figures.model.Period.of(2000), figures.model.Amount.parse("95 USD")),
                new figures.model.Observation(figures.model.Period.parse("2002-2003"), figures.model.Amount.parse("276 USD")));
        assertEquals("▁ █", Sparkline.ofYears(obs), "2001 missing; the span 2002-2003 is one bar, its per-year average (138, the highest)");
    }

    @Test
    void unitScalesToTheLargestValueAndNamesCurrencyAndBasis() {
        Unit u = Unit.of(nums("9782000000", "3618000000"), figures.model.Currency.USD, Period.of(2024));
        assertEquals("bn USD@2024", u.label());
        assertEquals("debt (bn USD@2024)", u.axis("debt"));
        assertEquals(new BigDecimal("9.782"), u.scaled(new BigDecimal("9782000000")).stripTrailingZeros());
        assertEquals("", Unit.of(nums("12", "950"), null).label(), "no scale below a million");
    }

    @Test
    void periodLinesPlaceValuesAtTheirYearsAndLeaveOutAnotherCurrency() {
        Chart c = PeriodLines.of("growth", List.of(
                new PeriodLines.Line("RU → SY", Map.of(Period.of(2000), Amount.parse("95m USD"), Period.of(2002), Amount.parse("138m USD"))),
                new PeriodLines.Line("SY → RU", Map.of(Period.of(2001), Amount.parse("11m USD"))),
                new PeriodLines.Line("SY → SU", Map.of(Period.of(1989, 1990), Amount.parse("700m GBP")))), "value", "Source: x");
        assertEquals(Chart.Kind.TIME_LINES, c.kind());
        assertEquals(List.of("2000", "2001", "2002"), c.categories());
        assertEquals(List.of(new BigDecimal("2000"), new BigDecimal("2001"), new BigDecimal("2002")),
                c.positions().stream().map(BigDecimal::stripTrailingZeros).map(b -> b.setScale(0)).toList());
        assertEquals("value (m USD)", c.valueAxis());
        assertEquals("Growth", c.title());
        assertEquals(2, c.series().size(), "the GBP line is left out");
        assertEquals("Source: x. Not drawn, in another currency or price basis: SY → SU (GBP)", c.source());
        assertEquals(Arrays.asList(new BigDecimal("95"), null, new BigDecimal("138")),
                c.series().get(0).values().stream().map(v -> v == null ? null : v.stripTrailingZeros()).toList());
        assertEquals(new BigDecimal("1989.5"), PeriodLines.middle(Period.of(1989, 1990)));
        assertThrows(UsageException.class, () -> PeriodLines.of("g", List.of(new PeriodLines.Line("a",
                Map.of(Period.of(2000), Amount.parse("1m USD"), Period.of(2001), Amount.parse("1m GBP")))), "value", "s"),
                "one line in two currencies");
    }
}
