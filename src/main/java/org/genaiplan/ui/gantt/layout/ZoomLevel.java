package org.genaiplan.ui.gantt.layout;

/**
 * How much time one pixel shows. Each level names its two header tiers (the upper, coarser one and the
 * lower one), its width of one calendar day in pixels, and the narrowest day at which its tiers still read
 * well (the lower tier's labels fit their cells), which is how a fitted scale of any width picks its tiers.
 */
public enum ZoomLevel {
    /** Hour labels ("08") need about 20 px an hour. */
    HOURS(24 * 22.0, 24 * 20.0, ScaleUnit.DAY, ScaleUnit.HOUR),
    /** Day numbers need about 20 px a day. */
    DAYS(28.0, 20.0, ScaleUnit.WEEK, ScaleUnit.DAY),
    /** A week's "30 Nov" needs about 46 px a week. */
    WEEKS(10.0, 7.0, ScaleUnit.MONTH, ScaleUnit.WEEK),
    /** A month's "Sep" needs about 26 px in the shortest month. */
    MONTHS(3.2, 1.2, ScaleUnit.QUARTER, ScaleUnit.MONTH),
    QUARTERS(1.0, 0.0, ScaleUnit.YEAR, ScaleUnit.QUARTER);

    private final double dayWidth;
    private final double minDayWidth;
    private final ScaleUnit upper;
    private final ScaleUnit lower;

    ZoomLevel(double dayWidth, double minDayWidth, ScaleUnit upper, ScaleUnit lower) {
        this.dayWidth = dayWidth;
        this.minDayWidth = minDayWidth;
        this.upper = upper;
        this.lower = lower;
    }

    /** Pixels per calendar day. */
    public double dayWidth() {
        return dayWidth;
    }

    /** The narrowest day, in pixels, at which this level's header tiers are used for a fitted scale. */
    public double minDayWidth() {
        return minDayWidth;
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

    /** The finest level whose header tiers read well at a day of {@code dayWidth} pixels. */
    public static ZoomLevel forDayWidth(double dayWidth) {
        for (ZoomLevel z : values()) {
            if (dayWidth >= z.minDayWidth) {
                return z;
            }
        }
        return QUARTERS;
    }
}
