package org.genaiplan.ui.gantt.layout;

import java.time.LocalDate;

/**
 * A time scale fitted to a span of days: the day width at which the days {@code from} to {@code to}
 * (both whole, inclusive) fill a chart {@code width} pixels wide but for a small margin at each end, and
 * the level whose header tiers suit that width. Pure arithmetic; {@link TimeScale#fit} applies it.
 *
 * @param level      the header tiers (and hours or whole-day drawing) for {@link #dayWidth}
 * @param dayWidth   pixels per calendar day, anywhere between and beyond the levels' own widths
 * @param leftMargin pixels between the chart's left edge and the start of {@code from}; the same margin
 *                   is left after the end of {@code to}
 */
public record ZoomFit(ZoomLevel level, double dayWidth, double leftMargin) {
    /** The narrowest width fitted to; a chart not laid out yet (width 0) is fitted as this wide. */
    public static final double MIN_WIDTH = 100;
    /** No day is drawn narrower than this, however long the plan. */
    public static final double MIN_DAY_WIDTH = 0.05;

    /**
     * The fit of the days {@code from} to {@code to} into {@code width} pixels. A span given backwards is
     * read forwards; a single day fills the width (drawn by the hour).
     */
    public static ZoomFit of(LocalDate from, LocalDate to, double width) {
        long first = Math.min(from.toEpochDay(), to.toEpochDay());
        long last = Math.max(from.toEpochDay(), to.toEpochDay());
        double w = Double.isFinite(width) ? Math.max(width, MIN_WIDTH) : MIN_WIDTH;
        double margin = margin(w);
        long days = last - first + 1;
        double dayWidth = Math.max(MIN_DAY_WIDTH, (w - 2 * margin) / days);
        return new ZoomFit(ZoomLevel.forDayWidth(dayWidth), dayWidth, margin);
    }

    /** The margin at each end: 2 % of the width, at least 6 and at most 24 pixels. */
    static double margin(double width) {
        return Math.clamp(width * 0.02, 6, 24);
    }
}
