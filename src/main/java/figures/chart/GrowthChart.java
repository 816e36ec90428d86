package figures.chart;

import figures.model.Observation;
import figures.calc.Growth;
import figures.model.Amount;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code growth --chart}: one line per group over the periods, a span's value as its per-year average. */
public final class GrowthChart {
    /** A group's name and its observations. */
    public record Group(String name, List<Observation> points) {
    }

    private GrowthChart() {
    }

    /** The groups of a table, drawn over their periods. */
    public static Chart of(String title, List<Group> groups, String source) {
        List<PeriodLines.Line> lines = new ArrayList<>();
        for (Group g : groups) {
            Map<Period, Amount> values = new LinkedHashMap<>();
            g.points().forEach(p -> values.put(p.period(), p.perYear()));
            lines.add(new PeriodLines.Line(g.name(), values));
        }
        return PeriodLines.of(title, lines, "value a year", source);
    }

    private static String show(Amount a, boolean percent) {
        return percent ? a.value().stripTrailingZeros().toPlainString() + "%" : figures.render.HumanNumbers.amount(a, 4);
    }

    /**
     * Start and end given ad hoc: over their periods when known, else over the years between
     * them; {@code percents}: the values are percentages, and the axis says so.
     */
    public static Chart adHoc(Amount start, Amount end, Period from, Period to, BigDecimal years, boolean percents, String source) {
        if (from != null && !percents) {
            return PeriodLines.of("growth from " + show(start, false) + " in " + from + " to " + show(end, false) + " in " + to,
                    List.of(new PeriodLines.Line("value", Map.of(from, start, to, end))), "value", source);
        }
        Unit unit = percents ? new Unit(null, null, null) : Unit.of(List.of(start.value(), end.value()),
                start.currency().or(end::currency).orElse(null), start.priceBasis().or(end::priceBasis).orElse(null));
        List<String> categories = from != null ? List.of(from.toString(), to.toString()) : List.of("start", "end");
        List<BigDecimal> positions = from != null ? List.of(PeriodLines.middle(from), PeriodLines.middle(to))
                : List.of(BigDecimal.ZERO, years);
        String title = "Growth from " + show(start, percents) + " to " + show(end, percents) + " over "
                + years.stripTrailingZeros().toPlainString() + " years";
        return new Chart(Chart.Kind.TIME_LINES, title,
                from != null ? "year" : "years from the start", percents ? "percent" : unit.axis("value"), source, categories,
                List.of(new Chart.Series("value", List.of(unit.scaled(start.value()), unit.scaled(end.value())))), positions);
    }
}
