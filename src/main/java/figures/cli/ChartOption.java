package figures.cli;

import figures.chart.Chart;
import figures.chart.ChartRenderer;
import figures.model.UsageException;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --chart FILE.svg|FILE.png} option, as a mixin: a command adds
 * {@code @Mixin ChartOption chart;} and calls {@link #draw} with a supplier of its chart, which is
 * only built (and the drawing library only loaded) when the option is given.
 */
public final class ChartOption {
    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw a chart of the result in FILE: SVG or PNG, as its name ends (written atomically).")
    String file;

    /** Whether --chart was given; checks the file name so a bad one fails before any work. */
    public boolean wanted() {
        if (file != null && ChartRenderer.formatOf(file) == null) {
            throw new UsageException("--chart: '" + file + "' must end in .svg or .png");
        }
        return file != null;
    }

    /** Writes the chart to the --chart file, when one was given. */
    public void draw(Context ctx, Supplier<Chart> chart) {
        if (wanted()) {
            byte[] bytes = ChartRenderer.render(chart.get(), ChartRenderer.formatOf(file));
            Output.writeAtomically(ctx.cwd().resolve(file), "--chart " + file, bytes);
        }
    }
}
