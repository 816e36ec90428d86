package figures.cli;

import figures.calc.Conversion;
import figures.calc.ConversionComparison;
import figures.chart.TableChart;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.InputException;
import figures.model.Period;
import figures.model.UsageException;
import figures.model.MissingReference;
import figures.reference.ReferenceData;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.Renderer;
import figures.render.ResultTable;
import figures.table.CsvTable;
import figures.table.DataSet;
import figures.table.Row;
import figures.table.TableSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code figures compare}: figures side by side on one basis, or a table with every row's value normalised. */
@Command(name = "compare",
        description = {"Figures side by side on one basis: converted values, differences, ratios, shares.",
            "Each amount as given, its value in --to CUR@YEAR, the difference from and ratio",
            "to the first, and its share of the total. Conversions work as in",
            "'figures convert' (same options).",
            "Given one FILE instead (an exports, loans or debts table, or any table with an",
            "amount and a year or period column), adds the converted value to every row;",
            "a row whose rate or index is missing is left empty with a note (exit 3)."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures compare \"120m SUR@1966\" \"138m USD@2002\" --to USD@2024",
            "      1.291 bn vs 240.6 m USD@2024: ratio 0.1864, shares 84.29%% and 15.71%%",
            "  figures compare data/exports.csv --to USD@2024",
            "  figures compare aid.csv --value amount_usd --year fiscal_year --to USD@2024",
            "  figures compare data/exports.csv --to USD@2024 --chart exports.svg"})
public final class CompareCommand implements Callable<Integer> {
    /** Columns tried, in order, for the amount and the year when --value / --year are not given. */
    private static final List<String> VALUE_COLUMNS = List.of("value", "amount", "principal", "debt");
    private static final List<String> YEAR_COLUMNS = List.of("period", "year");
    private static final Set<String> DETAIL_COLUMNS = Set.of("note", "source");

