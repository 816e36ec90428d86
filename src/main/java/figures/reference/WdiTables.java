package figures.reference;

import figures.model.ReferenceValue;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.InputException;
import figures.model.Period;
import figures.table.CsvTable;
import figures.table.DataSet;
import figures.table.Row;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The World Bank WDI tables of every country: official exchange rates ({@code wdi-fx.csv}), the
 * consumer price index and the GDP deflator ({@code wdi-cpi.csv}, {@code wdi-deflator.csv}),
 * which currency each country's rates are in ({@code currencies.csv}) and the full source of each
 * row's source key ({@code sources.csv}). Nothing is read until a value is asked for; then only
 * the rows of that country, found through {@code wdi-index.csv} (byte ranges per table and
 * country). A data set without the index is read whole. Rows are checked as they are read.
 */
public final class WdiTables {
    /** The three series tables. */
    public enum Table {
        FX("wdi-fx", "rate"), CPI("wdi-cpi", "index"), DEFLATOR("wdi-deflator", "index");

        private final String key;
        private final String column;

        Table(String key, String column) {
            this.key = key;
            this.column = column;
        }

        /** {@code reference/wdi-fx.csv}. */
        public String table() {
            return "reference/" + key + ".csv";
        }

        /** The prefix of the series names: {@code CPI:SYR}, {@code DEFLATOR:SYR}. */
        public String prefix() {
            return name() + ":";
        }
    }

    public static final String CURRENCIES = "reference/currencies.csv";
    public static final String SOURCES = "reference/sources.csv";
    public static final String INDEX = "reference/wdi-index.csv";

    /** A source key of sources.csv: the indicator, the kind of value and the full source. */
    public record Source(String key, String indicator, String kind, String text, String licence, String note) {
    }

    /** Which WDI country's rates are a currency's rates, and for which years. */
    public record Served(Currency currency, String country, Period years, String name, String note, String where) {
    }

    /** Where a country's rows are in a table: the line of the first, and the byte range after the header. */
    record Slice(long line, long offset, long length) {
    }

    private final DataSet data;
    private Map<String, Source> sources;
    private Map<Currency, Served> currencies;
    private Map<String, Served> byCountry;
    private Map<Table, Map<String, Slice>> index;
    private final Map<String, TreeMap<Integer, ReferenceValue>> loaded = new LinkedHashMap<>();

    private WdiTables(DataSet data) {
        this.data = data;
    }

    /** The WDI tables of a data set, or none when it has no {@code wdi-fx.csv}. */
    public static Optional<WdiTables> of(DataSet data) {
        return data.has(Table.FX.table()) ? Optional.of(new WdiTables(data)) : Optional.empty();
    }

    // ---- lookups ---------------------------------------------------------------------------

    /** The WDI rate for a currency in a year (units per USD), if a country's series serves it then. */
    public Optional<ExchangeRates.Rate> rate(Currency c, int year) {
        Served s = served(c).orElse(null);
        if (s == null || !s.years().contains(year)) {
            return Optional.empty();
        }
        ReferenceValue v = series(Table.FX, s.country()).get(year);
        if (v == null) {
            return Optional.empty();
        }
        String unit = c + " per USD";
        return Optional.of(new ExchangeRates.Rate(c, ExchangeRates.Quote.PER_USD, new ReferenceValue(unit, year, Period.of(year),
                v.value(), unit, v.kind() + "; " + s.country() + " (" + s.name() + ")", v.source(), v.note(), v.where())));
    }

    /** Whether a WDI series serves the currency in some year. */
    public boolean serves(Currency c) {
        return served(c).isPresent();
    }

    /** The currencies WDI series serve. */
    public Set<Currency> currencies() {
        loadCurrencies();
        return currencies.keySet();
    }

    /** The country whose series serves a currency, if any. */
    public Optional<Served> served(Currency c) {
        loadCurrencies();
        return Optional.ofNullable(currencies.get(c));
    }

    /** The currency a country's rates are in (its last currency: EUR for Germany), if any. */
    public Optional<Served> currencyOf(String country) {
        loadCurrencies();
        return Optional.ofNullable(byCountry.get(country.toUpperCase(Locale.ROOT)));
    }

    /**
     * The currency a country's WDI rate of a year is in: the currency it serves for that year; after
     * those years, the currency that one was redenominated into (a euro member's rows from its
     * adoption year hold EUR per USD, not its legacy currency); "LCU" when neither says.
     */
    public String currencyIn(String country, int year) {
        Served s = currencyOf(country).orElse(null);
        if (s == null) {
            return "LCU";
        }
        if (year > s.years().last() && data.has(ReferenceData.REDENOMINATIONS)) {
            if (redenominations == null) {
                redenominations = Redenominations.read(data.table(ReferenceData.REDENOMINATIONS));
            }
            Optional<Redenominations.Link> l = redenominations.from(s.currency());
            if (l.isPresent() && year >= l.get().date().getYear()) {
                return l.get().to().code();
            }
        }
        return s.currency().code();
    }

