package org.genaiplan.ui.gantt.layout;

/** The units a header tier is divided into. */
public enum ScaleUnit {
    HOUR, DAY, WEEK, MONTH, QUARTER, YEAR
}
