package org.genaiplan.ui.gantt;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The colours and fonts one frame is drawn with, read from the chart's CSS properties. */
record GanttTheme(Color background, Color gridLine, Color nonWorking, Color headerBackground, Color headerText,
                  Color barFill, Color barStroke, Color progressFill, Color criticalFill, Color criticalStroke,
                  Color summaryFill, Color milestoneFill, Color arrow, Color today, Color deadline, Color label,
                  Color selection, Color preview, Font labelFont, Font headerFont) {

    /** The light colours (also the chart's values when no style sheet sets them). */
    static GanttTheme light() {
        return new GanttTheme(Color.web("#ffffff"), Color.web("#e3e6eb"), Color.web("#f0f2f5"), Color.web("#fafbfc"),
                Color.web("#39404d"), Color.web("#9bb8ee"), Color.web("#3b6fd8"), Color.web("#1f3f80"),
                Color.web("#f2aaa3"), Color.web("#c0392b"), Color.web("#39404d"), Color.web("#39404d"),
                Color.web("#6b7380"), Color.web("#e67e22"), Color.web("#b3261e"), Color.web("#39404d"),
                Color.web("#dce7fb"), Color.web("#3b6fd8"), Font.font(11), Font.font(11));
    }
}
