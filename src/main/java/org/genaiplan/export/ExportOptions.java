package org.genaiplan.export;

import java.time.LocalDate;

/**
 * Choices for an Excel export.
 *
 * @param ganttPng   a PNG of the Gantt view for the Summary sheet, or null to leave it out
 * @param heatMapPng a PNG of the risk heat map for the Summary sheet, or null to draw one from the risks
 * @param today      the date the Gantt sheet highlights as today
 * @param topRisks   how many of the highest-scoring open risks the Summary lists
 */
public record ExportOptions(byte[] ganttPng, byte[] heatMapPng, LocalDate today, int topRisks) {

    public ExportOptions {
        if (today == null) {
            today = LocalDate.now();
        }
        if (topRisks < 0) {
            throw new IllegalArgumentException("topRisks cannot be negative: " + topRisks);
        }
    }

    /** No images given (a heat map is drawn), today's date, the five top risks. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, null, LocalDate.now(), 5);
    }

    public ExportOptions withGanttPng(byte[] png) {
        return new ExportOptions(png, heatMapPng, today, topRisks);
    }

    public ExportOptions withHeatMapPng(byte[] png) {
        return new ExportOptions(ganttPng, png, today, topRisks);
    }

    public ExportOptions withToday(LocalDate date) {
        return new ExportOptions(ganttPng, heatMapPng, date, topRisks);
    }
}
