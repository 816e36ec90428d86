package figures.table;

import figures.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A wide table: years as column headers, as the World Bank and the IMF give their downloads
 * ({@code Country Name,Country Code,Indicator Name,Indicator Code,1960,…,2023,}), read as the long
 * table it stands for: one row per row and year, with the other columns as they are, {@code period}
 * the year and {@code value} the cell. Found by its header ({@link #detect}): the first record
 * whose names end in two or more years, allowing a trailing column with no name; the records
 * before it (a download's "Data Source" and "Last Updated Date" lines) must hold at most two cells
 * each. A long table, whose header names no years, is never taken for wide.
 */
final class WideTable {
    /** Records looked at for a header. */
    private static final int LOOK = 40;
    /** A year as a header: {@code 1995}, or the DataBank's {@code 1995 [YR1995]}. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?: \\[YR\\d{4}\\])?");
    private static final Set<String> AGGREGATES = aggregates();

    /** Where a wide table's header is, and its year columns. */
    record Layout(int skip, long line, List<String> names, List<Integer> idColumns, List<Integer> yearColumns, List<String> years) {
    }

    private WideTable() {
    }

    /** The layout, when the table's first bytes ({@code head}) show a wide table; else null. */
    static Layout detect(byte[] head, char delimiter) {
        String text = new String(head, StandardCharsets.UTF_8);
        int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (cut < 0) {
            return null;
        }
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text.substring(0, cut + 1))).setFormat(CsvTable.format(delimiter)).get()) {
            int n = 0;
            for (CSVRecord r : p) {
                if (n >= LOOK) {
                    return null;
                }
                Layout l = header(r, n, p.getCurrentLineNumber());
                if (l != null) {
                    return l;
                }
                if (nonEmpty(r) > 2) {
                    return null; // a record of more than two cells before any years: a long table's header
                }
                n++;
            }
        } catch (IOException | RuntimeException e) {
            return null; // the strict reader says what is wrong
        }
        return null;
    }

    private static int nonEmpty(CSVRecord r) {
        int k = 0;
        for (String c : r) {
            k += c.isBlank() ? 0 : 1;
        }
        return k;
    }

    /** The layout if {@code r} is a wide header: names, then two or more years to the end (a last empty name allowed). */
    private static Layout header(CSVRecord r, int skip, long line) {
        List<String> names = new ArrayList<>();
        for (String c : r) {
            names.add(c.strip());
        }
        int end = names.size();
        while (end > 0 && names.get(end - 1).isEmpty()) {
            end--; // the download's trailing comma
        }
        int first = -1;
        List<Integer> yearColumns = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Matcher m = YEAR.matcher(names.get(i));
            String period = m.matches() ? m.group(1) : subAnnual(names.get(i));
            if (period != null) {
                first = first < 0 ? i : first;
                yearColumns.add(i);
                years.add(period);
            } else if (first >= 0) {
                return null; // a name after the years: not a wide header
            }
        }
        if (yearColumns.size() < 2 || first == 0) {
            return null;
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            ids.add(i);
        }
        return new Layout(skip, line, names, ids, yearColumns, years);
    }

    /** A header that is a month or a quarter ({@code 2020M01}, {@code 2020Q1}, {@code 2020-01}: an IMF download's), as written; else null. */
    private static String subAnnual(String name) {
        try {
            figures.model.Period p = figures.model.Period.parseSubAnnual(name);
            return p == null ? null : name;
        } catch (figures.model.CalcException e) {
            return null;
        }
    }

    /** Whether the periods as columns are years (else months, quarters or days). */
    static boolean years(Layout layout) {
        return layout.years().stream().allMatch(y -> y.length() == 4);
    }

    /** Reads a wide table's rows, each year of each row handed to {@code rows} as a row of the long table it stands for. */
    static void read(TableSource source, SeriesReader.Spec spec, Layout layout, char delimiter,
                     java.util.function.Consumer<CsvTable.Header> onHeader,
                     java.util.function.Consumer<Row> rows) {
        List<String> longNames = new ArrayList<>();
        for (int i : layout.idColumns()) {
            String name = layout.names().get(i).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new InputException(source.name(), layout.line(), "column " + (i + 1) + " of the header has no name");
            }
            longNames.add(name);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < longNames.size(); i++) {
            index.putIfAbsent(longNames.get(i), i);
        }
        int period = longNames.size();
        int value = period + 1;
        List<String> all = new ArrayList<>(longNames);
        all.add("period");
        all.add(spec.value());
        index.put("period", period);
        index.put(spec.value(), value);
        CsvTable.Header header = new CsvTable.Header(List.copyOf(all), Map.copyOf(index), layout.line());
        for (String c : SeriesReader.required(spec)) {
            if (!header.has(c)) {
                throw new InputException(source.name(), layout.line(), "missing required column '" + c + "' (columns found: "
                        + CsvTable.describe(longNames) + ", and " + (years(layout) ? "years " : "periods ") + layout.years().get(0) + " to "
                        + layout.years().get(layout.years().size() - 1) + " as columns: a wide table)");
            }
        }
        List<int[]> filters = new ArrayList<>();
        List<Reading.Filter> wanted = spec.reading().filters();
        for (Reading.Filter f : wanted) {
            Integer at = index.get(f.column());
            if (at == null || at >= period) {
                throw new InputException(source.name(), layout.line(), "--filter: no column '" + f.column() + "' (columns found: "
                        + CsvTable.describe(longNames) + ")");
            }
            filters.add(new int[] {layout.idColumns().get(at)});
        }
        int code = -1;
        if (spec.reading().excludeAggregates()) {
            Integer at = index.get("country code");
            if (at == null && spec.by() != null && !spec.by().isEmpty()) {
                at = index.get(spec.by().get(0));
            }
            if (at == null) {
                throw new InputException(source.name(), layout.line(),
                        "--exclude-aggregates: no 'country code' column to find the aggregates by (name it with --by)");
            }
            code = layout.idColumns().get(at);
        }
        onHeader.accept(header);
        long line = 0;
        try (Reader reader = new StrictUtf8Reader(source.open());
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CsvTable.format(delimiter)).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            for (int i = 0; i <= layout.skip() && it.hasNext(); i++) {
                it.next();
            }
            line = parser.getCurrentLineNumber();
            int width = layout.names().size();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                line = parser.getCurrentLineNumber();
                if (rec.size() != width) {
                    throw new InputException(source.name(), line, "row has " + rec.size() + " cells but the header has " + width + " columns");
                }
                if (!kept(rec, wanted, filters) || code >= 0 && AGGREGATES.contains(rec.get(code).strip().toUpperCase(Locale.ROOT))) {
                    continue;
                }
                for (int y = 0; y < layout.yearColumns().size(); y++) {
                    int column = layout.yearColumns().get(y);
                    String year = layout.years().get(y);
                    Map<String, String> labels = Map.of(spec.value(), layout.names().get(column), "period", layout.names().get(column));
                    rows.accept(new Row(source.name(), line, header, i -> i < period ? rec.get(layout.idColumns().get(i))
                            : i == period ? year : rec.get(column), labels));
                }
            }
        } catch (UncheckedIOException e) {
            throw bad(source, e.getCause(), line);
        } catch (IOException e) {
            throw bad(source, e, line);
        } catch (IllegalStateException e) {
            throw new InputException(source.name(), line + 1, "malformed CSV: " + e.getMessage());
        }
    }

    private static boolean kept(CSVRecord rec, List<Reading.Filter> wanted, List<int[]> filters) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).values().contains(rec.get(filters.get(i)[0]).strip())) {
                return false;
            }
        }
        return true;
    }

    private static RuntimeException bad(TableSource source, Throwable e, long line) {
        if (e instanceof StrictUtf8Reader.BadText t) {
            return new InputException(source.name(), t.line(), t.getMessage());
        }
        return new figures.model.IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
    }

    /** Whether a country code is one of the World Bank's aggregates (World, regions, income groups). */
    static boolean isAggregate(String code) {
        return AGGREGATES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The bundled list of aggregate codes (its source in its comment lines). */
    private static Set<String> aggregates() {
        try (InputStream in = WideTable.class.getResourceAsStream("wb-aggregates.csv")) {
            Set<String> codes = new java.util.HashSet<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.startsWith("#") && !l.startsWith("code,") && l.length() > 3) {
                    codes.add(l.substring(0, 3));
                }
            }
            return Set.copyOf(codes);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the bundled list of World Bank aggregates is missing from this build", e);
        }
    }
}
