package figures.cli;

import figures.calc.WriteOff;
import figures.chart.WriteoffChart;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.UsageException;
import figures.model.Verdict;
import figures.render.Column;
import figures.render.HumanNumbers;
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
            "(9.8bn stands for 9.75-9.85bn). Without these options, checks every row of a writeoffs table",
            "(the bundled data/writeoffs.csv by default). Exits 1 when a figure is inconsistent."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures writeoff --debt \"13.4bn USD\" --percent 73",
            "      written off 9.782 bn USD, remaining 3.618 bn USD",
            "  figures writeoff --debt 13.4bn --written-off 9.8bn",
            "      percent 73.13%%",
            "  figures writeoff --debt 13.4bn --percent 73 --remaining 2.11bn",
            "      exits 1: the remaining amount is inconsistent",
            "  figures writeoff my-writeoffs.csv --format csv",
            "  figures writeoff --chart writeoffs.svg        # stated vs computed, as bars"})
public final class WriteoffCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A writeoffs table (- for stdin); default: the bundled data/writeoffs.csv.")
    String file;

    @Option(names = "--debt", paramLabel = "AMOUNT", description = "The debt before the write-off, e.g. \"13.4bn USD\".")
    Amount debt;

    @Option(names = "--percent", paramLabel = "PCT", description = "Percent written off: 73 or 73%%.")
    Percent percent;

    @Option(names = "--written-off", paramLabel = "AMOUNT", description = "The amount written off.")
    Amount writtenOff;

    @Option(names = "--remaining", paramLabel = "AMOUNT", description = "The amount that remains owed.")
    Amount remaining;

    @Mixin
    ChartOption chart;

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
        chart.wanted();
        ResultTable result = adHoc ? adHoc() : table(g);
        chart.draw(root.context(), () -> WriteoffChart.of(adHoc ? "Write-off of " + show(charted.get(0).writeOff().debt()) + ": "
                + charted.get(0).writeOff().percent() + " written off" : "W" + result.title().substring(1), charted, chartSource(adHoc)));
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), result);
    }

    private ResultTable adHoc() {
        WriteOff w;
        try {
            w = WriteOff.of(debt, percent, writtenOff, remaining);
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
        ResultTable.Builder b = ResultTable.builder("write-off",
                Column.of("figure"), Column.money("stated", "currency"), Column.money("computed", "currency"), Column.of("verdict"));
        for (WriteOff.Line l : w.lines()) {
            b.row(l.figure().column(), l.stated(), l.computed(), l.verdict());
        }
        charted.add(new WriteoffChart.Entry("write-off", w));
        finish(b, w, "");
        return b.build();
    }

    private ResultTable table(GlobalOptions g) {
        var source = g.dataSet(root.context()).userOrDefault(file, "writeoffs.csv");
        ResultTable.Builder b = ResultTable.builder("write-offs checked: " + source.name(),
                Column.of("debtor"), Column.of("creditor"), Column.of("year"), Column.of("figure"),
                Column.money("stated", "currency"), Column.money("computed", "currency"), Column.of("verdict"),
                Column.detail("source"));
        int checked = 0, bad = 0;
        for (WriteoffsReader.Entry e : WriteoffsReader.read(source)) {
            WriteOff w;
            try {
                w = WriteOff.of(e.debt(), e.percent(), e.writtenOff(), e.remaining());
            } catch (CalcException ex) {
                throw new InputException(e.file(), e.line(), ex.getMessage());
            }
            charted.add(new WriteoffChart.Entry(e.debtor() + " → " + e.creditor() + " " + e.year(), w));
            sources.add(e.source().isEmpty() ? source.name() + ":" + e.line() : e.source());
            for (WriteOff.Line l : w.lines()) {
                b.row(e.debtor(), e.creditor(), figures.model.Period.of(e.year()), l.figure().column(), l.stated(), l.computed(), l.verdict(),
                        e.source().isEmpty() ? null : e.source());
                if (l.verdict() == Verdict.CONSISTENT || l.verdict() == Verdict.INCONSISTENT) {
                    checked++;
                }
                if (l.verdict() == Verdict.INCONSISTENT) {
                    bad++;
                }
            }
            finish(b, w, e.file() + ":" + e.line() + ": " + e.debtor() + " owes " + e.creditor() + " " + e.year() + ": ");
        }
        b.note(checked + " stated figure" + (checked == 1 ? "" : "s") + " checked, " + bad + " inconsistent");
        return b.build();
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

    private static void finish(ResultTable.Builder b, WriteOff w, String prefix) {
        for (String step : w.steps()) {
            b.step(prefix + step);
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
