package org.genaiplan.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.genaiplan.schedule.tracking.EvCurve;
import org.genaiplan.schedule.tracking.MonthlyPhasing;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The earned-value charts as JFreeChart charts: cumulative PV, EV and AC with the status date and the budget
 * at completion, and the monthly burn (baseline, actual and forecast cost per month). Plain java.awt; works
 * headless.
 */
public final class EarnedValueCharts {
    public static final String PV = "Planned value (PV)";
    public static final String EV = "Earned value (EV)";
    public static final String AC = "Actual cost (AC)";

    static final Color PV_COLOUR = new Color(0x4a, 0x78, 0xb5);
    static final Color EV_COLOUR = new Color(0x3f, 0x9a, 0x5c);
    static final Color AC_COLOUR = new Color(0xc0, 0x39, 0x2b);
    static final Color FORECAST_COLOUR = new Color(0xe0, 0x9a, 0x3e);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private EarnedValueCharts() {
    }

    /** Cumulative PV, EV and AC, a dashed line at the status date and a dotted one at BAC. */
    public static JFreeChart curves(List<EvCurve.Point> points, LocalDate statusDate, double bac, String currency) {
        TimeSeries pv = new TimeSeries(PV);
        TimeSeries ev = new TimeSeries(EV);
        TimeSeries ac = new TimeSeries(AC);
        for (EvCurve.Point p : points) {
            if (p.date().getYear() < 1900 || p.date().getYear() > 9999) {
                continue;
            }
            Day day = new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear());
            pv.addOrUpdate(day, p.pv());
            if (p.ev() != null) {
                ev.addOrUpdate(day, p.ev());
            }
            if (p.ac() != null) {
                ac.addOrUpdate(day, p.ac());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
        data.addSeries(pv);
        data.addSeries(ev);
        data.addSeries(ac);
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {PV_COLOUR, EV_COLOUR, AC_COLOUR};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        XYPlot plot = new XYPlot(data, time, moneyAxis(currency), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        ValueMarker status = new ValueMarker(statusDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .toEpochMilli());
        status.setPaint(new Color(0x2e, 0x7d, 0x32));
        status.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        status.setLabel("Status date");
        status.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        status.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(status);
        ValueMarker budget = new ValueMarker(bac);
        budget.setPaint(Color.GRAY);
        budget.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {2, 3}, 0));
        budget.setLabel("BAC");
        budget.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        budget.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(budget);
        return chart("Earned value: cumulative PV, EV and AC", plot);
    }

    /** Cost per calendar month: the baseline's plan, the actual spent and the forecast. */
    public static JFreeChart monthlyBurn(List<MonthlyPhasing.Month> months, String currency) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyPhasing.Month m : months) {
            String label = m.month().toString();
            data.addValue(m.baseline(), "Baseline", label);
            data.addValue(m.actual(), "Actual", label);
            data.addValue(m.forecast(), "Forecast", label);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, PV_COLOUR);
        renderer.setSeriesPaint(1, AC_COLOUR);
        renderer.setSeriesPaint(2, FORECAST_COLOUR);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), moneyAxis(currency), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        return chart("Monthly burn", plot);
    }

    private static NumberAxis moneyAxis(String currency) {
        NumberAxis axis = new NumberAxis(currency);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        axis.setNumberFormatOverride(format);
        return axis;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
