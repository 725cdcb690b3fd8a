package org.genaiplan.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;

/**
 * The chart's two-tier timescale header, its vertical grid and its non-working days, for the part of the chart
 * from {@code offset} to {@code offset + width} (chart x), drawn with the chart's x = 0 at page x {@code originX}.
 * A tier's label is the longest of its forms that fits its cell; a cell cut by the page's edge shows its label
 * from the edge, so every page names its months.
 */
final class Timescale {
    /** Lower-tier cells narrower than this get no grid line of their own (the upper tier's lines stay). */
    private static final double MIN_GRID_CELL = 4;
    /** Days narrower than this get no weekend shading. */
    private static final double MIN_SHADED_DAY = 3;

    private final ChartScale scale;
    private final ReportFonts fonts;
    private final Font upperFont;
    private final Font lowerFont;

    Timescale(ChartScale scale, ReportFonts fonts) {
        this.scale = scale;
        this.fonts = fonts;
        upperFont = fonts.font(true, Ink.SMALL);
        lowerFont = fonts.font(false, Ink.SMALL);
    }

    /** Shades the non-working days over the rows, when days are wide enough to see. */
    void shade(Graphics2D g, double originX, double offset, double width, double top, double height) {
        if (scale.dayWidth() < MIN_SHADED_DAY) {
            return;
        }
        g.setColor(Ink.WEEKEND);
        LocalDate last = scale.dateAt(offset + width);
        for (LocalDate d = scale.dateAt(offset); !d.isAfter(last); d = d.plusDays(1)) {
            if (!scale.calendar().isWorkingDay(d)) {
                g.fill(new Rectangle2D.Double(originX + scale.x(d), top, scale.dayWidth(), height));
            }
        }
    }

    /** The header at {@code top} (two tiers) and the grid lines down through {@code rowsHeight} of rows. */
    void paint(Graphics2D g, double originX, double offset, double width, double top, double rowsHeight) {
        double left = originX + offset;
        double right = left + width;
        g.setColor(Ink.HEADER);
        g.fill(new Rectangle2D.Double(left, top, width, GanttPages.HEADER));
        ChartScale.Unit lower = scale.lower();
        boolean lowerGrid = width(lower) >= MIN_GRID_CELL;
        tier(g, scale.upper(), originX, left, right, top, top + GanttPages.HEADER + rowsHeight, upperFont, false);
        tier(g, lower, originX, left, right, top + GanttPages.TIER,
                top + GanttPages.HEADER + (lowerGrid ? rowsHeight : 0), lowerFont, true);
        g.setColor(Ink.RULE);
        g.setStroke(Ink.HAIRLINE);
        g.draw(new Line2D.Double(left, top + GanttPages.TIER, right, top + GanttPages.TIER));
    }

    /** The typical width of a unit's cell, in points. */
    private double width(ChartScale.Unit unit) {
        return switch (unit) {
            case DAY -> scale.dayWidth();
            case WEEK -> 7 * scale.dayWidth();
            case MONTH -> 28 * scale.dayWidth();
            case QUARTER -> 90 * scale.dayWidth();
            case YEAR -> 365 * scale.dayWidth();
        };
    }

    private void tier(Graphics2D g, ChartScale.Unit unit, double originX, double left, double right, double top,
                      double lineEnd, Font font, boolean centred) {
        double mid = top + GanttPages.TIER / 2;
        LocalDate first = unit.start(scale.dateAt(left - originX));
        for (LocalDate d = first; originX + scale.x(d) < right; d = unit.next(d)) {
            double x1 = originX + scale.x(d);
            double x2 = originX + scale.x(unit.next(d));
            if (x1 >= left) {
                g.setColor(Ink.GRID);
                g.setStroke(Ink.HAIRLINE);
                g.draw(new Line2D.Double(x1, top, x1, lineEnd));
            }
            double from = Math.max(x1, left);
            double to = Math.min(x2, right);
            String label = label(unit, d, to - from - 4, font);
            if (label == null) {
                continue;
            }
            g.setColor(Ink.TEXT);
            if (centred) {
                Ink.centre(g, fonts, label, font, (from + to) / 2, mid);
            } else {
                Ink.left(g, fonts, label, font, from + 3, mid);
            }
        }
    }

    private String label(ChartScale.Unit unit, LocalDate d, double room, Font font) {
        for (String label : unit.labels(d)) {
            if (fonts.width(label, font) <= room) {
                return label;
            }
        }
        return null;
    }
}
