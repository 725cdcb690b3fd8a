package org.genaiplan.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.genaiplan.schedule.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a risk analysis (JFreeChart, plain java.awt, works headless): the distribution of the finish
 * or of the cost as a histogram with its cumulative curve (the S-curve read as "probability of finishing by"),
 * before and after mitigation, and the tornado of the drivers.
 */
public final class RiskCharts {
    static final Color INHERENT = new Color(0xc0, 0x50, 0x4d);
    static final Color RESIDUAL = new Color(0x4a, 0x78, 0xb5);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final int BINS = 30;

    private RiskCharts() {
    }

    /** Histogram and cumulative curve of the finish in working days from the plan start; {@code residual} may be null. */
    public static JFreeChart finish(SimulationResult inherent, SimulationResult residual) {
        return distribution("Finish: working days from the plan start", "Working days",
                inherent, residual, RiskCharts::finishDays, inherent.workingDays(inherent.deterministicFinish()));
    }

    /** Histogram and cumulative curve of the total cost; {@code residual} may be null. */
    public static JFreeChart cost(SimulationResult inherent, SimulationResult residual, String currency) {
        return distribution("Total cost", "Cost (" + currency + ")", inherent, residual,
                SimulationResult::sortedCosts, inherent.deterministicCost());
    }

    private static double[] finishDays(SimulationResult r) {
        long[] f = r.sortedFinishes();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = r.workingDays(f[i]);
        }
        return d;
    }

    private static JFreeChart distribution(String title, String axis, SimulationResult inherent, SimulationResult residual,
                                           java.util.function.Function<SimulationResult, double[]> values, double plan) {
        double[] a = values.apply(inherent);
        double[] b = residual == null ? null : values.apply(residual);
        double lo = Math.min(a[0], b == null ? a[0] : b[0]);
        double hi = Math.max(a[a.length - 1], b == null ? a[a.length - 1] : b[b.length - 1]);
        lo = Math.min(lo, plan);
        double width = hi > lo ? (hi - lo) / BINS : 1;
        XYSeriesCollection bars = new XYSeriesCollection();
        XYSeriesCollection curves = new XYSeriesCollection();
        bars.addSeries(histogram("Before mitigation", a, lo, width));
        curves.addSeries(cumulative("Before mitigation: probability by", a));
        if (b != null) {
            bars.addSeries(histogram("After mitigation", b, lo, width));
            curves.addSeries(cumulative("After mitigation: probability by", b));
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new NumberAxis(axis));
        NumberAxis share = new NumberAxis("Share of iterations");
        share.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(Locale.ROOT));
        plot.setRangeAxis(0, share);
        NumberAxis probability = new NumberAxis("Probability of finishing by");
        probability.setRange(0, 1);
        probability.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(Locale.ROOT));
        plot.setRangeAxis(1, probability);
        bars.setIntervalWidth(width);
        plot.setDataset(0, bars);
        plot.setDataset(1, curves);
        plot.mapDatasetToRangeAxis(1, 1);
        XYBarRenderer barRenderer = new XYBarRenderer(0.1);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, translucent(INHERENT));
        barRenderer.setSeriesPaint(1, translucent(RESIDUAL));
        plot.setRenderer(0, barRenderer);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, INHERENT);
        lines.setSeriesPaint(1, RESIDUAL);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        lines.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(1, lines);
        marker(plot, plan, "Plan", Color.DARK_GRAY);
        marker(plot, a[rank(a.length, 80)], "P80", INHERENT);
        if (b != null) {
            marker(plot, b[rank(b.length, 80)], "P80", RESIDUAL);
        }
        style(plot);
        return chart(title, plot);
    }

    /**
     * Each iteration's finish against its cost (at most 2,000 points, evenly picked), with the P80 finish and
     * P80 cost as lines: the share in the lower left corner is the joint confidence of both.
     */
    public static JFreeChart joint(SimulationResult result, String currency) {
        long[] f = result.finishes();
        double[] c = result.costs();
        XYSeries points = new XYSeries("Iterations", false, true);
        int step = Math.max(1, f.length / 2000);
        for (int i = 0; i < f.length; i += step) {
            points.add(result.workingDays(f[i]), c[i]);
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), new NumberAxis("Working days from the plan start"),
                new NumberAxis("Cost (" + currency + ")"), new XYLineAndShapeRenderer(false, true));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, translucent(INHERENT));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        long p80 = result.finishMinutes(80);
        double c80 = result.cost(80);
        marker(plot, result.workingDays(p80), "P80 finish", INHERENT);
        ValueMarker costLine = new ValueMarker(c80, INHERENT, new BasicStroke(1.2f));
        costLine.setLabel("P80 cost");
        costLine.setLabelPaint(INHERENT);
        costLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        costLine.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(costLine);
        style(plot);
        return chart(String.format(Locale.ROOT, "Finish and cost before mitigation: %.0f %% of iterations meet both P80s",
                100 * result.jointShare(p80, c80)), plot);
    }

    /** The drivers with the strongest effect on the finish (and their effect on the cost), strongest on top. */
    public static JFreeChart tornado(SimulationResult result, int top) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<SimulationResult.DriverEffect> drivers = result.drivers();
        for (int i = 0; i < Math.min(top, drivers.size()); i++) {
            SimulationResult.DriverEffect d = drivers.get(i);
            String name = shorten(d.name(), 48);
            data.addValue(d.finishCorrelation(), "Effect on the finish", name);
            data.addValue(d.costCorrelation(), "Effect on the cost", name);
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null),
                new NumberAxis("Correlation with the result (-1 to 1)"), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, INHERENT);
        r.setSeriesPaint(1, new Color(0xe0, 0x9a, 0x3e));
        r.setItemMargin(0.05);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        return chart("What drives the finish and the cost", plot);
    }

    private static XYSeries histogram(String name, double[] sorted, double lo, double width) {
        int[] counts = new int[BINS + 1];
        for (double v : sorted) {
            counts[Math.min(BINS, (int) ((v - lo) / width))]++;
        }
        XYSeries s = new XYSeries(name);
        for (int i = 0; i <= BINS; i++) {
            s.add(lo + (i + 0.5) * width, (double) counts[i] / sorted.length);
        }
        return s;
    }

    private static XYSeries cumulative(String name, double[] sorted) {
        XYSeries s = new XYSeries(name);
        int steps = 100;
        for (int k = 0; k <= steps; k++) {
            int i = Math.min(sorted.length - 1, (int) ((long) k * (sorted.length - 1) / steps));
            s.add(sorted[i], (i + 1.0) / sorted.length);
        }
        return s;
    }

    private static int rank(int n, int percent) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(percent / 100.0 * n) - 1));
    }

    private static void marker(XYPlot plot, double x, String label, Color colour) {
        ValueMarker m = new ValueMarker(x, colour, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {4f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 110);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

}
