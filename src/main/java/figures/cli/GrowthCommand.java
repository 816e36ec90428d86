package figures.cli;

import figures.calc.Conversion;
import figures.calc.Growth;
import figures.chart.GrowthChart;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.Period;
import figures.model.UsageException;
import figures.render.ResultTable;
import figures.table.GroupSeries;
import figures.table.SeriesReader;
import figures.table.TableSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import figures.model.MissingReference;
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
                    + "value into it first, as --in does.")
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

    @Option(names = "--full-span", description = "Table: a group whose first or last observation is not --from/--to is an error "
            + "(without it, the group's growth is over its own span, and column short_span says so).")
    boolean fullSpan;

    @Option(names = "--in", paramLabel = "CUR[@YEAR]",
            description = "Convert every value into this currency (and these prices) before computing: USD@2024 gives growth "
                    + "in 2024 US dollars (each year's exchange rate, then deflated by US CPI-U; see figures convert): not real "
                    + "growth of the series' own economy unless its own price index was used. The note says what was done.")
    void setTarget(String value) {
        target = target("--in", value);
    }

    /** The target currency, from --in or from --to with a currency; both would leave one silently unused. */
    private Conversion.Target target(String option, String value) {
        if (target != null && !option.equals(targetOption)) {
            throw new ParameterException(spec.commandLine(), "give the currency once: " + targetOption + " " + targetText + " and "
                    + option + " " + value + " both name one (--to takes a year or a currency, --in a currency)");
        }
        targetOption = option;
        targetText = value;
        try {
            return Conversion.Target.parse(value);
        } catch (CalcException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    Conversion.Target target;
    private String targetOption;
    private String targetText;

    @Spec
    CommandSpec spec;

    @Option(names = {"--period", "--year"}, paramLabel = "COL", description = "Table: the column of years or spans (default: period, else year).")
    String periodColumn;

    @Option(names = "--value", paramLabel = "COL", description = "Table: the column of values (default: value).")
    String valueColumn;

    @Option(names = "--by", paramLabel = "COL", split = ",",
            description = "Table: the columns that form a group (default: exporter,importer when present, else none: one series).")
    List<String> by;

    @Option(names = "--total", description = "Table: sum every row into one series though the table has country (reporter, indicator)"
            + " columns; without --by such a table is an error, not a sum of countries.")
    boolean total;

    @Option(names = "--yoy", description = "Table: one row per observation with its change from the previous one.")
    boolean yoy;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "Table: the average annual rate: endpoint (CAGR, default), log (continuous), trend (log-linear least squares) or mean (of the annual changes).")
    Growth.Method method;

    @Option(names = "--threads", paramLabel = "N", description = "Table: threads that parse a large file (default: one per core; 1 reads sequentially;"
            + " at most 4 per core).")
    Integer threads;

    @Mixin
    ChartOption chart;

    @Mixin
    TableOptions tableOptions;

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
        if (file != null || periodColumn != null || valueColumn != null || by != null || yoy || method != null || threads != null || total) {
            throw new UsageException("--start/--end compute one growth figure (with CAGR and log rate); FILE, --period, --value, --by,"
                    + " --yoy, --method, --total and --threads are for tables");
        }
        if (years != null && (from != null || to != null)) {
            throw new UsageException("give either --years or --from and --to, not both");
        }
        String yearsFromAmounts = null;
        if (years == null && from == null && to == null && !isPercent(start) && !isPercent(end)) {
            // amounts that carry their years (95m USD@2000, 138m USD@2002) say the time between them
            Optional<Period> a = amount("--start", start).priceBasis(), b = amount("--end", end).priceBasis();
            if (a.isPresent() && b.isPresent() && !a.get().isSpan() && !b.get().isSpan()) {
                from = a.get();
                to = b.get();
                yearsFromAmounts = "years from the amounts' own: " + from + " to " + to;
            }
        }
        if (years == null && (from == null || to == null)) {
            throw new UsageException("give --years N, or --from and --to, for the time between --start and --end"
                    + " (or amounts with their years: --start \"95m USD@2000\" --end \"138m USD@2002\")");
        }
        BigDecimal span = years != null ? years : Growth.yearsBetween(from, to);
        if (span.signum() <= 0) {
            throw new UsageException(years != null ? "--years: must be greater than 0, got " + years.toPlainString()
                    : "--to " + to + " must come after --from " + from);
        }
        boolean percents = isPercent(start) && isPercent(end);
        Amount a = percents ? Amount.unitless(percent("--start", start).value()) : amount("--start", start);
        Amount b = percents ? Amount.unitless(percent("--end", end).value()) : amount("--end", end);
        Converters.inLife(root.global().dataSet(root.context()), "--start", a);
        Converters.inLife(root.global().dataSet(root.context()), "--end", b);
        if (target == null && a.priceBasis().isPresent() && b.priceBasis().isPresent() && !a.priceBasis().equals(b.priceBasis())) {
            // two amounts of their own years (95m USD@2000, 138m USD@2002): growth in current prices, said so
            if (from != null && !from.equals(a.priceBasis().get()) || to != null && !to.equals(b.priceBasis().get())) {
                throw new UsageException("--from/--to (" + from + ", " + to + ") disagree with the amounts' own years ("
                        + a.priceBasis().get() + ", " + b.priceBasis().get() + "): leave them out or make them agree");
            }
            Period endYear = b.priceBasis().get();
            a = a.atBasis(null);
            b = b.atBasis(null);
            String current = "growth in current prices: each amount in its own year's prices, not deflated"
                    + " (--in " + b.currency().map(Object::toString).orElse("USD") + "@" + endYear + " converts both to "
                    + endYear + " prices first)";
            yearsFromAmounts = yearsFromAmounts == null ? current : yearsFromAmounts + "; " + current;
        }
        List<String> conversionSteps = new ArrayList<>();
        if (target != null) {
            if (percents) {
                throw new UsageException("--in/--to CUR: percentages have no currency to convert");
            }
            ReferenceData ref = ReferenceData.of(root.global().dataSet(root.context()));
            target = ConversionOptions.resolve(target, ref).target(); // USD@latest: the year, named in the note that follows
            Conversion conversion = Conversion.using(ref);
            a = convertAdHoc(conversion, "--start", a, from, conversionSteps);
            b = convertAdHoc(conversion, "--end", b, to, conversionSteps);
        }
        Growth.Change c;
        try {
            c = Growth.between(a, b, span);
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
        Amount first = a, last = b;
        chart.draw(root.context(), () -> GrowthChart.adHoc(first, last, from, to, span, percents,
                "Source: figures as given (start " + start + ", end " + end + ")" + (target == null ? "" : ", converted to " + target)
                        + "; growth by figures growth"));
        return GrowthResults.adHoc(c, from, to, percents, conversionSteps, target, yearsFromAmounts);
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
        return currentPrices(r.converted());
    }

    /**
     * A value converted to a currency without a year (--in USD) stays in its own year's prices: growth
     * is then in current dollars, which the note says ("at each year's rate, in each year's prices, not
     * deflated"), rather than refused for comparing two years' prices.
     */
    private Amount currentPrices(Amount converted) {
        return target.year() == null ? converted.atBasis(null) : converted;
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
        if (total && by != null) {
            throw new UsageException("--total sums every row into one series and --by groups them: give one of them");
        }
        int most = Runtime.getRuntime().availableProcessors() * 4; // more only adds threads that wait
        if (threads != null && (threads < 1 || threads > most)) {
            throw new UsageException("--threads: must be 1 to " + most + " (4 per core on this machine), got " + threads);
        }
        TableSource source = g.dataSet(root.context()).userOrDefault(file, "exports.csv");
        SeriesReader.Options options = SeriesReader.Options.defaults();
        if (threads != null) {
            options = options.withThreads(threads);
        }
        // 1. read the rows: sums per group, period and currency
        SeriesReader.Result read = SeriesReader.read(source, new SeriesReader.Spec(columns(by), column(periodColumn),
                valueColumn == null ? "value" : column(valueColumn)).window(from, to).reading(tableOptions.reading().total(total)), options);
        SeriesReader.Result data = yoy ? sameTimeAYearEarlier(read) : read;
        // 2. one series of amounts by period per group (where a conversion to one currency would go), and
        // 3. growth, laid out (a sparkline of each group's values, for people, in the table format only).
        // Without a conversion or a chart, both are done a part of the groups at a time as the table is written.
        List<String> conversionSteps = new ArrayList<>();
        GroupSeries.Parts series;
        if (target != null || chart.wanted()) {
            chart.limitLines(data.groups().size()); // before the series are built: 10 000 groups are refused at once
            GroupSeries.Converter converter = null;
            if (target != null) {
                ReferenceData ref = ReferenceData.of(g.dataSet(root.context()));
                target = ConversionOptions.resolve(target, ref).target(); // USD@latest: the year, named in the note on the conversion
                Conversion conversion = Conversion.using(ref);
                converter = (group, cell, amount) -> convert(conversion, data, group, cell, amount, conversionSteps);
            }
            List<GroupSeries> all = GroupSeries.of(data, converter);
            chart.draw(root.context(), () -> chart(data, all));
            series = GroupSeries.Parts.of(all, data.groups().size());
        } else {
            series = GroupSeries.Parts.of(data);
        }
        figures.table.DataSet set = g.dataSet(root.context());
        figures.reference.Redenominations lives = target == null && set.has(ReferenceData.REDENOMINATIONS)
                ? figures.reference.Redenominations.read(set.table(ReferenceData.REDENOMINATIONS)) : null;
        GrowthResults.Table results = new GrowthResults.Table(data, series, window(), target, conversionSteps, g.explain, from, to, fullSpan,
                lives);
        return yoy ? results.yearOverYear(g.format() == figures.render.Format.TABLE) : results.summary(method);
    }

    /**
     * --yoy over months, quarters or days: a note that each is set against the same period a year
     * earlier (March against the March before, not February), as calc/Growth computes it.
     */
    private static SeriesReader.Result sameTimeAYearEarlier(SeriesReader.Result data) {
        for (SeriesReader.Group g : data.groups()) {
            if (!g.cells().isEmpty()) {
                Period p = g.cells().get(0).period();
                if (!p.isSubAnnual()) {
                    return data;
                }
                String w = p.frequency().word();
                List<String> notes = new ArrayList<>(data.notes());
                notes.add("year over year: each " + w + " against the same " + w + " a year earlier (" + p + " against "
                        + p.yearEarlier() + "), not the " + w + " before it; a " + w + " with none a year earlier has no change");
                return new SeriesReader.Result(data.file(), data.by(), data.periodColumn(), data.valueColumn(), data.groups(), data.rows(),
                        data.threads(), notes);
            }
        }
        return data;
    }

    /** --chart: one line per group, with the groups' sources under it. */
    private figures.chart.Chart chart(SeriesReader.Result data, List<GroupSeries> series) {
        List<GrowthChart.Group> groups = new ArrayList<>();
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (GroupSeries s : series) {
            groups.add(new GrowthChart.Group(data.describe(s.key()), s.observations()));
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

    /** One observation converted to the target; missing reference data names the group and line. */
    private Amount convert(Conversion conversion, SeriesReader.Result data, SeriesReader.Group group, SeriesReader.Cell cell, Amount amount,
                           List<String> conversionSteps) {
        if (amount.currency().isEmpty()) {
            throw new InputException(data.file(), cell.line(), data.describe(group) + ": the value has no currency, so it cannot be "
                    + "converted to " + target + " (add a currency column)");
        }
        Amount dated = amount.priceBasis().isPresent() ? amount : amount.atBasis(cell.period());
        try {
            Conversion.Result r = conversion.convert(dated, target);
            conversionSteps.add(data.describe(group) + " " + cell.period() + ": " + dated + " -> " + r.converted()
                    + " (" + String.join("; ", r.steps()) + ")");
            return currentPrices(r.converted());
        } catch (MissingReference e) {
            // growth has no --rate: one rate cannot serve every row, so point at the row instead
            throw new InputException(data.file(), cell.line(), data.describe(group) + " " + cell.period() + ": " + e.problem()
                    + "; convert this figure on its own with figures convert \"" + dated + "\" --to " + target + " --rate ...");
        } catch (CalcException | InputException e) {
            throw new InputException(data.file(), cell.line(), data.describe(group) + " " + cell.period() + ": " + e.getMessage());
        }
    }

    private String window() {
        if (from != null && to != null) {
            return "from " + from + " to " + to;
        }
        return from != null ? "from " + from : to != null ? "up to " + to : "";
    }
}
