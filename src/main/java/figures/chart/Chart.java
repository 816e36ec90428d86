package figures.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart to draw, in plain values and words, before any drawing library is involved: what kind,
 * the title, the axes (the value axis names its unit and currency), the source line printed under
 * the chart, the categories along the x axis and one series of values per category. Commands
 * build one from their calc results; {@link ChartRenderer} draws it. For {@link Kind#TIME_LINES}
 * each category also has a position on a time axis (the year, or the middle of a span).
 */
public record Chart(Kind kind, String title, String categoryAxis, String valueAxis, String source,
                    List<String> categories, List<Series> series, List<BigDecimal> positions) {
    /** Bars side by side, bars stacked into a total, or one line per series over time. */
    public enum Kind { BARS, STACKED_BARS, TIME_LINES }

    /** A chart whose categories are only labels (every kind but TIME_LINES). */
    public Chart(Kind kind, String title, String categoryAxis, String valueAxis, String source,
                 List<String> categories, List<Series> series) {
        this(kind, title, categoryAxis, valueAxis, source, categories, series, null);
    }

    /** One named series: a value (or null for a gap) per category, in category order. */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if ((kind == Kind.TIME_LINES) != (positions != null) || (positions != null && positions.size() != categories.size())) {
            throw new IllegalArgumentException("time lines, and only they, need a position for each category");
        }
        positions = positions == null ? null : List.copyOf(positions);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }
}
