package figures.cli;

import figures.model.Currency;
import figures.model.Period;
import figures.model.UsageException;
import figures.model.Coverage;
import figures.reference.ExchangeRates;
import figures.reference.PriceIndexes;
import figures.reference.ReferenceData;
import figures.model.ReferenceValue;
import figures.reference.WdiTables;
import figures.render.Column;
import figures.render.ResultTable;
import figures.table.DataSet;
import figures.table.TableSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code figures data}: the tables and reference series in use, with rows, years covered and
 * sources; {@code figures data SERIES} (a currency, a country or a price index) its values year by year.
 */
@Command(name = "data",
        description = {"Lists the tables of the data set in use (bundled, or --data DIR) and every reference series:",
            "rows, years covered (runs: a gap is where one run ends and the next begins) and sources.",
            "With a currency (INR), a country (IND) or a price index (cpi:IND, deflator:IND, us-cpi-u): that series year by year.",
            "--explain (or a machine format) shows the sources in full."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures data", "  figures data SYP", "  figures data SYR", "  figures data cpi:SYR --format csv",
            "  figures --data my-tables data"})
public final class DataCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "SERIES",
            description = "A currency (SYP), a country (SYR: its exchange rate, CPI and GDP deflator) or a price index (cpi:SYR).")
    String series;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        DataSet data = g.dataSet(root.context());
        ResultTable table = series == null ? list(data) : one(data, series.strip());
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), table);
    }

    private static ResultTable list(DataSet data) {
        ResultTable.Builder b = ResultTable.builder("data: " + data.describe(),
                Column.of("table"), Column.of("series"), Column.of("rows"), Column.of("years"), Column.of("sources"),
                Column.detail("source"));
        for (String name : data.tableNames()) {
            for (TableSummary.Series s : TableSummary.of(data.table(name))) {
                b.row(name, s.series(), (long) s.rows(), s.covered(), (long) s.sources().size(), String.join("; ", s.sources()));
            }
        }
        Optional<WdiTables> wdi = WdiTables.of(data);
        if (wdi.isPresent()) {
            WdiTables w = wdi.get();
            for (WdiTables.Table t : WdiTables.Table.values()) {
                for (WdiTables.Summary s : w.summaries(t)) {
                    String label = t == WdiTables.Table.FX ? s.country() + w.currencyOf(s.country()).map(c -> " (" + c.currency() + ")").orElse("")
                            : t.prefix() + s.country();
                    List<Period> years = s.years().stream().map(Period::of).toList();
                    b.row(t.table(), label, (long) s.years().size(), runs(years), (long) s.sources().size(),
                            String.join("; ", s.sources()));
                }
            }
            b.note(w.currencies().size() + " currencies have WDI rates (figures data CUR shows one; the series column gives the currency "
                    + "each country's rates are in)");
        }
        return b.build();
    }

    private static String runs(List<Period> years) {
        return String.join(", ", Coverage.runs(years).stream().map(Period::toString).toList());
    }

    /** One series year by year: a price index, a currency's rates, or a country's three WDI series. */
    private static ResultTable one(DataSet data, String name) {
        ReferenceData ref = ReferenceData.of(data);
        ResultTable.Builder b = ResultTable.builder("data: " + name,
                Column.of("series"), Column.of("year"), Column.of("value"), Column.of("unit"), Column.of("kind"), Column.of("where"),
                Column.detail("source"));
        String upper = name.toUpperCase(Locale.ROOT);
        PriceIndexes idx = ref.indexes();
        Optional<WdiTables> wdi = WdiTables.of(data);
        if (idx.has(upper) || idx.has(name)) {
            index(b, idx, idx.has(name) ? name : upper);
        } else if (Currency.isCurrency(name) && ref.fx().has(Currency.of(name))) {
            Currency c = Currency.of(name);
            rates(b, ref.fx(), c, wdi);
            idx.seriesFor(c).ifPresent(s -> b.note(c + " prices: " + s + " (figures data " + s.toLowerCase(Locale.ROOT) + ")"));
        } else if (wdi.isPresent() && upper.matches("[A-Z]{3}") && wdi.get().allCountries().contains(upper)) {
            WdiTables w = wdi.get();
            TreeMap<Integer, ReferenceValue> fx = w.series(WdiTables.Table.FX, upper);
            fx.values().forEach(v -> row(b, v));
            b.note(upper + " exchange rate: " + (fx.isEmpty() ? "no years" : Coverage.text(years(fx)))
                    + w.currencyOf(upper).map(c -> " (its rates are " + c.currency() + " rates for " + c.years()
                            + (fx.isEmpty() || w.currencyIn(upper, fx.lastKey()).equals(c.currency().code()) ? ""
                                    : ", " + w.currencyIn(upper, fx.lastKey()) + " rates from " + (c.years().last() + 1)) + ")")
                    .orElse(" (its rates serve no currency: see data/reference/README.md)"));
            for (WdiTables.Table t : List.of(WdiTables.Table.CPI, WdiTables.Table.DEFLATOR)) {
                index(b, idx, t.prefix() + upper);
            }
        } else if (Currency.isCurrency(name) && ref.redenominations().from(Currency.of(name)).isPresent()) {
            // RUR, DEM...: a currency with no rates of its own, converted through the one that replaced it
            var link = ref.redenominations().from(Currency.of(name)).get();
            throw new UsageException("'" + name + "' has no rates of its own in " + data.describe() + ": it is converted through "
                    + link.to() + " (1 " + link.to() + " = " + link.factor().stripTrailingZeros().toPlainString() + " " + link.from()
                    + " from " + link.date() + "); figures data " + link.to() + " shows those rates");
        } else {
            throw new UsageException("'" + name + "' is no series of " + data.describe() + " (expected a currency with rates "
                    + "such as SYP, a country such as SYR, or a price index such as cpi:SYR or us-cpi-u; figures data lists them)");
        }
        return b.build();
    }

    private static void rates(ResultTable.Builder b, ExchangeRates fx, Currency c, Optional<WdiTables> wdi) {
        List<Integer> years = new ArrayList<>();
        for (int y = 1900; y <= 2100; y++) {
            Optional<ExchangeRates.Rate> r = fx.find(c, y);
            if (r.isPresent()) {
                row(b, r.get().value());
                years.add(y);
            }
        }
        b.note(c + " rates: " + Coverage.text(years.stream().map(Period::of).toList())
                + wdi.flatMap(w -> w.served(c)).map(s -> " (WDI rows from " + s.country() + ", " + s.name() + ", where "
                + fx.name() + " has none)").orElse(""));
    }

    private static void index(ResultTable.Builder b, PriceIndexes idx, String name) {
        List<Period> years = new ArrayList<>();
        for (int y = 1900; y <= 2100; y++) {
            Optional<ReferenceValue> v = idx.find(name, y);
            if (v.isPresent()) {
                row(b, v.get());
                years.add(Period.of(y));
            }
        }
        b.note(name + ": " + Coverage.text(years));
    }

    private static List<Period> years(TreeMap<Integer, ReferenceValue> s) {
        return s.keySet().stream().map(Period::of).toList();
    }

    private static void row(ResultTable.Builder b, ReferenceValue v) {
        b.row(v.series(), String.valueOf(v.year()), v.value().toPlainString(), v.unit(), v.kind(), v.where(), v.source());
    }
}
