package figures.chart;

import figures.model.Amount;
import figures.model.Currency;
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
 * One line per series over periods ({@code growth --chart}): the periods of all series, in
 * order, along the x axis; a series without a value for a period has a gap there. All values
 * must share one currency and price basis, which the value axis names.
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
        Set<Period> periods = new TreeSet<>();
        Set<Currency> currencies = new LinkedHashSet<>();
        Set<Period> bases = new LinkedHashSet<>();
        List<BigDecimal> all = new ArrayList<>();
        for (Line l : lines) {
            periods.addAll(l.values().keySet());
            for (Amount a : l.values().values()) {
                a.currency().ifPresent(currencies::add);
                bases.add(a.priceBasis().orElse(null));
                all.add(a.value());
            }
        }
        if (currencies.size() > 1 || bases.size() > 1) {
            throw new UsageException("--chart: the series are in " + (currencies.size() > 1 ? currencies : bases)
                    + "; one chart has one value axis: chart one currency and price basis at a time");
        }
        Unit unit = Unit.of(all, currencies.isEmpty() ? null : currencies.iterator().next(), bases.isEmpty() ? null : bases.iterator().next());
        List<String> categories = new ArrayList<>();
        periods.forEach(p -> categories.add(p.toString()));
        List<Chart.Series> series = new ArrayList<>();
        for (Line l : lines) {
            List<BigDecimal> values = new ArrayList<>();
            for (Period p : periods) {
                Amount a = l.values().get(p);
                values.add(a == null ? null : unit.scaled(a.value()));
            }
            series.add(new Chart.Series(l.name(), values));
        }
        return new Chart(Chart.Kind.LINES, TableChart.capitalised(title), "period", unit.axis(valueWhat), source, categories, series);
    }
}
