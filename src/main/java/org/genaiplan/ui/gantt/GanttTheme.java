package org.genaiplan.ui.gantt;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The colours and fonts one frame is drawn with, read from the chart's CSS properties
 * ({@code -gantt-*} in {@code gantt.css}).
 *
 * @param holiday    the shade of the calendar's holidays, over the non-working shade ({@code -gantt-holiday})
 * @param constraint the pin at a task's constraint date ({@code -gantt-constraint})
 * @param late       the part of a bar past the date it should have finished by ({@code -gantt-late})
 */
record GanttTheme(Color background, Color gridLine, Color nonWorking, Color headerBackground, Color headerText,
                  Color barFill, Color barStroke, Color progressFill, Color criticalFill, Color criticalStroke,
                  Color summaryFill, Color milestoneFill, Color arrow, Color today, Color deadline, Color label,
                  Color selection, Color preview, Font labelFont, Font headerFont,
                  Color holiday, Color constraint, Color late) {

    static final Color LIGHT_HOLIDAY = Color.web("#f8ddd3");
    static final Color LIGHT_CONSTRAINT = Color.web("#7d3c98");
    static final Color LIGHT_LATE = Color.web("#e53935");
    static final Color DARK_HOLIDAY = Color.web("#3d2b29");
    static final Color DARK_CONSTRAINT = Color.web("#c39bd3");
    static final Color DARK_LATE = Color.web("#ff6b60");

    /**
     * A theme without its own holiday, constraint and late colours: they follow the background, the light
     * set on a light one and the dark set on a dark one (the values {@code gantt.css} gives both).
     */
    GanttTheme(Color background, Color gridLine, Color nonWorking, Color headerBackground, Color headerText,
               Color barFill, Color barStroke, Color progressFill, Color criticalFill, Color criticalStroke,
               Color summaryFill, Color milestoneFill, Color arrow, Color today, Color deadline, Color label,
               Color selection, Color preview, Font labelFont, Font headerFont) {
        this(background, gridLine, nonWorking, headerBackground, headerText, barFill, barStroke, progressFill,
                criticalFill, criticalStroke, summaryFill, milestoneFill, arrow, today, deadline, label, selection,
                preview, labelFont, headerFont,
                isDark(background) ? DARK_HOLIDAY : LIGHT_HOLIDAY,
                isDark(background) ? DARK_CONSTRAINT : LIGHT_CONSTRAINT,
                isDark(background) ? DARK_LATE : LIGHT_LATE);
    }

    private static boolean isDark(Color background) {
        return background != null && background.getBrightness() < 0.5;
    }

    /** The light colours (also the chart's values when no style sheet sets them). */
    static GanttTheme light() {
        return new GanttTheme(Color.web("#ffffff"), Color.web("#e3e6eb"), Color.web("#f0f2f5"), Color.web("#fafbfc"),
                Color.web("#39404d"), Color.web("#9bb8ee"), Color.web("#3b6fd8"), Color.web("#1f3f80"),
                Color.web("#f2aaa3"), Color.web("#c0392b"), Color.web("#39404d"), Color.web("#39404d"),
                Color.web("#6b7380"), Color.web("#e67e22"), Color.web("#b3261e"), Color.web("#39404d"),
                Color.web("#dce7fb"), Color.web("#3b6fd8"), Font.font(11), Font.font(11),
                LIGHT_HOLIDAY, LIGHT_CONSTRAINT, LIGHT_LATE);
    }
}
