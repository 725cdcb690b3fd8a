package org.genaiplan.ui.gantt.layout;

/**
 * How much time one pixel shows. Each level names its two header tiers (the upper, coarser one and the
 * lower one) and its width of one calendar day in pixels.
 */
public enum ZoomLevel {
    HOURS(24 * 22.0, ScaleUnit.DAY, ScaleUnit.HOUR),
    DAYS(28.0, ScaleUnit.WEEK, ScaleUnit.DAY),
    WEEKS(10.0, ScaleUnit.MONTH, ScaleUnit.WEEK),
    MONTHS(3.2, ScaleUnit.QUARTER, ScaleUnit.MONTH),
    QUARTERS(1.0, ScaleUnit.YEAR, ScaleUnit.QUARTER);

    private final double dayWidth;
    private final ScaleUnit upper;
    private final ScaleUnit lower;

    ZoomLevel(double dayWidth, ScaleUnit upper, ScaleUnit lower) {
        this.dayWidth = dayWidth;
        this.upper = upper;
        this.lower = lower;
    }

    /** Pixels per calendar day. */
    public double dayWidth() {
        return dayWidth;
    }

    public ScaleUnit upper() {
        return upper;
    }

    public ScaleUnit lower() {
        return lower;
    }

    /** True where a pixel is fine enough to show hours as they are; coarser levels draw a working day as a whole day. */
    public boolean showsHours() {
        return this == HOURS;
    }

    public ZoomLevel finer() {
        return this == HOURS ? HOURS : values()[ordinal() - 1];
    }

    public ZoomLevel coarser() {
        return this == QUARTERS ? QUARTERS : values()[ordinal() + 1];
    }
}
