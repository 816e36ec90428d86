package figures.chart;

import figures.model.Amount;
import figures.model.Period;
import figures.model.UsageException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One line per series over time ({@code growth --chart}): each value at its year (a span at its
 * middle), so missing years keep their width. One chart has one value axis: the series in the
 * currency and price basis most of them share are drawn, and any others are named under the
 * source line as not drawn.
 */
public final class PeriodLines {
    /** A named series of amounts by period. */
    public record Line(String name, Map<Period, Amount> values) {
        public Line {
            values = new TreeMap<>(values);
        }
    }

    private PeriodLines() {
    }

    public static Chart of(String title, List<Line> lines, String valueWhat, String source) {
        Map<String, List<Line>> byUnit = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            byUnit.computeIfAbsent(unitOf(l), k -> new ArrayList<>()).add(l);
        }
        List<Line> drawn = byUnit.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        List<String> left = new ArrayList<>();
        for (Line l : lines) {
            if (!drawn.contains(l)) {
                left.add(l.name() + " (" + unitOf(l) + ")");
            }
        }
        Set<Period> periods = new TreeSet<>(java.util.Comparator.comparing(PeriodLines::middle).thenComparing(p -> p));
        List<BigDecimal> all = new ArrayList<>();
        Amount any = null;
        for (Line l : drawn) {
            periods.addAll(l.values().keySet());
            for (Amount a : l.values().values()) {
                all.add(a.value());
                any = a;
            }
        }
        Unit unit = Unit.of(all, any == null ? null : any.currency().orElse(null), any == null ? null : any.priceBasis().orElse(null));
        List<String> categories = new ArrayList<>();
        List<BigDecimal> positions = new ArrayList<>();
        for (Period p : periods) {
            categories.add(p.toString());
            positions.add(middle(p));
        }
        List<Chart.Series> series = new ArrayList<>();
        for (Line l : drawn) {
            List<BigDecimal> values = new ArrayList<>();
            for (Period p : periods) {
                Amount a = l.values().get(p);
                values.add(a == null ? null : unit.scaled(a.value()));
            }
            series.add(new Chart.Series(l.name(), values));
        }
        String under = left.isEmpty() ? source : source + ". Not drawn, in another currency or price basis: " + String.join(", ", left);
        return new Chart(Chart.Kind.TIME_LINES, TableChart.capitalised(title), "year", unit.axis(valueWhat), under, categories, series,
                positions);
    }

    private static String unitOf(Line l) {
        Set<String> units = new LinkedHashSet<>();
        for (Amount a : l.values().values()) {
            units.add(a.currency().map(c -> c.code()).orElse("no currency") + a.priceBasis().map(b -> "@" + b).orElse(""));
        }
        if (units.size() > 1) {
            throw new UsageException("--chart: " + l.name() + " mixes " + units + "; one line has one unit");
        }
        return units.isEmpty() ? "" : units.iterator().next();
    }

    /** The year of a period, or the middle of a span: 1989.5 for 1989-1990. */
    static BigDecimal middle(Period p) {
        return BigDecimal.valueOf((long) p.first() + p.last()).divide(BigDecimal.valueOf(2));
    }
}
