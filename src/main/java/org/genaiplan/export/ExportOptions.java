package org.genaiplan.export;

import java.time.LocalDate;

/**
 * Choices for an Excel export.
 *
 * @param ganttPng     a PNG of the Gantt chart for the Summary sheet, or null for the one {@code ganttPicture} says
 * @param today        the date the Gantt sheet highlights as today
 * @param topRisks     how many of the highest-scoring open risks the Summary lists
 * @param ganttPicture without a given PNG, whether the Summary gets the whole plan's chart with its task names
 *                     (the PDF report's drawing) or no picture
 */
public record ExportOptions(byte[] ganttPng, LocalDate today, int topRisks, boolean ganttPicture) {

    public ExportOptions {
        if (today == null) {
            today = LocalDate.now();
        }
        if (topRisks < 0) {
            throw new IllegalArgumentException("topRisks cannot be negative: " + topRisks);
        }
    }

    /** The whole plan's Gantt picture, today's date, the five top risks. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, LocalDate.now(), 5, true);
    }

    public ExportOptions withGanttPng(byte[] png) {
        return new ExportOptions(png, today, topRisks, ganttPicture);
    }

    /** No Gantt picture on the Summary sheet (unless one is given). */
    public ExportOptions withoutGanttPicture() {
        return new ExportOptions(ganttPng, today, topRisks, false);
    }

    public ExportOptions withToday(LocalDate date) {
        return new ExportOptions(ganttPng, date, topRisks, ganttPicture);
    }
}
