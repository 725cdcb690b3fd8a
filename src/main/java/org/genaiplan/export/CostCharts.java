package org.genaiplan.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The cost charts, built from a {@link CostReport} as JFreeChart charts, for the cost view in the window; the
 * workbook draws the same three as native charts ({@link SummaryCharts}) in these series' names and colours.
 * Plain java.awt; works headless.
 */
public final class CostCharts {
    public static final String PLANNED = "Planned";
    public static final String FORECAST = "Forecast";
    public static final String ACTUAL = "Actual";

    static final Color PLANNED_COLOUR = new Color(0x4a, 0x78, 0xb5);
    static final Color FORECAST_COLOUR = new Color(0xe0, 0x9a, 0x3e);
    static final Color ACTUAL_COLOUR = new Color(0x3f, 0x9a, 0x5c);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private CostCharts() {
    }

    /** Planned, forecast and actual cost per lifecycle phase, phases in WBS order. */
    public static JFreeChart byPhase(CostReport report, String currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, CostReport.Totals> e : report.byPhase().entrySet()) {
            add(data, e.getKey(), e.getValue());
        }
        return bars("Cost by phase", data, currency, PlotOrientation.VERTICAL);
    }

    /** Planned, forecast and actual cost per category (people, compute, API, data, other). */
    public static JFreeChart byCategory(CostReport report, String currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<CostCategory, CostReport.Totals> e : report.byCategory().entrySet()) {
            add(data, e.getKey().label(), e.getValue());
        }
        return bars("Cost by category", data, currency, PlotOrientation.HORIZONTAL);
    }

    /** Cumulative planned cost over the schedule, with the cumulative actual cost up to today. */
    public static JFreeChart sCurve(CostReport report, String currency, LocalDate today) {
        TimeSeries planned = new TimeSeries(PLANNED);
        TimeSeries actual = new TimeSeries(ACTUAL);
        for (CostReport.CurvePoint p : report.sCurve()) {
            if (p.date().getYear() < 1900 || p.date().getYear() > 9999) {
                continue; // a chart's time axis counts days from 1900 to 9999 only
            }
            Day day = new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear());
            planned.addOrUpdate(day, p.planned());
            if (p.actual() != null) {
                actual.addOrUpdate(day, p.actual());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection(java.util.TimeZone.getTimeZone("UTC"));
        data.addSeries(planned);
        data.addSeries(actual);
        DateAxis time = new DateAxis();
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        NumberAxis money = moneyAxis(currency);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, PLANNED_COLOUR);
        renderer.setSeriesPaint(1, ACTUAL_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(data, time, money, renderer);
        style(plot);
        ValueMarker todayLine = new ValueMarker(today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        todayLine.setPaint(new Color(0xc0, 0x39, 0x2b));
        todayLine.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        todayLine.setLabel("Today");
        todayLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        todayLine.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(todayLine);
        return chart("Cumulative cost", plot);
    }

    private static void add(DefaultCategoryDataset data, String column, CostReport.Totals totals) {
        data.addValue(totals.planned(), PLANNED, column);
        data.addValue(totals.forecast(), FORECAST, column);
        data.addValue(totals.actual(), ACTUAL, column);
    }

    private static JFreeChart bars(String title, DefaultCategoryDataset data, String currency,
                                   PlotOrientation orientation) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, PLANNED_COLOUR);
        renderer.setSeriesPaint(1, FORECAST_COLOUR);
        renderer.setSeriesPaint(2, ACTUAL_COLOUR);
        WholeWordAxis categories = new WholeWordAxis();
        categories.nameCategories(data.getColumnKeys());
        if (orientation == PlotOrientation.VERTICAL) {
            // Labels may use the gap between bar groups too: wider lines, fewer shortened words.
            categories.setMaximumCategoryLabelWidthRatio(1.2f);
        } else {
            categories.setMaximumCategoryLabelLines(2);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, moneyAxis(currency), renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return chart(title, plot);
    }

    private static NumberAxis moneyAxis(String currency) {
        NumberAxis axis = new NumberAxis(currency);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle t = chart.getTitle();
        t.setPaint(new Color(0x33, 0x33, 0x33));
        return chart;
    }
}
