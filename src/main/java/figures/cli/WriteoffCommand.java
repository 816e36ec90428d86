package figures.cli;

import figures.calc.LoanDiscount;
import figures.calc.LoanRelief;
import figures.model.LoanTerms;
import figures.calc.WriteOff;
import figures.chart.WriteoffChart;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.Period;
import figures.model.UsageException;
import figures.model.Verdict;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.Range;
import figures.render.ResultTable;
import figures.table.WriteoffsReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures writeoff}: debt, percent, written off, remaining — any two give the rest; a table is checked row by row. */
@Command(name = "writeoff",
        description = {"Debt write-offs: any two of --debt, --percent, --written-off, --remaining give the others, exactly.",
            "Given three or four, the extra figures are checked against the computed ones by their stated precision",
            "(9.8bn stands for 9.75-9.85bn); beside each verdict, 'inputs allow' is the range the two inputs",
            "allow as stated, and --strict takes them as exact. Without these options, checks every row of a",
            "writeoffs table (the bundled data/writeoffs.csv by default). Exits 1 when a figure is inconsistent."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures writeoff --debt \"13.4bn USD\" --percent 73",
            "      written off 9.782 bn USD, remaining 3.618 bn USD",
            "  figures writeoff --debt 13.4bn --written-off 9.8bn",
            "      percent 73.13%%",
            "  figures writeoff --debt 13.4bn --percent 73 --remaining 2.11bn  # exit 1",
            "  figures writeoff --debt \"13.4bn USD\" --percent 73 --discount imf \\",
            "      --remaining-terms rate=0,maturity=10,repayment=equal",
            "      # also the present value still owed and the relief in present value",
            "  figures writeoff --debt \"13.4bn USD@2005\" --percent 73 --in USD@2024",
            "      # and each amount in 2024 dollars (--explain: the conversion steps)",
            "  figures writeoff my-writeoffs.csv --format csv",
            "  figures writeoff --chart writeoffs.svg        # stated vs computed, as bars"})
