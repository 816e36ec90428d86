package figures.cli;

import figures.calc.Conversion;
import figures.calc.Growth;
import figures.chart.GrowthChart;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.PercentPoints;
import figures.model.Period;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.ResultTable;
import figures.table.SeriesReader;
import figures.table.TableSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;
import figures.reference.MissingReference;
import figures.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code figures growth}: change, % change and average annual rate, ad hoc or per group of a table.
 * A table goes: read rows (summed per group, period and currency) → one series of amounts by
 * period per group → growth.
 */
@Command(name = "growth",
        description = {"Growth: absolute change, %% change and the average annual rate (CAGR by",
            "default). Ad hoc with --start and --end (and --years, or --from and --to);",
            "otherwise per group of a table (the bundled data/exports.csv by default,",
            "grouped by exporter and importer). Rows that share a group and a period are",
            "summed; a period that spans years (1989-1990) counts as its per-year average.",
            "CAGR, log and trend rates are computed with guard digits and given to 34",
            "significant digits (--digits rounds them in human output)."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures growth --start 95m --end 138m --years 2",
            "      change 43 m, +45.26%%, CAGR 20.53%% a year",
            "  figures growth --start \"95m USD\" --from 2000 --end \"138m USD\" --to 2002",
            "  figures growth --start 11.58%% --end 11.59%% --years 2   # change in points (pp)",
            "  figures growth                      # every flow of data/exports.csv",
            "  figures growth --yoy                # year over year; gaps annualised",
            "  figures growth trade.csv --year yr --value usd --by reporter,partner",
            "  figures growth trade.csv --by reporter,partner --method trend --format csv",
            "  figures growth --chart growth.svg   # one line per group over the years"})
