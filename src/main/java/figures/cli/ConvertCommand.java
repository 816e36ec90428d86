package figures.cli;

import figures.calc.Conversion;
import figures.model.Amount;
import figures.reference.ReferenceData;
import figures.render.Column;
import figures.render.ResultTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures convert}: one amount into another currency and/or another year's prices, with every rate and index value named. */
@Command(name = "convert",
        description = {"Converts an amount into another currency and/or the prices of another year.",
            "A currency conversion uses the period-average rate of the amount's year",
            "(reference/fx.csv); a pair other than USD goes through USD; a redenomination",
            "(RUR to RUB) is applied exactly. Prices move by index(target) / index(base),",
            "US CPI-U by default (reference/cpi.csv). An amount over a span",
            "(1.4bn GBP@1989-1990) is converted as equal annual parts, each at its year's",
            "rate. Nothing is interpolated: a missing rate or index value is an error",
            "(exit 3) naming the years that exist; --rate and --index supply the value.",
            "--explain shows every step with the series, year, value, kind and source."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures convert \"120m SUR@1966\" --to USD@2024",
            "      1.291 bn USD@2024: 120m SUR / 0.90 SUR per USD x 313.689 / 32.4 (US-CPI-U)",
            "  figures convert \"138m USD@2002\" --to USD@2024",
            "      240.6 m USD@2024",
            "  figures convert \"1.4bn GBP@1989-1990\" --to USD --explain",
            "      2.396 bn USD: 0.7bn GBP x 1.6382 (1989) + 0.7bn GBP x 1.7841 (1990)",
            "  figures convert \"25m SUR@1972\" --to USD      # exits 3: no 1972 rate",
            "  figures convert \"25m SUR@1972\" --to USD --rate \"0.90 SUR per USD\"",
            "  figures convert \"5000 RUR@1997\" --to RUB     # redenomination: 5 RUB",
            "  figures convert \"120m SUR@1966\" --to USD@2024 --format json"})
public final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(index = "0", paramLabel = "AMOUNT", description = "The amount, with its currency and year: \"120m SUR@1966\", \"1.4bn GBP@1989-1990\".")
    Amount amount;

    @Mixin
    ConversionOptions options;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        ReferenceData ref = ReferenceData.of(g.dataSet(root.context()));
        Conversion.Result r = options.conversion(ref).convert(amount, options.target);
        options.checkRateUsed(List.of(r));
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.money("amount", "currency"), Column.money("converted", "to_currency"),
                Column.of("method"), Column.of("rates"), Column.of("price_index")));
        List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(r.amount(), r.converted(), ConversionOptions.method(r),
                ConversionOptions.rates(r), ConversionOptions.indexes(r)));
        if (options.givesValues()) { // what the user gave instead of the tables, in a column of its own
            columns.add(Column.of("given"));
            cells.add(ConversionOptions.given(r));
        }
        columns.addAll(List.of(Column.detail("year"), Column.detail("prices"), Column.detail("sources")));
        cells.addAll(java.util.Arrays.asList(r.amount().priceBasis().orElse(null), r.converted().priceBasis().orElse(null),
                ConversionOptions.sources(r)));
        ResultTable.Builder b = ResultTable.builder("convert " + amount + " to " + options.target, columns);
        if (options.latestNote != null) {
            b.note(options.latestNote);
        }
        b.row(cells.toArray());
        r.steps().forEach(b::step);
        r.notes().forEach(b::note);
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), b.build());
    }
}
