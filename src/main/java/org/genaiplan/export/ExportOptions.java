package org.genaiplan.export;

import java.time.LocalDate;

/**
 * Choices for an Excel export.
 *
 * @param ganttPng a PNG of the Gantt view for the Summary sheet, or null to leave it out
 * @param today    the date the Gantt sheet highlights as today
 * @param topRisks how many of the highest-scoring open risks the Summary lists
 */
public record ExportOptions(byte[] ganttPng, LocalDate today, int topRisks) {

    public ExportOptions {
        if (today == null) {
            today = LocalDate.now();
        }
        if (topRisks < 0) {
            throw new IllegalArgumentException("topRisks cannot be negative: " + topRisks);
        }
    }

    /** No Gantt picture, today's date, the five top risks. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, LocalDate.now(), 5);
    }

    public ExportOptions withGanttPng(byte[] png) {
        return new ExportOptions(png, today, topRisks);
    }

    public ExportOptions withToday(LocalDate date) {
        return new ExportOptions(ganttPng, date, topRisks);
    }
}
