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
    /**
     * One series of a table: e.g. the GBP rows of fx.csv. {@code years} spans the first to the last
     * year; {@code covered} lists the runs of years actually present ({@code 1961-1971, 1985-1990}).
     */
    public record Series(String series, int rows, Period years, Set<String> sources, String covered) {
    }

    private static final List<String> SERIES_COLUMNS = List.of("series", "currency");
    private static final List<String> YEAR_COLUMNS = List.of("year", "period", "date");

    private TableSummary() {
    }

    public static List<Series> of(TableSource source) {
        Map<String, int[]> acc = new LinkedHashMap<>();
        Map<String, java.util.BitSet> present = new LinkedHashMap<>();
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
                Period p = yearCol[0].equals("date") ? yearOfDate(row) : row.period(yearCol[0]);
                a[1] = Math.min(a[1], p.first());
                a[2] = Math.max(a[2], p.last());
                present.computeIfAbsent(key, k -> new java.util.BitSet()).set(p.first(), p.last() + 1);
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
            out.add(new Series(key.isEmpty() ? null : key, a[0], years, sources.get(key), runs(present.get(key))));
        });
        return out;
    }

    /** The year of a {@code date} cell (redenominations take effect on a date). */
    private static Period yearOfDate(Row row) {
        String d = row.text("date");
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Period.of(Integer.parseInt(d.substring(0, 4)));
            }
        } catch (CalcException e) {
            throw row.error("date", e.getMessage());
        }
        throw row.error("date", "'" + d + "' is not a date (expected YYYY-MM-DD)");
    }

    /** {@code 1961-1971, 1985-1990}: the runs of consecutive years set in the bit set; null when none. */
    private static String runs(java.util.BitSet years) {
        if (years == null || years.isEmpty()) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        for (int start = years.nextSetBit(0); start >= 0; start = years.nextSetBit(years.nextClearBit(start))) {
            int end = years.nextClearBit(start) - 1;
            runs.add(start == end ? Integer.toString(start) : start + "-" + end);
        }
        return String.join(", ", runs);
    }
}
