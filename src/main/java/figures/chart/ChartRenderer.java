package figures.chart;

import figures.model.Decimals;
import figures.render.HumanNumbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link Chart} with JFreeChart, as SVG (JFreeSVG, text kept as text) or PNG. Values are
 * converted to double here and only here: a picture needs no more than screen precision, and
 * every exact figure is in the table the command prints.
 */
public final class ChartRenderer {
    /** The file formats a chart can be written in, chosen by the file name's extension. */
    public enum Format { SVG, PNG }

    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private ChartRenderer() {
    }

    /** The format a file name asks for, or null when it ends in neither .svg nor .png. */
    public static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".svg") ? Format.SVG : lower.endsWith(".png") ? Format.PNG : null;
    }

    /** The chart as file contents in the given format. */
    public static byte[] render(Chart chart, Format format) {
        System.setProperty("java.awt.headless", "true"); // draws into memory: never needs (or opens) a display
        // rotated labels as rotated text, not glyph outlines: SVG readers and tests can read them
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
        JFreeChart jfc = build(chart);
        if (format == Format.SVG) {
            SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
            g2.setDefsKeyPrefix("figures"); // stable ids: the same chart gives the same file
            jfc.draw(g2, new Rectangle(WIDTH, HEIGHT));
            return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, jfc, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    static JFreeChart build(Chart chart) {
        JFreeChart jfc = chart.kind() == Chart.Kind.TIME_LINES ? timeLines(chart) : categories(chart);
        jfc.setBackgroundPaint(Color.WHITE);
        if (jfc.getLegend() != null) {
            jfc.getLegend().setPosition(RectangleEdge.TOP);
            jfc.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        jfc.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        TextTitle source = new TextTitle(chart.source(), new Font(Font.SANS_SERIF, Font.PLAIN, 11), Color.DARK_GRAY,
                RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(6, 8, 4, 8));
        jfc.addSubtitle(source);
        Plot plot = jfc.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return jfc;
    }

    private static JFreeChart categories(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = s.values().get(i);
                data.addValue(v == null ? null : v.doubleValue(), s.name(), chart.categories().get(i));
            }
        }
        boolean legend = chart.series().size() > 1;
        JFreeChart jfc = switch (chart.kind()) {
            case BARS -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, legend, false, false);
            default -> ChartFactory.createStackedBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, legend, false, false);
        };
        CategoryPlot plot = jfc.getCategoryPlot();
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(new Significant(6));
        if (chart.categories().stream().mapToInt(String::length).sum() > 90) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);

        CategoryItemRenderer r = plot.getRenderer();
        for (int i = 0; i < chart.series().size(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (r instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.12);
        }
        if (chart.categories().size() * chart.series().size() <= 24) {
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new Significant(4)));
            r.setDefaultItemLabelsVisible(true);
        }
        return jfc;
    }

    /** Lines over a numeric time axis: each value at its position (a year, or the middle of a span). */
    private static JFreeChart timeLines(Chart chart) {
        XYSeriesCollection data = new XYSeriesCollection();
        int points = 0;
        for (Chart.Series s : chart.series()) {
            XYSeries xy = new XYSeries(s.name(), true, false);
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = s.values().get(i);
                if (v != null) {
                    xy.add(chart.positions().get(i).doubleValue(), v.doubleValue());
                    points++;
                }
            }
            data.addSeries(xy);
        }
        JFreeChart jfc = ChartFactory.createXYLineChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
                PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
        XYPlot plot = jfc.getXYPlot();
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinePaint(new Color(0xeeeeee));
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        years.setAutoRangeIncludesZero(false);
        years.setAutoRangeStickyZero(false); // room for the first point's label when it sits at 0
        years.setLowerMargin(0.04);
        years.setUpperMargin(0.04);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(new Significant(6));
        values.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < chart.series().size(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        if (points <= 24) {
            r.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{2}", new Significant(4), new Significant(4)));
            r.setDefaultItemLabelsVisible(true);
        }
        plot.setRenderer(r);
        return jfc;
    }

    /** Tick and bar labels: significant digits, digits grouped like the tables ({@code 9.782}, {@code 12 000}). */
    static final class Significant extends NumberFormat {
        private final int digits;

        Significant(int digits) {
            this.digits = digits;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return to.append(number);
            }
            BigDecimal v = Decimals.roundSignificant(new BigDecimal(Double.toString(number)), digits).stripTrailingZeros();
            return to.append(HumanNumbers.group(v.scale() < 0 ? v.setScale(0) : v));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(HumanNumbers.group(BigDecimal.valueOf(number)));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels are only written");
        }
    }
}
