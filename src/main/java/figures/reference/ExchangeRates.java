package figures.reference;

import figures.model.Coverage;
import figures.model.ReferenceValue;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.Period;
import figures.table.CsvTable;
import figures.table.Row;
import figures.table.TableSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Annual exchange rates against the US dollar ({@code reference/fx.csv}: currency, year, rate,
 * quote, kind, source, note). A row's year may be a span (a fixed parity such as SUR 1961-1971).
 * Each currency and year has at most one row, so a lookup never mixes two sources.
 */
public final class ExchangeRates implements figures.calc.References.Rates {
    /** Which way a published rate is quoted. */
    public enum Quote {
        /** Units of the currency per 1 US dollar (SUR, RUB, SYP). */
        PER_USD,
        /** US dollars per 1 unit of the currency (GBP, EUR). */
        USD_PER;

        /** {@code per_usd}, {@code usd_per}, as the rate tables write it. */
        @Override
        public String toString() {
            return figures.model.EnumWords.lower(this);
        }
    }

    /** A rate as published, with its direction and provenance. */
    public record Rate(Currency currency, Quote quote, ReferenceValue value) implements figures.calc.References.Rate {
        @Override
        public boolean perUsdQuote() {
            return quote == Quote.PER_USD;
        }

        /** The rate as published. */
        public BigDecimal published() {
            return value.value();
        }

        /** Units of the currency per 1 USD: the published value, or its inverse (exact when it terminates, else 34 significant digits). */
        public BigDecimal perUsd() {
            return quote == Quote.PER_USD ? published() : invert(published());
        }

        /** Whether {@link #perUsd()} had to be rounded to 34 significant digits. */
        public boolean perUsdRounded() {
            return quote == Quote.USD_PER && !terminates(published());
        }

        /** {@code 0.90 SUR per USD} or {@code 1.6382 USD per GBP}, as published. */
        public String text() {
            return published().toPlainString() + " " + value.unit();
        }

        Rate withYear(int year) {
            ReferenceValue v = value;
            return new Rate(currency, quote, new ReferenceValue(v.series(), year, v.covers(), v.value(), v.unit(), v.kind(),
                    v.source(), v.note(), v.where()));
        }
    }

    private final String name;
    private final Map<Currency, List<Rate>> rows;
    /** The WDI rates of every country, for the currencies and years this table lacks (null: none). */
    private final WdiTables wdi;

    private ExchangeRates(String name, Map<Currency, List<Rate>> rows, WdiTables wdi) {
        this.name = name;
        this.rows = rows;
        this.wdi = wdi;
    }

    /** This table, with the WDI rates filling the currencies and years it has no row for. */
    public ExchangeRates withWdi(WdiTables tables) {
        return new ExchangeRates(name, rows, tables);
    }

    /** Reads and checks the table: known currencies, positive rates, a quote, a source, no overlapping years. */
    public static ExchangeRates read(TableSource source) {
        Map<Currency, List<Rate>> rows = new TreeMap<>();
        Map<Currency, List<Long>> lines = new TreeMap<>();
        CsvTable.of(source, "currency", "year", "rate", "quote", "source").forEach(row -> {
            Currency c = currency(row);
            Period years = row.period("year");
            BigDecimal rate = positive(row, "rate");
            Quote quote = quote(row);
            String src = row.required("source");
            String unit = quote == Quote.PER_USD ? c.code() + " per USD" : "USD per " + c.code();
            ReferenceValue v = new ReferenceValue(unit, years.first(), years, rate, unit,
                    row.text("kind"), src, row.text("note"), row.where());
            List<Rate> list = rows.computeIfAbsent(c, k -> new ArrayList<>());
            List<Long> at = lines.computeIfAbsent(c, k -> new ArrayList<>());
            for (int i = 0; i < list.size(); i++) {
                Period other = list.get(i).value().covers();
                if (other.first() <= years.last() && years.first() <= other.last()) {
                    throw row.error("year", c + " " + years + " overlaps the " + c + " row for " + other + " on line " + at.get(i)
                            + " (one row per currency and year, so that no lookup mixes two sources)");
                }
            }
            list.add(new Rate(c, quote, v));
            at.add(row.line());
        });
        return new ExchangeRates(source.name(), rows, null);
    }