public final class WriteoffCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A writeoffs table (- for stdin); default: the bundled data/writeoffs.csv.")
    String file;

    @Option(names = "--debt", paramLabel = "AMOUNT", description = "The debt before the write-off, e.g. \"13.4bn USD\".")
    Amount debt;

    @Option(names = "--percent", paramLabel = "PCT", converter = PercentOption.class,
            description = "Percent written off: 73 or 73%%. A value between 0 and 1 without %% (0.73) is refused as ambiguous:"
                    + " write 0.73%% for 0.73 percent, or 73 for the fraction 0.73.")
    Percent percent;

    /**
     * {@code --percent 0.73} is refused rather than read: it may be 0.73 % or the fraction 0.73
     * (73 %), and guessing either way can be a figure 100 times off; a note would be easy to miss
     * (stderr, -q, a CI job), and a write-off under 1 % is rare, so spelling it 0.73% costs little.
     */
    static final class PercentOption implements picocli.CommandLine.ITypeConverter<Percent> {
        @Override
        public Percent convert(String text) {
            try {
                return Percent.parseStated(text);
            } catch (CalcException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--written-off", paramLabel = "AMOUNT", description = "The amount written off.")
    Amount writtenOff;

    @Option(names = "--remaining", paramLabel = "AMOUNT", description = "The amount that remains owed.")
    Amount remaining;

    @Option(names = "--remaining-terms", paramLabel = "TERMS",
            description = "How the remainder is repaid, in the terms of figures loan: rate=2.5%%,maturity=10,grace=3,"
                    + "repayment=equal,frequency=2 (frequency 1 and no grace unless given). With --discount, adds the present "
                    + "value still owed and the relief in present value: the debt (taken as due now, at face value) minus that.")
    String remainingTerms;

    @Option(names = "--discount", paramLabel = "RATE|PRESET",
            description = "Yearly discount rate for --remaining-terms, or a preset: imf, dac, dac-ldc, dac-lmic, dac-umic (see figures loan).")
    String discount;

    @Option(names = "--strict",
            description = "Take the two inputs as exact: a checked figure is consistent only when their exact result rounds to it at"
                    + " its own last digit (without --strict the inputs' stated precision widens the range: 73%% is 72.5-73.5%%).")
    boolean strict;

    @Mixin
    DelimiterOption delimiter;

    @Mixin
    ChartOption chart;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", paramLabel = "CUR[@YEAR]",
            description = "Also give each amount converted into this currency (and these prices): USD, or USD@2024 for 2024 "
                    + "dollars; as in figures convert (each amount in its year: its @YEAR, or the table's year column). "
                    + "Same as --in; USD@latest is the latest year of the reference data.")
    void setTo(String value) {
        target = target("--to", value);
    }

    @Option(names = "--in", paramLabel = "CUR[@YEAR]", description = "The same as --to: USD@2024 gives each amount in 2024 US dollars.")
    void setIn(String value) {
        target = target("--in", value);
    }

    private figures.calc.Conversion.Target target;
    private String targetOption;
    private String targetText;

    /** The target currency, from --to or --in; both would leave one silently unused. */
    private figures.calc.Conversion.Target target(String option, String value) {
        if (target != null && !option.equals(targetOption)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give the currency once: " + targetOption + " "
                    + targetText + " and " + option + " " + value + " both name one (--to and --in mean the same here)");
        }
        targetOption = option;
        targetText = value;
        try {
            return figures.calc.Conversion.Target.parse(value);
        } catch (CalcException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    /** The write-offs computed, for --chart. */
    private final List<WriteoffChart.Entry> charted = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        boolean adHoc = debt != null || percent != null || writtenOff != null || remaining != null;
        if (adHoc && file != null) {
            throw new UsageException("give either a FILE or figures (--debt, --percent, --written-off, --remaining), not both");
        }
        if ((remainingTerms == null) != (discount == null)) {
            throw new UsageException(remainingTerms == null ? "--discount needs --remaining-terms (how the remainder is repaid)"
                    : "--remaining-terms needs --discount (a rate such as 5%, or a preset such as imf)");
        }
        chart.wanted();
        ResultTable computed = adHoc ? adHoc() : table(g);
        // --to/--in: each amount also in the target currency and prices (the chart stays in the figures as stated)
        ResultTable result = target == null ? computed : converted(computed, figures.reference.ReferenceData.of(g.dataSet(root.context())));
        chart.draw(root.context(), () -> WriteoffChart.of(chartTitle(adHoc, computed), charted, chartSource(adHoc)));
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), result);
    }

    private ResultTable adHoc() {
        figures.table.DataSet data = root.global().dataSet(root.context());
        Converters.inLife(data, "--debt", debt);
        Converters.inLife(data, "--written-off", writtenOff);
        Converters.inLife(data, "--remaining", remaining);
        WriteOff w;
        try {
            w = WriteOff.of(debt, percent, writtenOff, remaining, strict);
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
        // given more than two figures, the extra ones are checked: the range the inputs allow stands beside each verdict
        boolean checks = java.util.stream.Stream.of(debt, percent, writtenOff, remaining).filter(java.util.Objects::nonNull).count() > 2;
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("figure"), Column.money("stated", "currency").withUnit("unit"), Column.money("computed", "currency").withUnit("unit"),
                Column.of("verdict")));
        if (checks) {
            columns.add(Column.range(INPUTS_ALLOW).withUnit("unit"));
        }
        ResultTable.Builder b = ResultTable.builder("write-off", columns);
        for (WriteOff.Line l : w.lines()) {
            adHocRow(b, checks, l.figure().column(), l.stated(), l.computed(), l.verdict(), inputsAllow(l));
        }
        charted.add(new WriteoffChart.Entry("write-off", w));
        LoanRelief relief = relief(w, null, 0);
        if (relief != null) {
            adHocRow(b, checks, "pv_remaining", null, relief.remainingPv(), Verdict.DERIVED, null);
            adHocRow(b, checks, "relief_pv", null, relief.relief(), Verdict.DERIVED, null);
            adHocRow(b, checks, "relief_pv_percent", null, relief.reliefPercent(), Verdict.DERIVED, null);
        }
        finish(b, w, "");
        reliefNotes(b, relief, "");
        return b.build();
    }

    /** The column beside each verdict: the range of values the inputs allow for the figure checked. */
    static final String INPUTS_ALLOW = "inputs_allow";

    private static void adHocRow(ResultTable.Builder b, boolean checks, String figure, Object stated, Object computed, Verdict v,
                                 Range allowed) {
        if (checks) {
            b.row(figure, stated, computed, v, allowed);
        } else {
            b.row(figure, stated, computed, v);
        }
    }

    /** For a checked figure, the range its inputs allow (one value with --strict); null for the others. */
    private static Range inputsAllow(WriteOff.Line l) {
        if (l.verdict() != Verdict.CONSISTENT && l.verdict() != Verdict.INCONSISTENT) {
            return null;
        }
        if (l.computed() instanceof Percent) {
            return new Range(Percent.fromRatio(l.computedRange().lo()), Percent.fromRatio(l.computedRange().hi()));
        }
        Amount a = (Amount) l.computed();
        return new Range(a.withValue(l.computedRange().lo()), a.withValue(l.computedRange().hi()));
    }

    private ResultTable table(GlobalOptions g) {
        var source = delimiter.apply(g.dataSet(root.context()).userOrDefault(file, "writeoffs.csv"));
        List<WriteoffsReader.Entry> entries = WriteoffsReader.read(source);
        PassThrough extra = PassThrough.of(entries.stream().map(WriteoffsReader.Entry::others).toList());
        ResultTable.Builder b = ResultTable.builder("write-offs checked: " + source.name(), extra.columns(8,
                Column.of("debtor"), Column.of("creditor"), Column.of("year"), Column.of("figure"),
                Column.money("stated", "currency").withUnit("unit"), Column.money("computed", "currency").withUnit("unit"),
                Column.of("verdict"), Column.range(INPUTS_ALLOW).withUnit("unit"), Column.detail("source")));
        extra.notes().forEach(b::note); // a table column named like one of ours, renamed
        int checked = 0, bad = 0;
        for (WriteoffsReader.Entry e : entries) {
            for (Amount a : new Amount[] {e.debt(), e.writtenOff(), e.remaining()}) {
                Converters.inLife(g.dataSet(root.context()), e.file(), e.line(), a, e.year());
            }
            WriteOff w;
            try {
                w = WriteOff.of(e.debt(), e.percent(), e.writtenOff(), e.remaining(), strict);
            } catch (CalcException ex) {
                throw new InputException(e.file(), e.line(), ex.getMessage());
            }
            charted.add(new WriteoffChart.Entry(e.debtor() + " → " + e.creditor() + " " + e.year(), w));
            sources.add(e.source().isEmpty() ? source.name() + ":" + e.line() : e.source());
            for (WriteOff.Line l : w.lines()) {
                b.row(extra.row(8, e.others(), e.debtor(), e.creditor(), figures.model.Period.of(e.year()), l.figure().column(), l.stated(),
                        l.computed(), l.verdict(), inputsAllow(l), e.source().isEmpty() ? null : e.source()));
                if (l.verdict() == Verdict.CONSISTENT || l.verdict() == Verdict.INCONSISTENT) {
                    checked++;
                }
                if (l.verdict() == Verdict.INCONSISTENT) {
                    bad++;
                }
            }
            LoanRelief relief = relief(w, e.file(), e.line());
            if (relief != null) {
                String src = e.source().isEmpty() ? null : e.source();
                Period y = Period.of(e.year());
                b.row(extra.row(8, e.others(), e.debtor(), e.creditor(), y, "pv_remaining", null, relief.remainingPv(), Verdict.DERIVED, null,
                        src));
                b.row(extra.row(8, e.others(), e.debtor(), e.creditor(), y, "relief_pv", null, relief.relief(), Verdict.DERIVED, null, src));
                b.row(extra.row(8, e.others(), e.debtor(), e.creditor(), y, "relief_pv_percent", null, relief.reliefPercent(), Verdict.DERIVED,
                        null, src));
            }
            String where = e.file() + ":" + e.line() + ": " + e.debtor() + " owes " + e.creditor() + " " + e.year() + ": ";
            finish(b, w, where);
            reliefNotes(b, relief, where);
        }
        b.note(checked + " stated figure" + (checked == 1 ? "" : "s") + " checked, " + bad + " inconsistent");
        return b.build();
    }

    /**
     * The write-off with each amount also converted to the target (a column {@code converted}, in
     * {@code to_currency}: the stated figure when there is one, else the computed), each from its own year: its @YEAR, or the table's year. The conversion
     * steps go under --explain; a note says what was done.
     */
    private ResultTable converted(ResultTable t, figures.reference.ReferenceData ref) {
        ConversionOptions.Resolved resolved = ConversionOptions.resolve(target, ref);
        target = resolved.target();
        figures.calc.Conversion conversion = figures.calc.Conversion.using(ref);
        List<Column> cols = new ArrayList<>(t.columns());
        int figure = index(cols, "figure"), stated = index(cols, "stated"), computed = index(cols, "computed"), year = index(cols, "year");
        int at = cols.get(cols.size() - 1).detail() ? cols.size() - 1 : cols.size();
        cols.add(at, Column.money("converted", "to_currency"));
        ResultTable.Builder b = ResultTable.builder(t.title() + " in " + target, cols);
        if (resolved.note() != null) {
            b.note(resolved.note());
        }
        t.notes().forEach(b::note);
        t.steps().forEach(b::step);
        Set<String> methods = new LinkedHashSet<>();
        for (List<Object> row : t.rows()) {
            // the figure as the row gives it: as stated when stated (the source's figure), else as computed
            Object v = row.get(stated) instanceof Amount ? row.get(stated) : row.get(computed);
            Amount converted = null;
            if (v instanceof Amount a) {
                if (a.currency().isEmpty()) {
                    throw new UsageException(targetOption + ": " + row.get(figure) + " (" + a + ") has no currency to convert from;"
                            + " give the debt's currency (e.g. --debt \"13.4bn USD@2005\")");
                }
                Amount dated = a.priceBasis().isPresent() ? a : year >= 0 && row.get(year) instanceof Period p ? a.atBasis(p) : null;
                if (dated == null) {
                    throw new UsageException(targetOption + ": converting to " + target + " needs the write-off's year: write the "
                            + "amounts with it, e.g. --debt \"" + a + "@2005\"");
                }
                figures.calc.Conversion.Result r = conversion.convert(dated, target);
                converted = r.converted();
                methods.add(ConversionOptions.method(r));
                for (String st : r.steps()) {
                    b.step("converted " + row.get(figure) + ": " + st);
                }
            }
            List<Object> cells = new ArrayList<>(row);
            cells.add(at, converted);
            b.row(cells.toArray());
        }
        if (t.inconsistent()) {
            b.inconsistent();
        }
        b.note("amounts converted to " + target + " (" + String.join(", ", methods) + "), each from its own year; the percent is "
                + "unchanged; --explain shows each conversion");
        return b.build();
    }

    private static int index(List<Column> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private String chartTitle(boolean adHoc, ResultTable result) {
        if (!adHoc) {
            return result.title();
        }
        WriteOff w = charted.get(0).writeOff();
        return "write-off of " + show(w.debt()) + ": " + w.percent() + " written off";
    }

    /** Where the charted figures came from: the table's source column, or the figures given. */
    private String chartSource(boolean adHoc) {
        if (adHoc) {
            List<String> given = new ArrayList<>();
            for (Object[] o : new Object[][] {{"debt", debt}, {"percent", percent}, {"written off", writtenOff}, {"remaining", remaining}}) {
                if (o[1] != null) {
                    given.add(o[0] + " " + show(o[1]));
                }
            }
            return "Source: figures as given (" + String.join(", ", given) + "); computed by figures writeoff";
        }
        return "Source: " + String.join("; ", sources) + "; checked by figures writeoff";
    }

    /** The relief in present value when --remaining-terms and --discount are given; null otherwise. */
    private LoanRelief relief(WriteOff w, String file, long line) {
        if (remainingTerms == null) {
            return null;
        }
        LoanTerms terms;
        LoanDiscount d;
        try {
            terms = LoanTerms.parse(remainingTerms);
        } catch (LoanTerms.BadTerm e) {
            throw new UsageException("--remaining-terms: " + e.term() + ": " + e.getMessage());
        } catch (CalcException e) {
            throw new UsageException("--remaining-terms: " + e.getMessage());
        }
        try {
            d = LoanDiscount.parse(discount);
        } catch (CalcException e) {
            throw new UsageException("--discount: " + e.getMessage());
        }
        try {
            return LoanRelief.of(w.debt(), w.remaining(), terms, d);
        } catch (CalcException e) {
            throw file == null ? new UsageException(e.getMessage()) : new InputException(file, line, e.getMessage());
        }
    }

    private static void reliefNotes(ResultTable.Builder b, LoanRelief relief, String prefix) {
        if (relief == null) {
            return;
        }
        b.note(prefix + "relief in present value = debt − present value of the remainder, repaid at " + relief.terms().describe()
                + " and discounted at " + relief.discount().describe() + "; the debt is taken as due now, at face value");
        for (String step : relief.steps()) {
            b.step(prefix + step);
        }
    }

    private static void finish(ResultTable.Builder b, WriteOff w, String prefix) {
        for (String step : w.steps()) {
            b.step(prefix + step);
        }
        for (String taken : w.assumed()) {
            b.note(prefix + taken);
        }
        for (WriteOff.Line l : w.lines()) {
            if (l.verdict() == Verdict.INCONSISTENT) {
                b.inconsistent();
                b.note(prefix + l.figure().column().replace('_', ' ') + " stated as " + show(l.stated())
                        + " is inconsistent: the other figures give " + show(l.computed()));
            }
        }
    }

    private static String show(Object v) {
        return v instanceof Amount a ? HumanNumbers.amount(a, 4) : String.valueOf(v);
    }
}
