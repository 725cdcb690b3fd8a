package org.genaiplan.ui.quality;

/** What the metric dialog gives back; numbers as typed (empty: none). */
public record MetricInput(String id, String name, String group, String measure, boolean atMost, String target,
                          String warning, String unit, String sampleSize) {
}