    /** The years of a currency's WDI rates. */
    public List<Period> years(Currency c) {
        Served s = served(c).orElse(null);
        List<Period> years = new ArrayList<>();
        if (s != null) {
            for (int y : series(Table.FX, s.country()).keySet()) {
                if (s.years().contains(y)) {
                    years.add(Period.of(y));
                }
            }
        }
        return years;
    }

    /** A country's value of a table in a year ({@code CPI:SYR 2005}). */
    public Optional<ReferenceValue> value(Table t, String country, int year) {
        return Optional.ofNullable(series(t, country).get(year));
    }

    /** Whether the table has any row for the country. */
    public boolean has(Table t, String country) {
        return !series(t, country).isEmpty();
    }

    /** A country's rows of a table, by year (empty when it has none). */
    public TreeMap<Integer, ReferenceValue> series(Table t, String country) {
        String c = country.toUpperCase(Locale.ROOT);
        String key = t.key + "|" + c;
        TreeMap<Integer, ReferenceValue> s = loaded.get(key);
        if (s == null) {
            Map<String, Slice> slices = index(t);
            s = new TreeMap<>();
            if (slices != null) {
                Slice at = slices.get(c);
                if (at != null) {
                    read(t, slice(t, at), c, s);
                }
            } else {
                read(t, data.table(t.table()), c, s);
            }
            loaded.put(key, s);
        }
        return s;
    }

    /** The countries a table has rows for, in file order. */
    public List<String> countries(Table t) {
        Map<String, Slice> slices = index(t);
        if (slices != null) {
            return List.copyOf(slices.keySet());
        }
        Set<String> all = new java.util.LinkedHashSet<>();
        CsvTable.of(data.table(t.table()), "country").forEach(row -> all.add(row.required("country")));
        return List.copyOf(all);
    }

