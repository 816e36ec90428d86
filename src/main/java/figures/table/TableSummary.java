package figures.table;

import figures.model.CalcException;
import figures.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows, years covered and sources of a table, per series where the table holds several. */
public final class TableSummary {
    /** One series of a table: e.g. the GBP rows of fx.csv. */
    public record Series(String series, int rows, Period years, Set<String> sources) {
    }

    private static final List<String> SERIES_COLUMNS = List.of("series", "currency");
    private static final List<String> YEAR_COLUMNS = List.of("year", "period");

    private TableSummary() {
    }

    public static List<Series> of(TableSource source) {
        Map<String, int[]> acc = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        String[] seriesCol = {null};
        String[] yearCol = {null};
        CsvTable.of(source).forEach(header -> {
            // reference series are listed one per currency or index; data tables as a whole
            seriesCol[0] = source.name().contains("reference/")
                    ? SERIES_COLUMNS.stream().filter(header::has).findFirst().orElse(null) : null;
            yearCol[0] = YEAR_COLUMNS.stream().filter(header::has).findFirst().orElse(null);
        }, row -> {
            String key = seriesCol[0] == null ? "" : row.text(seriesCol[0]);
            int[] a = acc.computeIfAbsent(key, k -> new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE});
            a[0]++;
            if (yearCol[0] != null && !row.text(yearCol[0]).isEmpty()) {
                Period p = row.period(yearCol[0]);
                a[1] = Math.min(a[1], p.first());
                a[2] = Math.max(a[2], p.last());
            }
            String src = row.text("source");
            Set<String> set = sources.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (!src.isEmpty()) {
                set.add(src);
            }
        });
        List<Series> out = new ArrayList<>();
        acc.forEach((key, a) -> {
            Period years;
            try {
                years = a[1] == Integer.MAX_VALUE ? null : Period.of(a[1], a[2]);
            } catch (CalcException e) {
                years = null;
            }
            out.add(new Series(key.isEmpty() ? null : key, a[0], years, sources.get(key)));
        });
        return out;
    }
}