    private static Currency currency(Row row) {
        String code = row.required("currency");
        Currency c = Currency.lookup(code);
        if (c == null) {
            throw row.error("currency", "unknown currency code '" + code + "' (expected an ISO 4217 code such as GBP, EUR, RUB, SUR, SYP)");
        }
        if (c.equals(Currency.USD)) {
            throw row.error("currency", "USD needs no rate against itself");
        }
        return c;
    }

    static BigDecimal positive(Row row, String column) {
        BigDecimal v;
        try {
            v = Decimals.parse(row.required(column));
        } catch (CalcException e) {
            throw row.error(column, e.getMessage());
        }
        if (v.signum() <= 0) {
            throw row.error(column, "'" + row.text(column) + "' must be greater than zero");
        }
        return v;
    }

    private static Quote quote(Row row) {
        String q = row.required("quote").toLowerCase(Locale.ROOT);
        for (Quote x : Quote.values()) {
            if (x.toString().equals(q)) {
                return x;
            }
        }
        throw row.error("quote", "'" + row.text("quote") + "' is not a quote (expected per_usd: units per USD, or usd_per: USD per unit)");
    }

    /** The table's name, for messages ({@code data/reference/fx.csv}). */
    public String name() {
        return name;
    }

    /** The rate for a currency in a year: this table's row, else the WDI rate of the country whose currency it is. */
    public Optional<Rate> find(Currency c, int year) {
        for (Rate r : rows.getOrDefault(c, List.of())) {
            if (r.value().covers().contains(year)) {
                return Optional.of(r.withYear(year));
            }
        }
        return wdi == null ? Optional.empty() : wdi.rate(c, year);
    }

    /** Whether the table (or WDI) has any rate for the currency. */
    public boolean has(Currency c) {
        return rows.containsKey(c) || (wdi != null && wdi.serves(c));
    }

    /** The currencies the table (and WDI) have rates for. */
    public Set<Currency> currencies() {
        if (wdi == null) {
            return rows.keySet();
        }
        Set<Currency> all = new java.util.TreeSet<>(rows.keySet());
        all.addAll(wdi.currencies());
        return all;
    }

    @Override
    public Optional<Boolean> quotesPerUsd(Currency c) {
        return quoteOf(c).map(q -> q == Quote.PER_USD);
    }

    /** How the table quotes a currency (the direction of its rows), if it has any; WDI rates are per USD. */
    public Optional<Quote> quoteOf(Currency c) {
        List<Rate> list = rows.get(c);
        if (list == null) {
            return wdi != null && wdi.serves(c) ? Optional.of(Quote.PER_USD) : Optional.empty();
        }
        return Optional.of(list.get(0).quote());
    }

    /** The years the table has for a currency: {@code 1961-1971 and 1985-1990} (and WDI's years, named as such). */
    public String coverage(Currency c) {
        String own = Coverage.text(rows.getOrDefault(c, List.of()).stream().map(r -> r.value().covers()).toList());
        if (wdi == null || !wdi.serves(c)) {
            return own;
        }
        List<Period> extra = new ArrayList<>();
        for (Period y : wdi.years(c)) {
            if (find(c, y.first()).map(r -> r.value().where().startsWith(name)).orElse(false)) {
                continue;
            }
            extra.add(y);
        }
        if (extra.isEmpty()) {
            return own;
        }
        String w = Coverage.text(extra) + " (WDI, " + wdi.served(c).orElseThrow().country() + ")";
        return rows.containsKey(c) ? own + "; " + w : w;
    }

    static BigDecimal invert(BigDecimal v) {
        return Decimals.divide(BigDecimal.ONE, v);
    }

    static boolean terminates(BigDecimal v) {
        try {
            BigDecimal.ONE.divide(v);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
