package org.genaiplan.ui.quality;

import java.util.List;

/** One metric as the Quality view shows it: texts ready for the table, and the points of its trend. */
public record MetricRow(String id, String group, String name, String measure, String target, String warning,
                        String latest, String status, String statusKey, String samples, String measuredBy,
                        String gate, String unit, Double targetValue, Double warningValue, List<Point> points) {
    public MetricRow {
        points = List.copyOf(points);
    }

    /** One measurement on the trend chart. */
    public record Point(java.time.LocalDate date, double value, String source) {
    }
}
