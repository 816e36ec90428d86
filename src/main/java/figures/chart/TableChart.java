package figures.chart;

import figures.model.Amount;
import figures.model.Currency;
import figures.model.Period;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bars drawn straight from a command's result table: one bar per row, its height the amount in
 * one column, its label the row's text and period cells (or, when it has none, its first column).
 * The title is the table's own title; all amounts must share one currency and price basis,
 * which the value axis names.
 */
public final class TableChart {
    private TableChart() {
    }

    /** Bars of {@code valueColumn}; {@code source} is the line under the chart. */
    public static Chart bars(ResultTable t, String valueColumn, String source) {
        int value = index(t, valueColumn);
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            Column c = t.columns().get(i);
            if (i != value && !c.detail() && c.currencyColumn() == null && isLabel(t, i)) {
                labels.add(i);
            }
        }
        if (labels.isEmpty()) {
            labels.add(value == 0 ? 1 : 0);
        }
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        Set<Currency> currencies = new LinkedHashSet<>();
        Set<Period> bases = new LinkedHashSet<>();
        for (List<Object> row : t.rows()) {
            List<String> label = new ArrayList<>();
            for (int i : labels) {
                Object cell = row.get(i);
                if (cell != null) {
                    label.add(cell instanceof Amount a ? HumanNumbers.amount(a, 4) : cell.toString());
                }
            }
            categories.add(unique(String.join(" ", label), categories));
            Object cell = row.get(value);
            if (cell instanceof Amount a) {
                values.add(a.value());
                a.currency().ifPresent(currencies::add);
                bases.add(a.priceBasis().orElse(null));
            } else {
                values.add(null);
            }
        }
        if (currencies.size() > 1 || bases.size() > 1) {
            throw new UsageException("--chart: column '" + valueColumn + "' mixes currencies or price bases; one chart has one value axis");
        }
        Unit unit = Unit.of(values, currencies.isEmpty() ? null : currencies.iterator().next(),
                bases.isEmpty() ? null : bases.iterator().next());
        List<BigDecimal> scaled = new ArrayList<>();
        values.forEach(v -> scaled.add(unit.scaled(v)));
        return new Chart(Chart.Kind.BARS, capitalised(t.title()), "", unit.axis(valueColumn.replace('_', ' ')), source, categories,
                List.of(new Chart.Series(valueColumn.replace('_', ' '), scaled)));
    }

    /** The distinct non-empty values of the table's source columns, for the line under a chart. */
    public static List<String> sources(ResultTable t) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < t.columns().size(); i++) {
            String name = t.columns().get(i).name();
            if (name.equals("source") || name.equals("sources")) {
                for (List<Object> row : t.rows()) {
                    if (row.get(i) != null) {
                        for (String part : row.get(i).toString().split("; ")) {
                            if (!part.isBlank()) {
                                found.add(part.strip());
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** A column of words or periods (not numbers or verdicts) can label a bar. */
    private static boolean isLabel(ResultTable t, int column) {
        return t.rows().stream().map(r -> r.get(column)).allMatch(v -> v == null || v instanceof String || v instanceof Period);
    }

    static String capitalised(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    private static int index(ResultTable t, String column) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + t.title());
    }

    /** Categories are keys: a repeated label gets a counter. */
    private static String unique(String label, List<String> taken) {
        String l = label.isEmpty() ? "row " + (taken.size() + 1) : label;
        int n = 2;
        String candidate = l;
        while (taken.contains(candidate)) {
            candidate = l + " (" + n++ + ")";
        }
        return candidate;
    }
}
