package org.genaiplan.ui.gantt;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The colours and fonts one frame is drawn with, read from the chart's CSS properties. */
record GanttTheme(Color background, Color gridLine, Color nonWorking, Color headerBackground, Color headerText,
                  Color barFill, Color barStroke, Color progressFill, Color criticalFill, Color criticalStroke,
                  Color summaryFill, Color milestoneFill, Color arrow, Color today, Color deadline, Color label,
                  Color selection, Color preview, Font labelFont, Font headerFont) {
}
