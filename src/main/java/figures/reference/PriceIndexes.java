package figures.reference;

import figures.model.Coverage;
import figures.model.ReferenceValue;
import figures.model.Currency;
import figures.model.Period;
import figures.table.CsvTable;
import figures.table.TableSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Annual price indexes ({@code reference/cpi.csv}: series, year, index, note, source), one value
 * per series and year. The bundled table holds {@code US-CPI-U}, the index that deflates USD; a
 * table of one's own may add series, with a {@code currency} column saying which currency each
 * series deflates.
 */
public final class PriceIndexes implements figures.calc.References.Indexes {
    /** The series that deflates US dollars when the table does not say otherwise. */
    public static final String US_CPI_U = "US-CPI-U";

    private final String name;
    private final Map<String, TreeMap<Integer, ReferenceValue>> series;
    private final Map<Currency, String> byCurrency;
    /** The WDI CPI and deflator of every country ({@code CPI:SYR}, {@code DEFLATOR:SYR}); null: none. */
    private final WdiTables wdi;

    private PriceIndexes(String name, Map<String, TreeMap<Integer, ReferenceValue>> series, Map<Currency, String> byCurrency,
                         WdiTables wdi) {
        this.name = name;
        this.series = series;
        this.byCurrency = byCurrency;
        this.wdi = wdi;
    }

    /** These series, with the WDI CPI and deflator of every country beside them. */
    public PriceIndexes withWdi(WdiTables tables) {
        return new PriceIndexes(name, series, byCurrency, tables);
    }

    /** The WDI table and country a series name such as {@code CPI:SYR} stands for, if it is one. */
    private Optional<Map.Entry<WdiTables.Table, String>> wdiSeries(String seriesName) {
        if (wdi == null) {
            return Optional.empty();
        }
        for (WdiTables.Table t : WdiTables.Table.values()) {
            if (seriesName.regionMatches(true, 0, t.prefix(), 0, t.prefix().length())) {
                return Optional.of(Map.entry(t, seriesName.substring(t.prefix().length()).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** Whether the series exists: a series of the table, or a WDI series with at least one value. */
    public boolean has(String seriesName) {
        if (series.containsKey(seriesName)) {
            return true;
        }
        return wdiSeries(seriesName).map(e -> wdi.has(e.getKey(), e.getValue())).orElse(false);
    }

    /** Reads and checks the table: single years, positive values, a source, no year stated twice. */
    public static PriceIndexes read(TableSource source) {
        Map<String, TreeMap<Integer, ReferenceValue>> series = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        Map<Currency, String> byCurrency = new LinkedHashMap<>();
        CsvTable.of(source, "series", "year", "index", "source").forEach(row -> {
            String name = row.required("series");
            int year = row.year("year");
            ReferenceValue v = new ReferenceValue(name, year, Period.of(year), ExchangeRates.positive(row, "index"), "",
                    row.optional("kind").orElse("annual average index"), row.required("source"), row.text("note"), row.where());
            ReferenceValue before = series.computeIfAbsent(name, k -> new TreeMap<>()).putIfAbsent(year, v);
            if (before != null) {
                throw row.error("year", name + " " + year + " is stated twice (also at " + before.where() + ")");
            }
            row.currency().ifPresent(c -> {
                String other = byCurrency.putIfAbsent(c, name);
                if (other != null && !other.equals(name)) {
                    throw row.error("currency", "two series deflate " + c + ": " + other + " and " + name);
                }
            });
            firstLine.putIfAbsent(name, row.line());
        });
        if (series.containsKey(US_CPI_U)) {
            byCurrency.putIfAbsent(Currency.USD, US_CPI_U);
        }
        return new PriceIndexes(source.name(), series, byCurrency, null);
    }

    public String name() {
        return name;
    }

    /**
     * The series that deflates a currency's prices, if there is one: the table's series for it, else
     * the WDI consumer price index of the country whose currency it is ({@code CPI:SYR} for SYP).
     */
    public Optional<String> seriesFor(Currency c) {
        String own = byCurrency.get(c);
        if (own != null || wdi == null) {
            return Optional.ofNullable(own);
        }
        return wdi.served(c).map(WdiTables.Served::country).filter(country -> wdi.has(WdiTables.Table.CPI, country))
                .map(country -> WdiTables.Table.CPI.prefix() + country);
    }

    /** The value of a series in a year, if the table (or WDI, for {@code CPI:ISO3} and {@code DEFLATOR:ISO3}) has it. */
    public Optional<ReferenceValue> find(String seriesName, int year) {
        TreeMap<Integer, ReferenceValue> s = series.get(seriesName);
        if (s == null) {
            return wdiSeries(seriesName).flatMap(e -> wdi.value(e.getKey(), e.getValue(), year));
        }
        return Optional.ofNullable(s.get(year));
    }

    /** The years a series covers: {@code 1947-2025}. */
    public String coverage(String seriesName) {
        TreeMap<Integer, ReferenceValue> s = series.get(seriesName);
        if (s == null) {
            s = wdiSeries(seriesName).map(e -> wdi.series(e.getKey(), e.getValue())).orElse(new TreeMap<>());
        }
        return Coverage.text(s.keySet().stream().map(Period::of).toList());
    }

    /** Series names with the currency each deflates, for messages: {@code US-CPI-U (USD)}. */
    public String describeSeries() {
        StringBuilder b = new StringBuilder();
        for (String s : series.keySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(s);
            byCurrency.forEach((c, n) -> {
                if (n.equals(s)) {
                    b.append(" (").append(c).append(')');
                }
            });
        }
        if (wdi != null) {
            b.append(b.length() == 0 ? "" : ", and ").append("the WDI CPI and GDP deflator of each country (cpi:ISO3, deflator:ISO3)");
        }
        return b.length() == 0 ? "no series" : b.toString();
    }
}