public final class GrowthCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A table with a period (or year) column and a value column (- for stdin); default: the bundled data/exports.csv.")
    String file;

    @Option(names = "--start", paramLabel = "AMOUNT", description = "Ad hoc: the value at the start, e.g. \"95m USD\" (or a percentage, 11.58%%).")
    String start;

    @Option(names = "--end", paramLabel = "AMOUNT", description = "Ad hoc: the value at the end.")
    String end;

    @Option(names = "--years", paramLabel = "N", description = "Ad hoc: years from start to end (instead of --from and --to).")
    BigDecimal years;

    @Option(names = "--from", paramLabel = "PERIOD", description = "Ad hoc: the start's year. Table: the first year to use.")
    Period from;

    @Option(names = "--to", paramLabel = "PERIOD|CUR[@YEAR]",
            description = "Ad hoc: the end's year. Table: the last year to use. A currency instead (USD@2024) converts every "
                    + "value into it first, so growth is in constant prices (same as --in).")
    void setTo(String value) {
        if (Conversion.Target.looksLikeTarget(value)) {
            target = target("--to", value);
        } else {
            try {
                to = Period.parse(value);
            } catch (CalcException e) {
                throw new ParameterException(spec.commandLine(), "--to: " + e.getMessage() + " (or a currency such as USD@2024)");
            }
        }
    }

    Period to;

    @Option(names = "--in", paramLabel = "CUR[@YEAR]",
            description = "Convert every value into this currency (and these prices) before computing: USD@2024 gives growth "
                    + "in constant 2024 dollars (historical rates, then US CPI-U; see figures convert).")
    void setTarget(String value) {
        target = target("--in", value);
    }

    private Conversion.Target target(String option, String value) {
        try {
            return Conversion.Target.parse(value);
        } catch (CalcException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    Conversion.Target target;

    @Spec
    CommandSpec spec;

    @Option(names = {"--period", "--year"}, paramLabel = "COL", description = "Table: the column of years or spans (default: period, else year).")
    String periodColumn;

    @Option(names = "--value", paramLabel = "COL", description = "Table: the column of values (default: value).")
    String valueColumn;

    @Option(names = "--by", paramLabel = "COL", split = ",",
            description = "Table: the columns that form a group (default: exporter,importer when present, else none: one series).")
    List<String> by;

    @Option(names = "--yoy", description = "Table: one row per observation with its change from the previous one.")
    boolean yoy;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "Table: the average annual rate: endpoint (CAGR, default), log (continuous), trend (log-linear least squares) or mean (of the annual changes).")
    Growth.Method method;

    @Option(names = "--threads", paramLabel = "N", description = "Table: threads that parse a large file (default: one per core; 1 reads sequentially).")
    Integer threads;

    @Mixin
    ChartOption chart;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        chart.wanted();
        boolean adHoc = start != null || end != null || years != null;
        ResultTable result = adHoc ? adHoc() : table(g);
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), result);
    }

    // ---- ad hoc -------------------------------------------------------------------------------

    private ResultTable adHoc() {
        if (start == null || end == null) {
            throw new UsageException("give both --start and --end (e.g. --start 95m --end 138m --years 2)");
        }
        if (file != null || periodColumn != null || valueColumn != null || by != null || yoy || method != null || threads != null) {
            throw new UsageException("--start/--end compute one growth figure (with CAGR and log rate); FILE, --period, --value, --by,"
                    + " --yoy, --method and --threads are for tables");
        }
        if (years != null && (from != null || to != null)) {
            throw new UsageException("give either --years or --from and --to, not both");
        }
        if (years == null && (from == null || to == null)) {
            throw new UsageException("give --years N, or --from and --to, for the time between --start and --end");
        }
        BigDecimal span = years != null ? years : Growth.yearsBetween(from, to);
        if (span.signum() <= 0) {
            throw new UsageException(years != null ? "--years: must be greater than 0, got " + years.toPlainString()
                    : "--to " + to + " must come after --from " + from);
        }
        boolean percents = isPercent(start) && isPercent(end);
        Amount a = percents ? Amount.unitless(percent("--start", start).value()) : amount("--start", start);
        Amount b = percents ? Amount.unitless(percent("--end", end).value()) : amount("--end", end);
        List<String> conversionSteps = new ArrayList<>();
        if (target != null) {
            if (percents) {
                throw new UsageException("--in/--to CUR: percentages have no currency to convert");
            }
            Conversion conversion = Conversion.using(ReferenceData.of(root.global().dataSet(root.context())));
            a = convertAdHoc(conversion, "--start", a, from, conversionSteps);
            b = convertAdHoc(conversion, "--end", b, to, conversionSteps);
        }
        Growth.Change c;
        try {
            c = Growth.between(a, b, span);
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
        List<Column> cols = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        if (from != null) {
            cols.add(Column.of("from"));
            cols.add(Column.of("to"));
            row.add(from);
            row.add(to);
        }
        cols.addAll(List.of(Column.of("years"), Column.money("start", "currency"), Column.money("end", "currency"),
                Column.money("change", "currency"), Column.of("change_pct"), Column.of("cagr"), Column.of("log_rate")));
        if (percents) {
            row.addAll(List.of(span, Percent.of(a.value()), Percent.of(b.value()),
                    PercentPoints.between(Percent.of(a.value()), Percent.of(b.value()))));
        } else {
            row.addAll(List.of(span, a, b, c.change()));
        }
        row.add(c.percent());
        row.add(c.cagr());
        row.add(c.logRate());
        Amount first = a, last = b;
        chart.draw(root.context(), () -> GrowthChart.adHoc(first, last, from, to, span, percents,
                "Source: figures as given (start " + start + ", end " + end + ")" + (target == null ? "" : ", converted to " + target)
                        + "; growth by figures growth"));
        ResultTable.Builder t = ResultTable.builder("growth", cols);
        t.row(row.toArray());
        conversionSteps.forEach(t::step);
        if (target != null) {
            t.note("start and end converted to " + target + " before computing (see --explain): growth in constant prices");
        }
        String unit = percents ? " pp" : "";
        t.step("change = end - start = " + b.value().toPlainString() + " - " + a.value().toPlainString() + " = "
                + b.value().subtract(a.value()).toPlainString() + unit);
        if (c.percent() != null) {
            t.step("% change = change / start = " + c.percent() + " (exact, or 34 significant digits)");
        }
        if (c.cagr() != null) {
            t.step("CAGR = (end / start)^(1 / " + span.toPlainString() + ") - 1 = " + c.cagr() + " (34 significant digits)");
            t.step("log rate = ln(end / start) / " + span.toPlainString() + " = " + c.logRate());
        }
        if (percents) {
            t.note("start and end are percentages: their difference is in percentage points (pp); change_pct is the relative change");
        }
        c.undefined().forEach(t::note);
        return t.build();
    }

    /** One ad hoc value in the target's currency and prices; its year is its @basis or --from/--to. */
    private Amount convertAdHoc(Conversion conversion, String option, Amount amount, Period year, List<String> steps) {
        Amount dated = amount;
        if (amount.priceBasis().isEmpty()) {
            if (year == null) {
                throw new UsageException(option + ": converting to " + target + " needs the value's year: write it as "
                        + amount + "@YEAR or give --from and --to years");
            }
            dated = amount.atBasis(year);
        }
        if (dated.currency().isEmpty()) {
            throw new UsageException(option + ": converting to " + target + " needs the value's currency, e.g. \"" + amount + " USD\"");
        }
        Conversion.Result r = conversion.convert(dated, target);
        r.steps().forEach(st -> steps.add(option + ": " + st));
        return r.converted();
    }

    private static boolean isPercent(String s) {
        String t = s.strip();
        return t.endsWith("%") || t.endsWith("\u066A");
    }

    private static Amount amount(String option, String text) {
        try {
            return Amount.parse(text);
        } catch (CalcException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static Percent percent(String option, String text) {
        try {
            return Percent.parse(text);
        } catch (CalcException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    // ---- over a table -------------------------------------------------------------------------

    /**
     * One group's observations, one amount per period, ready for the calculation: its key, sources
     * and first line, and how many rows were summed into each observation; nothing else of the
     * group, which the reader builds from its sums one at a time and need not keep.
     */
    record Series(List<String> key, List<String> sources, long line, List<Growth.Point> points, long[] rowsPerPoint) {
        long rows() {
            long n = 0;
            for (long r : rowsPerPoint) {
                n += r;
            }
            return n;
        }
    }

    private ResultTable table(GlobalOptions g) {
        if (from != null && to != null && to.last() < from.first()) {
            throw new UsageException("--to " + to + " must not come before --from " + from);
        }
        if (yoy && method != null) {
            throw new UsageException("--method picks the average annual rate of a group; --yoy shows each step's own rate instead");
        }
        if (method == null) {
            method = Growth.Method.ENDPOINT;
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads: must be at least 1, got " + threads);
        }
        TableSource source = g.dataSet(root.context()).userOrDefault(file, "exports.csv");
        SeriesReader.Options options = SeriesReader.Options.defaults();
        if (threads != null) {
            options = options.withThreads(threads);
        }
        // 1. read the rows: sums per group, period and currency
        SeriesReader.Result data = SeriesReader.read(source, new SeriesReader.Spec(columns(by), column(periodColumn),
                valueColumn == null ? "value" : column(valueColumn)).window(from, to), options);
        // 2. one series of amounts by period per group (where a conversion to one currency would go)
        List<Series> series = series(data, target == null ? null : Conversion.using(ReferenceData.of(g.dataSet(root.context()))));
        chart.draw(root.context(), () -> chart(data, series));
        // 3. growth
        return yoy ? yearOverYear(data, series, g.explain) : summary(data, series, g.explain);
    }

    /** --chart: one line per group, with the groups' sources under it. */
    private figures.chart.Chart chart(SeriesReader.Result data, List<Series> series) {
        List<GrowthChart.Group> groups = new ArrayList<>();
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (Series s : series) {
            groups.add(new GrowthChart.Group(data.describe(s.key()), s.points()));
            sources.addAll(s.sources());
        }
        return GrowthChart.of("growth: " + data.file() + (data.by().isEmpty() ? "" : " by " + String.join(", ", data.by()))
                + (target == null ? "" : ", in " + target), groups,
                "Source: " + (sources.isEmpty() ? data.file() : String.join("; ", sources)) + "; growth by figures growth");
    }

    private static List<String> columns(List<String> names) {
        if (names == null) {
            return null;
        }
        return names.stream().map(String::strip).filter(s -> !s.isEmpty()).map(GrowthCommand::column).distinct().toList();
    }

    private static String column(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Each group's amounts by period (the reader sums only those within --from/--to); one currency
     * per group, or an error naming both.
     */
    private List<Series> series(SeriesReader.Result data, Conversion conversion) {
        List<Series> out = new ArrayList<>(data.groups().size());
        for (SeriesReader.Group group : data.groups()) {
            List<Growth.Point> points = new ArrayList<>(group.cells().size());
            List<SeriesReader.Cell> cells = new ArrayList<>(group.cells().size());
            SeriesReader.Part unit = null;
            for (SeriesReader.Cell cell : group.cells()) {
                Amount amount = data.amount(group, cell);
                if (conversion != null) {
                    // every value in the target's currency and prices: groups may then mix currencies
                    points.add(new Growth.Point(cell.period(), convert(conversion, data, group, cell, amount)));
                    cells.add(cell);
                    continue;
                }
                if (unit == null) {
                    unit = cell.parts().get(0);
                } else if (!Objects.equals(unit.total().currency(), amount.currency())
                        || !Objects.equals(unit.total().priceBasis(), amount.priceBasis())) {
                    throw data.mixed(group, unit, cell.parts().get(0));
                }
                if (!cells.isEmpty() && cells.get(cells.size() - 1).period().last() >= cell.period().first()) {
                    SeriesReader.Cell before = cells.get(cells.size() - 1);
                    throw new InputException(data.file(), Math.max(before.line(), cell.line()), data.describe(group) + ": periods "
                            + before.period() + " (line " + before.line() + ") and " + cell.period() + " (line " + cell.line()
                            + ") overlap; a group's periods must not overlap");
                }
                points.add(new Growth.Point(cell.period(), amount));
                cells.add(cell);
            }
            if (!points.isEmpty()) {
                long[] rows = new long[cells.size()];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = cells.get(i).rows();
                }
                out.add(new Series(group.key(), group.sources(), group.line(), List.copyOf(points), rows));
            }
        }
        return out;
    }

    /** One observation converted to the target; missing reference data names the group and line. */
    private Amount convert(Conversion conversion, SeriesReader.Result data, SeriesReader.Group group, SeriesReader.Cell cell, Amount amount) {
        if (amount.currency().isEmpty()) {
            throw new InputException(data.file(), cell.line(), data.describe(group) + ": the value has no currency, so it cannot be "
                    + "converted to " + target + " (add a currency column)");
        }
        Amount dated = amount.priceBasis().isPresent() ? amount : amount.atBasis(cell.period());
        try {
            Conversion.Result r = conversion.convert(dated, target);
            conversionSteps.add(data.describe(group) + " " + cell.period() + ": " + dated + " -> " + r.converted()
                    + " (" + String.join("; ", r.steps()) + ")");
            return r.converted();
        } catch (MissingReference e) {
            // growth has no --rate: one rate cannot serve every row, so point at the row instead
            throw new InputException(data.file(), cell.line(), data.describe(group) + " " + cell.period() + ": " + e.problem()
                    + "; convert this figure on its own with figures convert \"" + dated + "\" --to " + target + " --rate ...");
        } catch (CalcException | InputException e) {
            throw new InputException(data.file(), cell.line(), data.describe(group) + " " + cell.period() + ": " + e.getMessage());
        }
    }

    private final List<String> conversionSteps = new ArrayList<>();


    private ResultTable summary(SeriesReader.Result data, List<Series> series, boolean explain) {
        List<Column> cols = new ArrayList<>();
        data.by().forEach(c -> cols.add(Column.of(c)));
        cols.addAll(List.of(Column.of("first"), Column.of("last"), Column.of("years"), Column.money("start", "currency"),
                Column.money("end", "currency"), Column.money("change", "currency"), Column.of("change_pct"),
                Column.of(method.column()), Column.of("observations"), Column.of("rows")));
        boolean sourced = series.stream().anyMatch(s -> !s.sources().isEmpty());
        if (sourced) {
            cols.add(Column.detail("source"));
        }
        ResultTable.Builder t = ResultTable.builder("growth: " + data.file() + (data.by().isEmpty() ? "" : " by " + String.join(", ", data.by())), cols);
        Notes single = new Notes("has one observation, so no growth", "groups have one observation, so no growth");
        Notes undefined = new Notes();
        List<Growth.Summary> results = inParallel(series, s -> Growth.of(s.points(), method), data);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Growth.Summary r = results.get(i);
            List<Object> row = new ArrayList<>(s.key());
            row.addAll(List.of(r.first(), r.last()));
            row.add(r.observations() == 1 ? null : r.years());
            row.addAll(List.of(r.start(), r.end()));
            row.add(r.change());
            row.add(r.percent());
            row.add(r.rate());
            row.add((long) r.observations());
            row.add(s.rows());
            if (sourced) {
                row.add(s.sources().isEmpty() ? null : String.join("; ", s.sources()));
            }
            t.row(row.toArray());
            String name = data.describe(s.key());
            if (r.observations() == 1) {
                single.add(name);
            } else {
                r.undefined().forEach(u -> undefined.add(name + ": " + u));
            }
            if (explain && r.change() != null) {
                t.step(name + ": change = " + amountText(r.end()) + " - " + amountText(r.start()) + " = " + amountText(r.change())
                        + " over " + r.years().toPlainString() + " years (" + r.first() + " to " + r.last() + ")");
                if (r.percent() != null) {
                    t.step(name + ": % change = change / start = " + r.percent());
                }
                if (r.rate() != null) {
                    t.step(name + ": " + method.column() + " = " + r.rate() + ", " + method.description());
                }
            }
        }
        if (series.size() < data.groups().size()) {
            int none = data.groups().size() - series.size();
            t.note(none + (none == 1 ? " group has" : " groups have") + " no observations " + window());
        }
        notes(t, data, series);
        single.emit(t);
        undefined.emit(t);
        t.note("average annual rate (" + method.column() + "): " + method.description());
        return t.build();
    }

    private ResultTable yearOverYear(SeriesReader.Result data, List<Series> series, boolean explain) {
        List<Column> cols = new ArrayList<>();
        data.by().forEach(c -> cols.add(Column.of(c)));
        cols.addAll(List.of(Column.of("period"), Column.money("value", "currency"), Column.of("years"),
                Column.money("change", "currency"), Column.of("change_pct"), Column.of("annual_rate"), Column.of("rows"),
                Column.of("step")));
        // a sparkline of each group's values on its last row: for people, so in the table format only
        boolean trend = root.global().format() == figures.render.Format.TABLE;
        if (trend) {
            cols.add(Column.of("trend"));
        }
        ResultTable.Builder t = ResultTable.builder("growth year over year: " + data.file(), cols);
        Notes irregular = new Notes();
        Notes undefined = new Notes();
        List<List<Growth.Step>> allSteps = inParallel(series, s -> Growth.steps(s.points()), data);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            List<Growth.Step> steps = allSteps.get(k);
            String name = data.describe(s.key());
            Growth.Point previous = null;
            for (int i = 0; i < steps.size(); i++) {
                Growth.Step st = steps.get(i);
                Period p = st.point().period();
                List<Object> row = new ArrayList<>(s.key());
                row.addAll(List.of(p, st.perYear()));
                row.add(st.length());
                row.add(st.change());
                row.add(st.percent());
                row.add(st.annualised());
                row.add(s.rowsPerPoint()[i]);
                row.add(label(previous, st));
                if (trend) {
                    row.add(i == steps.size() - 1 ? sparkline(steps) : null);
                }
                t.row(row.toArray());
                if (st.isIrregular() && st.percent() != null && st.annualised() != null) {
                    irregular.add(name + " " + previous.period() + " to " + p + " is a " + years(st.length()) + " step"
                            + missing(previous.period(), p) + ": " + pct(st.percent()) + " in " + st.length().toPlainString()
                            + " years, " + pct(st.annualised()) + " a year");
                }
                st.undefined().forEach(u -> undefined.add(name + " " + p + ": " + u));
                if (explain && st.change() != null) {
                    t.step(name + " " + p + ": change = " + amountText(st.perYear()) + " - " + amountText(st.perYear().minus(st.change()))
                            + " = " + amountText(st.change()) + (st.percent() == null ? "" : ", " + st.percent())
                            + (st.isIrregular() && st.annualised() != null ? ", annualised over " + st.length().toPlainString()
                            + " years: (1 + change %)^(1 / years) - 1 = " + st.annualised() : ""));
                }
                previous = st.point();
            }
        }
        notes(t, data, series);
        irregular.emit(t);
        undefined.emit(t);
        return t.build();
    }

    /** The values a year of a group's observations, a missing year as a gap: {@code ▁ █} for 2000 and 2002. */
    private static String sparkline(List<Growth.Step> steps) {
        List<BigDecimal> values = new ArrayList<>();
        Period before = null;
        for (Growth.Step st : steps) {
            Period p = st.point().period();
            for (int y = before == null ? p.first() : before.last() + 1; y < p.first(); y++) {
                values.add(null);
            }
            values.add(st.perYear().value());
            before = p;
        }
        return figures.chart.Sparkline.of(values);
    }

    /**
     * The calculation for every group, on all cores (tens of thousands of groups in a trade dump);
     * the first failing group in table order is the error reported.
     */
    private static <T> List<T> inParallel(List<Series> series, Function<Series, T> calc, SeriesReader.Result data) {
        Object[] out = new Object[series.size()];
        IntStream.range(0, series.size()).parallel().forEach(i -> {
            try {
                out[i] = calc.apply(series.get(i));
            } catch (CalcException e) {
                out[i] = e;
            }
        });
        List<T> results = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CalcException e) {
                Series s = series.get(i);
                throw new InputException(data.file(), s.line(), data.describe(s.key()) + ": " + e.getMessage());
            }
            @SuppressWarnings("unchecked")
            T r = (T) out[i];
            results.add(r);
        }
        return results;
    }

    /** The step column: how far back the previous observation is, when that is not simply the year before. */
    private static String label(Growth.Point previous, Growth.Step st) {
        if (previous == null) {
            return st.point().period().isSpan() ? "span: per-year average" : null;
        }
        String what = st.point().period().isSpan() ? "; span: per-year average" : "";
        if (!st.isIrregular()) {
            return what.isEmpty() ? null : what.substring(2);
        }
        return years(st.length()) + " step" + missing(previous.period(), st.point().period()) + what;
    }

    private static String years(BigDecimal length) {
        return length.stripTrailingZeros().toPlainString() + "-year";
    }

    private static String missing(Period before, Period after) {
        int a = before.last() + 1;
        int b = after.first() - 1;
        if (b < a) {
            return "";
        }
        return " (" + (a == b ? Integer.toString(a) : a + "-" + b) + " missing)";
    }

    /** Notes common to both layouts: rows summed and spans counted as per-year averages. */
    private void notes(ResultTable.Builder t, SeriesReader.Result data, List<Series> series) {
        long cells = data.cells();
        if (data.rows() > cells) {
            t.note(data.rows() + " rows read; rows that share a group and a period were summed: " + cells + " observations in "
                    + data.groups().size() + (data.groups().size() == 1 ? " group" : " groups"));
        }
        Notes spans = new Notes();
        for (Series s : series) {
            for (Growth.Point p : s.points()) {
                if (p.period().isSpan()) {
                    spans.add(data.describe(s.key()) + " " + p.period() + ": a span of " + p.period().years()
                            + " years, counted as its per-year average (" + amountText(p.amount()) + " / " + p.period().years()
                            + " = " + amountText(p.perYear()) + " a year)");
                }
            }
        }
        spans.emit(t);
        if (target != null) {
            t.note("every value was converted to " + target + " before computing (historical rates, then US CPI-U where prices "
                    + "change): growth in constant prices; --explain shows each conversion");
            conversionSteps.forEach(t::step);
        }
    }

    private String window() {
        if (from != null && to != null) {
            return "from " + from + " to " + to;
        }
        return from != null ? "from " + from : "up to " + to;
    }

    private static String amountText(Amount a) {
        return HumanNumbers.amount(a, 6);
    }

    private static String pct(Percent p) {
        return HumanNumbers.group(figures.model.Decimals.roundSignificant(p.value(), 4)) + "%";
    }

    /** Notes about many groups, kept short: the first few named, then how many more. */
    static final class Notes {
        private static final int SHOWN = 5;
        private final String one;
        private final String many;
        private final List<String> items = new ArrayList<>();
        private int count;

        /** One note per item. */
        Notes() {
            this("", "");
        }

        /** One note naming the groups: "A has one observation", "A, B: 2 groups have one observation". */
        Notes(String one, String many) {
            this.one = one;
            this.many = many;
        }

        void add(String item) {
            if (items.size() < SHOWN) {
                items.add(item);
            }
            count++;
        }

        void emit(ResultTable.Builder t) {
            if (count == 0) {
                return;
            }
            if (one.isEmpty()) {
                items.forEach(t::note);
                if (count > items.size()) {
                    t.note("… and " + (count - items.size()) + " more like these");
                }
            } else if (count == 1) {
                t.note(items.get(0) + " " + one);
            } else {
                t.note(String.join(", ", items) + (count > items.size() ? " and " + (count - items.size()) + " more" : "")
                        + ": " + count + " " + many);
            }
        }
    }
}