    @ParentCommand
    Figures root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "AMOUNT|FILE",
            description = "Two or more amounts (\"120m SUR@1966\" \"138m USD@2002\"), or one table (- for stdin).")
    List<String> args;

    @Option(names = "--value", paramLabel = "COL", description = "Table mode: the amount column (default: value, amount, principal or debt).")
    String valueColumn;

    @Option(names = "--year", paramLabel = "COL", description = "Table mode: the year or period column (default: period or year).")
    String yearColumn;

    @Mixin
    ConversionOptions options;

    @Mixin
    ChartOption chart;

    @Mixin
    DelimiterOption delimiter;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        chart.wanted();
        DataSet data = g.dataSet(root.context());
        if (args.size() == 1) {
            return table(g, data, tableSource(args.get(0)));
        }
        if (valueColumn != null || yearColumn != null) {
            throw new UsageException("--value and --year name the columns of a table; give one FILE with them, not amounts");
        }
        List<Amount> amounts = new ArrayList<>();
        for (String a : args) {
            try {
                amounts.add(Amount.parse(a));
            } catch (CalcException e) {
                throw new UsageException("AMOUNT: " + e.getMessage());
            }
        }
        ResultTable result = adHoc(ReferenceData.of(data), amounts);
        drawChart(result, "the figures as given");
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), result);
    }

    /** --chart: the converted values as bars, on the common basis the value axis names. */
    private void drawChart(ResultTable result, String given) {
        chart.draw(root.context(), () -> {
            List<String> sources = TableChart.sources(result);
            return TableChart.bars(result, "converted", "Source: " + given + (sources.isEmpty() ? "" : "; " + String.join("; ", sources))
                    + "; converted by figures compare");
        });
    }

    private ResultTable adHoc(ReferenceData ref, List<Amount> amounts) {
        if (options.rate != null && options.rate.unit() == null) {
            Set<Currency> others = new TreeSet<>();
            amounts.forEach(a -> a.currency().ifPresent(others::add));
            others.add(options.target.currency());
            others.remove(Currency.USD);
            if (others.size() > 1) {
                throw new UsageException("--rate " + options.rate + ": the amounts involve " + others.size() + " currencies besides USD; "
                        + "say which the rate is for, e.g. --rate \"" + options.rate + " " + others.iterator().next() + " per USD\"");
            }
        }
        Conversion conversion = options.conversion(ref);
        List<Conversion.Result> results = new ArrayList<>();
        for (Amount a : amounts) {
            results.add(conversion.convert(a, options.target));
        }
        options.checkRateUsed(results);
        ConversionComparison cmp = ConversionComparison.of(results);
        List<Column> columns = new ArrayList<>(List.of(Column.money("amount", "currency"), Column.money("converted", "to_currency"),
                Column.money("difference", "to_currency"), Column.of("ratio"), Column.of("share_pct")));
        boolean given = options.givesValues();
        if (given) { // what the user gave instead of the tables, shown beside the figures it changed
            columns.add(Column.of("given"));
        }
        columns.addAll(List.of(Column.detail("method"), Column.detail("rates"), Column.detail("price_index"), Column.detail("sources")));
        ResultTable.Builder b = ResultTable.builder("compare in " + options.target, columns);
        if (options.latestNote != null) {
            b.note(options.latestNote);
        }
        for (ConversionComparison.Line l : cmp.lines()) {
            Conversion.Result r = l.result();
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(r.amount(), r.converted(), l.difference(), l.ratio(), l.share()));
            if (given) {
                cells.add(ConversionOptions.given(r));
            }
            cells.addAll(java.util.Arrays.asList(ConversionOptions.method(r), ConversionOptions.rates(r), ConversionOptions.indexes(r),
                    ConversionOptions.sources(r)));
            b.row(cells.toArray());
            for (String step : r.steps()) {
                b.step(r.amount() + ": " + step);
            }
            r.notes().forEach(b::note);
        }
        b.note("total " + HumanNumbers.amount(cmp.total(), root.global().renderOptions(root.context())) + " ("
                + (cmp.mixedSigns() ? "no shares: the figures differ in sign; " : "shares are of this total; ")
                + "difference and ratio are to the first figure, " + HumanNumbers.amount(results.get(0).converted(), root.global().renderOptions(root.context())) + ")");
        return b.build();
    }

    /** Most rows of a table converted in one run: they are held to align the output (about 300 MB for the most). */
    static final int MAX_ROWS = 50_000;

    private int table(GlobalOptions g, DataSet data, TableSource source) {
        if (options.rate != null) {
            throw new UsageException("--rate replaces one lookup, so it applies to amounts, not to a table (rows differ in currency and year)");
        }
        if (options.weights != null) {
            throw new UsageException("--weights applies to one amount over a span, not to a table");
        }
        Conversion conversion = options.conversion(ReferenceData.of(data));
        List<String> passThrough = new ArrayList<>();
        String[] cols = new String[2];
        List<Object[]> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        java.util.Set<String> notes = new java.util.LinkedHashSet<>(); // many rows, few distinct notes: not one per row held
        boolean explain = g.explain;
        List<Row> read = new ArrayList<>();
        CsvTable.of(source).forEach(h -> {
            cols[0] = column(h, valueColumn, VALUE_COLUMNS, "--value", "amount", source);
            cols[1] = column(h, yearColumn, YEAR_COLUMNS, "--year", "year or period", source);
            for (String name : h.names()) {
                if (!name.equals(cols[0]) && !name.equals("currency")) {
                    passThrough.add(name);
                }
            }
        }, row -> {
            // read and checked first, all rows, converted after: the row limit is met before any conversion is done
            if (read.size() == MAX_ROWS) {
                throw new InputException(row.file(), row.line(), "more than " + MAX_ROWS + " rows: figures compare converts at most "
                        + MAX_ROWS + " rows at a time (it holds them to align the output); split the table");
            }
            read.add(row);
        });
        chart.limitBars(read.size()); // a chart of too many rows refused before any is converted
        for (int k = 0; k < read.size(); k++) {
            Row row = read.get(k);
            read.set(k, null);
            Amount amount = amount(row, cols[0], cols[1]);
            Object[] cells = new Object[passThrough.size() + 5];
            int i = 0;
            for (String name : passThrough) {
                cells[i++] = row.text(name).isEmpty() ? null : row.text(name);
            }
            cells[i++] = amount;
            try {
                Conversion.Result r = conversion.convert(amount, options.target);
                cells[i++] = r.converted();
                cells[i++] = ConversionOptions.method(r);
                cells[i++] = ConversionOptions.rates(r);
                cells[i] = ConversionOptions.indexes(r);
                for (String step : explain ? r.steps() : List.<String>of()) { // held only when they are shown
                    steps.add(row.where() + ": " + step);
                }
                notes.addAll(r.notes());
            } catch (MissingReference e) {
                // --rate is for one amount: point at converting the row alone rather than at an option table mode refuses
                failures.add(row.where() + ": " + (e.option().startsWith("--rate")
                        ? e.problem() + "; to give a rate, convert the row alone: figures convert \"" + amount + "\" --to " + options.target
                                + " " + e.option()
                        : e.getMessage()));
            } catch (CalcException e) {
                throw new InputException(row.file(), row.line(), "column '" + cols[0] + "': " + e.getMessage());
            }
            rows.add(cells);
        }
        List<Column> own = List.of(Column.money(cols[0], "currency"), Column.money("converted", "to_currency"),
                Column.detail("method"), Column.detail("rates"), Column.detail("price_index"));
        List<String> renamed = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> shown = PassThrough.shown(passThrough, own, renamed); // a table column named like one of ours
        for (int k = 0; k < shown.size(); k++) {
            columns.add(DETAIL_COLUMNS.contains(passThrough.get(k)) ? Column.detail(shown.get(k)) : Column.of(shown.get(k)));
        }
        columns.addAll(own);
        ResultTable.Builder b = ResultTable.builder("compare " + source.name() + " in " + options.target, columns);
        if (options.latestNote != null) {
            b.note(options.latestNote);
        }
        renamed.forEach(b::note);
        for (Object[] cells : rows) {
            b.row(cells);
        }
        steps.forEach(b::step);
        notes.forEach(b::note);
        failures.forEach(b::note);
        ResultTable result = b.build();
        if (failures.isEmpty()) {
            drawChart(result, source.name()); // a chart with bars missing is not drawn, as -o is not written
        }
        boolean keep = !failures.isEmpty() && g.output() != null; // a failed run leaves an existing -o file as it was
        if (keep && !g.quiet()) {
            Renderer.notes(result, root.spec.commandLine().getErr());
        }
        int code = keep ? 0 : Output.emit(g, root.context(), root.spec.commandLine().getOut(), result);
        if (!failures.isEmpty()) {
            PrintWriter err = root.spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + failures.size() + " of " + rows.size()
                    + " rows of " + source.name() + " could not be converted for want of reference data; their cells are empty (see the notes)"
                    + (keep ? "; -o " + g.output() + " not written" : "") + (chart.wanted() ? "; --chart " + chart.file + " not drawn" : ""));
            err.flush();
            return InputException.BAD_INPUT;
        }
        return code;
    }

    /** The one argument as a table; an amount given alone is a usage error, not a missing file. */
    private TableSource tableSource(String arg) {
        Context ctx = root.context();
        if (!arg.equals("-") && !java.nio.file.Files.exists(ctx.cwd().resolve(arg))) {
            try {
                Amount.parse(arg);
                throw new UsageException("compare needs at least two amounts, or one table (got only '" + arg + "')");
            } catch (CalcException notAnAmount) {
                // not an amount either: report the missing file
            }
        }
        return delimiter.apply(TableSource.file(arg, ctx.cwd(), ctx.stdin()));
    }

    private static String column(CsvTable.Header h, String given, List<String> defaults, String option, String what, TableSource source) {
        if (given != null) {
            String c = given.strip().toLowerCase(java.util.Locale.ROOT);
            if (!h.has(c)) {
                throw new UsageException(option + ": " + source.name() + " has no column '" + given + "' (columns: " + String.join(", ", h.names()) + ")");
            }
            return c;
        }
        for (String c : defaults) {
            if (h.has(c)) {
                return c;
            }
        }
        throw new InputException(source.name(), 1, "no " + what + " column (looked for " + String.join(", ", defaults) + "; columns: "
                + String.join(", ", h.names()) + "); name it with " + option + " COL");
    }

    /** The row's amount with the row's year or period as its price basis. */
    private static Amount amount(Row row, String valueCol, String yearCol) {
        Amount a = row.requiredAmount(valueCol);
        Period p = row.period(yearCol);
        if (a.priceBasis().isPresent() && !a.priceBasis().get().equals(p)) {
            throw row.error(valueCol, "'" + row.text(valueCol) + "' is in prices of " + a.priceBasis().get() + " but column '" + yearCol
                    + "' says " + p);
        }
        if (a.currency().isEmpty()) {
            throw row.error(valueCol, "'" + row.text(valueCol) + "' has no currency (add a currency column or write e.g. "
                    + row.text(valueCol) + " USD)");
        }
        return a.atBasis(p);
    }
}
