package org.genaiplan.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The trend chart says when a metric has no measurement yet, and reads its dates as yyyy-MM-dd. */
class TrendChartTest {
    private static MetricRow row(List<MetricRow.Point> points) {
        return new MetricRow("m1", "Accuracy", "Answer accuracy", "Share of correct answers", "0.9", "0.8", "", "",
                "", "", "", "", "", 0.9, 0.8, points);
    }

    @Test
    void aMetricWithoutMeasurementsShowsANoteAndNoDateLabels() {
        JFreeChart chart = TrendChart.of(row(List.of()));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getNoDataMessage()).startsWith("No measurements yet");
        assertThat(plot.getDomainAxis().isTickLabelsVisible()).isFalse();
        chart.createBufferedImage(600, 300); // draws without a date axis labelled 00:00:00.000
    }

    @Test
    void datesReadAsDaysAtEveryZoomAndOneMeasurementSpansTwoDays() {
        JFreeChart chart = TrendChart.of(row(List.of(new MetricRow.Point(LocalDate.of(2026, 3, 9), 0.84, "eval"))));
        DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
        assertThat(axis.isTickLabelsVisible()).isTrue();
        Date monday = Date.from(LocalDate.of(2026, 3, 9).atStartOfDay().toInstant(ZoneOffset.UTC));
        for (int i = 0; i < ((org.jfree.chart.axis.TickUnits) axis.getStandardTickUnits()).size(); i++) {
            DateTickUnit unit = (DateTickUnit) ((org.jfree.chart.axis.TickUnits) axis.getStandardTickUnits()).get(i);
            assertThat(unit.dateToString(monday)).isEqualTo("2026-03-09");
        }
        chart.createBufferedImage(600, 300);
        assertThat(axis.getRange().getLength()).isGreaterThanOrEqualTo(2 * 86_400_000.0);
    }
}