    /** The source of a key. */
    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources().get(key));
    }

    /** Every source key with its source. */
    public Map<String, Source> sources() {
        if (sources == null) {
            Map<String, Source> m = new LinkedHashMap<>();
            CsvTable.of(data.table(SOURCES), "key", "indicator", "kind", "source").forEach(row -> {
                Source s = new Source(row.required("key"), row.required("indicator"), row.text("kind"), row.required("source"),
                        row.text("licence"), row.text("note"));
                if (m.putIfAbsent(s.key(), s) != null) {
                    throw row.error("key", "source key '" + s.key() + "' is stated twice");
                }
            });
            sources = m;
        }
        return sources;
    }

    // ---- reading ---------------------------------------------------------------------------

    private void read(Table t, TableSource source, String country, TreeMap<Integer, ReferenceValue> into) {
        CsvTable.of(source, "country", "year", t.column, "source").forEach(row -> {
            String c = row.required("country");
            if (!c.equals(country)) {
                if (index == null) {
                    return;
                }
                throw row.error("country", "'" + c + "' is in the rows " + INDEX + " gives for " + country + " (rebuild the index)");
            }
            int year = row.year("year");
            BigDecimal value = ExchangeRates.positive(row, t.column);
            String key = row.required("source");
            Source s = source(key).orElseThrow(() -> row.error("source", "unknown source key '" + key + "' (not in " + SOURCES + ")"));
            String lcu = t == Table.FX ? currencyIn(c, year) : "";
            String series = t == Table.FX ? lcu + " per USD (" + c + ")" : t.prefix() + c;
            ReferenceValue v = new ReferenceValue(series, year, Period.of(year), value, t == Table.FX ? lcu + " per USD" : "",
                    s.kind(), s.text() + "; licence " + s.licence(), s.kind().contains("derived")
                            ? "derived, not a published level (source " + s.key() + " in " + SOURCES + ")"
                            : s.note().startsWith("CAUTION") ? s.note() : "", row.where());
            if (into.put(year, v) != null) {
                throw row.error("year", c + " " + year + " is stated twice");
            }
        });
    }

    /**
     * A country's rows as a table of their own: the header, then as many blank lines as come before
     * the rows in the file (the CSV reader skips blank lines but counts them, so every message names
     * the row's own line), then the rows' bytes.
     */
    private TableSource slice(Table t, Slice at) {
        TableSource whole = data.table(t.table());
        return TableSource.of(whole.name(), () -> {
            InputStream in = whole.open();
            try {
                byte[] header = readLine(in);
                skip(in, at.offset() - header.length, whole.name());
                byte[] rows = in.readNBytes((int) at.length());
                in.close();
                if (rows.length != at.length()) {
                    throw new InputException(whole.name(), 0, INDEX + " gives bytes past the end of the table (rebuild the index)");
                }
                byte[] blank = "\n".repeat((int) Math.max(0, at.line() - 2)).getBytes(StandardCharsets.US_ASCII);
                return new SequenceInputStream(new ByteArrayInputStream(header),
                        new SequenceInputStream(new ByteArrayInputStream(blank), new ByteArrayInputStream(rows)));
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        });
    }

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int ch = in.read(); ch >= 0; ch = in.read()) {
            b.write(ch);
            if (ch == '\n') {
                break;
            }
        }
        return b.toByteArray();
    }

    private static void skip(InputStream in, long n, String name) throws IOException {
        if (n < 0) {
            throw new InputException(name, 0, INDEX + " gives an offset inside the header (rebuild the index)");
        }
        in.skipNBytes(n);
    }

    /** The byte ranges of a table's countries, or null when the data set has no index. */
    private Map<String, Slice> index(Table t) {
        if (index == null) {
            if (!data.has(INDEX)) {
                return null;
            }
            Map<Table, Map<String, Slice>> m = new LinkedHashMap<>();
            for (Table x : Table.values()) {
                m.put(x, new LinkedHashMap<>());
            }
            CsvTable.of(data.table(INDEX), "table", "country", "line", "offset", "length").forEach(row -> {
                Table x = null;
                for (Table y : Table.values()) {
                    if (y.key.equals(row.required("table"))) {
                        x = y;
                    }
                }
                if (x == null) {
                    throw row.error("table", "'" + row.text("table") + "' is not a WDI table (expected wdi-fx, wdi-cpi or wdi-deflator)");
                }
                Slice s = new Slice(number(row, "line"), number(row, "offset"), number(row, "length"));
                if (m.get(x).put(row.required("country"), s) != null) {
                    throw row.error("country", x.key + " " + row.text("country") + " is indexed twice");
                }
            });
            index = m;
        }
        return index.get(t);
    }

    private static long number(Row row, String column) {
        String s = row.required(column);
        try {
            long v = Long.parseLong(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error(column, "'" + s + "' is not a whole number of zero or more");
    }

    private Redenominations redenominations;

    private void loadCurrencies() {
        if (currencies != null) {
            return;
        }
        Map<Currency, Served> m = new TreeMap<>();
        Map<String, Served> countries = new TreeMap<>();
        if (data.has(CURRENCIES)) { // rates without currencies.csv serve no currency
            readCurrencies(m, countries);
        }
        currencies = m;
        byCountry = countries;
    }

    private void readCurrencies(Map<Currency, Served> m, Map<String, Served> countries) {
        CsvTable.of(data.table(CURRENCIES), "currency", "country", "year", "source").forEach(row -> {
            String code = row.required("currency");
            Currency c = Currency.lookup(code);
            if (c == null) {
                throw row.error("currency", "unknown currency code '" + code + "'");
            }
            String key = row.required("source");
            if (source(key).isEmpty()) {
                throw row.error("source", "unknown source key '" + key + "' (not in " + SOURCES + ")");
            }
            Period years;
            try {
                years = row.period("year");
            } catch (CalcException e) {
                throw row.error("year", e.getMessage());
            }
            Served s = new Served(c, row.required("country"), years, row.text("name"), row.text("note"), row.where());
            if (m.putIfAbsent(c, s) != null) {
                throw row.error("currency", c + " is served twice (one country per currency, so that no lookup mixes two series)");
            }
            Served before = countries.get(s.country());
            if (before == null || before.years().last() < years.last()) {
                countries.put(s.country(), s);
            }
        });
    }

    /** The distinct countries of every table, sorted. */
    public Set<String> allCountries() {
        Set<String> all = new TreeSet<>();
        for (Table t : Table.values()) {
            all.addAll(countries(t));
        }
        return all;
    }

    /** A country's series in a table: its years and the sources of its rows. */
    public record Summary(String country, java.util.SortedSet<Integer> years, Set<String> sources) {
    }

    /** Every country's series of a table, read in one pass ({@code figures data}). */
    public List<Summary> summaries(Table t) {
        Map<String, Summary> out = new LinkedHashMap<>();
        CsvTable.of(data.table(t.table()), "country", "year", t.column, "source").forEach(row -> {
            Summary s = out.computeIfAbsent(row.required("country"), c -> new Summary(c, new TreeSet<>(), new java.util.LinkedHashSet<>()));
            s.years().add(row.year("year"));
            String key = row.required("source");
            s.sources().add(source(key).map(Source::text).orElseThrow(() -> row.error("source", "unknown source key '" + key + "'")));
        });
        return List.copyOf(out.values());
    }

    /** Reads a table whole, for {@code figures data} and the index check: rows per country, in file order. */
    public Map<String, TreeMap<Integer, ReferenceValue>> all(Table t) {
        Map<String, TreeMap<Integer, ReferenceValue>> out = new LinkedHashMap<>();
        for (String c : countries(t)) {
            out.put(c, series(t, c));
        }
        return out;
    }
}
