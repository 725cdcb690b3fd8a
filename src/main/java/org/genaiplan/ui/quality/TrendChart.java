package org.genaiplan.ui.quality;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.ZoneOffset;
import java.util.Date;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The trend of one metric: its measurements over time, with the target and the warning threshold as lines. */
final class TrendChart {
    private static final Color LINE = new Color(0x1565c0);
    private static final Color TARGET = new Color(0xc62828);
    private static final Color WARNING = new Color(0xef6c00);

    private TrendChart() {
    }

    static JFreeChart of(MetricRow row) {
        TimeSeries series = new TimeSeries(row.name());
        for (MetricRow.Point p : row.points()) {
            Day day = new Day(Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC)),
                    java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ENGLISH);
            series.addOrUpdate(day, p.value()); // the last value of a day is the one that counts
        }
        String unit = row.unit().isEmpty() ? "" : " (" + row.unit() + ")";
        JFreeChart chart = ChartFactory.createTimeSeriesChart(row.name() + ": trend", "Date", row.name() + unit,
                new TimeSeriesCollection(series), false, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xfafafa));
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        dateAxis((DateAxis) plot.getDomainAxis(), !row.points().isEmpty());
        plot.setNoDataMessage("No measurements yet: Import evaluation results\u2026 adds them and draws the trend.");
        plot.setNoDataMessagePaint(new Color(0x5f6368));
        plot.setNoDataMessageFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        if (row.targetValue() != null) {
            plot.addRangeMarker(marker(row.targetValue(), TARGET, "Target " + row.target()));
        }
        if (row.warningValue() != null) {
            plot.addRangeMarker(marker(row.warningValue(), WARNING, "Warning " + row.warning()));
        }
        if (row.targetValue() != null) {
            plot.getRangeAxis().setAutoRange(true);
            double top = row.targetValue();
            for (MetricRow.Point p : row.points()) {
                top = Math.max(top, p.value());
            }
            plot.getRangeAxis().setUpperBound(top == 0 ? 1 : top * 1.2);
            plot.getRangeAxis().setLowerBound(0);
        }
        return chart;
    }

    /**
     * Dates read yyyy-MM-dd at every zoom (days, weeks, months, years), the axis spans at least two days so that
     * one measurement shows one date; with no measurement the axis shows no labels (only the note).
     */
    private static void dateAxis(DateAxis axis, boolean hasPoints) {
        java.util.TimeZone utc = java.util.TimeZone.getTimeZone("UTC");
        axis.setTimeZone(utc);
        java.text.SimpleDateFormat day = new java.text.SimpleDateFormat("yyyy-MM-dd", java.util.Locale.ENGLISH);
        day.setTimeZone(utc);
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (int[] u : new int[][] {{0, 1}, {0, 2}, {0, 7}, {0, 14}, {1, 1}, {1, 2}, {1, 3}, {1, 6}, {2, 1}, {2, 2},
                {2, 5}, {2, 10}}) {
            org.jfree.chart.axis.DateTickUnitType type = switch (u[0]) {
                case 0 -> org.jfree.chart.axis.DateTickUnitType.DAY;
                case 1 -> org.jfree.chart.axis.DateTickUnitType.MONTH;
                default -> org.jfree.chart.axis.DateTickUnitType.YEAR;
            };
            units.add(new org.jfree.chart.axis.DateTickUnit(type, u[1], day));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeMinimumSize(2 * 86_400_000.0);
        axis.setTickLabelsVisible(hasPoints);
        axis.setTickMarksVisible(hasPoints);
    }

    private static ValueMarker marker(double value, Color colour, String label) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }
}
