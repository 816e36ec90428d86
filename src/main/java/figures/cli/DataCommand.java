package figures.cli;

import figures.render.Column;
import figures.render.ResultTable;
import figures.table.DataSet;
import figures.table.TableSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code figures data}: the tables and reference series in use, with rows, years covered and sources. */
@Command(name = "data",
        description = {"Lists the tables of the data set in use (bundled, or --data DIR) and the reference series:",
            "rows, years covered and sources. --explain (or a machine format) shows the sources in full."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures data", "  figures data --format json", "  figures --data my-tables data"})
public final class DataCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        DataSet data = g.dataSet(root.context());
        ResultTable.Builder b = ResultTable.builder("data: " + data.describe(),
                Column.of("table"), Column.of("series"), Column.of("rows"), Column.of("years"), Column.of("sources"),
                Column.detail("source"));
        for (String name : data.tableNames()) {
            for (TableSummary.Series s : TableSummary.of(data.table(name))) {
                b.row(name, s.series(), (long) s.rows(), s.covered(), (long) s.sources().size(), String.join("; ", s.sources()));
            }
        }
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), b.build());
    }
}
