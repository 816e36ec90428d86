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
            description = "Also draw a chart of the result in FILE: SVG or PNG, as its name ends (written atomically);"
                    + " at most 20 lines or series and 2000 bars (more is exit 2).")
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
            Chart c = chart.get();
            limit(c);
            byte[] bytes = ChartRenderer.render(c, ChartRenderer.formatOf(file));
            Output.writeAtomically(ctx.cwd().resolve(file), "--chart " + file, bytes);
        }
    }

    /** Most series (lines, or bars side by side) a chart is drawn with: more are unreadable, and slow to draw. */
    public static final int MAX_SERIES = 20;

    /** Most categories (bars, payments, years) along a chart's axis. */
    public static final int MAX_CATEGORIES = 2_000;

    /**
     * A chart of more than {@link #MAX_SERIES} series or {@link #MAX_CATEGORIES} categories is
     * refused (exit 2) before it is drawn, and before the result is written: drawing 10 000
     * groups' lines took 15 s and 818 MB, and no one can read them.
     */
    private void limit(Chart c) {
        boolean lines = c.kind() == Chart.Kind.TIME_LINES;
        if (c.series().size() > MAX_SERIES) {
            throw new UsageException("--chart " + file + ": " + c.series().size() + (lines ? " lines (one per group)" : " series")
                    + " are more than a chart shows (at most " + MAX_SERIES + "); chart a table of the groups you want, or leave out --chart");
        }
        limitCategories(c, lines);
    }

    /** The same limit, checked before a chart of one line per group is built (when --chart is given). */
    public void limitLines(int groups) {
        if (file != null && groups > MAX_SERIES) {
            throw new UsageException("--chart " + file + ": " + groups + " lines (one per group)"
                    + " are more than a chart shows (at most " + MAX_SERIES + "); chart a table of the groups you want, or leave out --chart");
        }
    }

    /** The bars' limit, checked before a chart of one bar per row is computed (when --chart is given). */
    public void limitBars(int rows) {
        if (file != null && rows > MAX_CATEGORIES) {
            throw new UsageException("--chart " + file + ": " + rows + " bars (one per row or payment)"
                    + " are more than a chart shows (at most " + MAX_CATEGORIES + "); chart fewer rows, or leave out --chart");
        }
    }

    private void limitCategories(Chart c, boolean lines) {
        if (c.categories().size() > MAX_CATEGORIES) {
            throw new UsageException("--chart " + file + ": " + c.categories().size() + (lines ? " points in time" : " bars (one per row or payment)")
                    + " are more than a chart shows (at most " + MAX_CATEGORIES + "); chart fewer rows, or leave out --chart");
        }
    }
}
