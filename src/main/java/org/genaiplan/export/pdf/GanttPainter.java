package org.genaiplan.export.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.DurationFormat;

/**
 * Draws one page of the Gantt report into any Graphics2D, in points: the table part (task name, duration,
 * start, finish) and the chart part with its two-tier timescale, row bands by the row's place in the whole plan
 * (so they carry on across page breaks), weekends, bars (critical red, summaries dark, progress darker),
 * milestones with their dates, and the today line.
 */
final class GanttPainter {
    private static final DateTimeFormatter MILESTONE_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final GanttPages layout;
    private final ReportFonts fonts;
    private final DurationFormat durations;
    private final LocalDate today;
    private final Font body;
    private final Font bold;
    private final Font small;

    GanttPainter(GanttPages layout, ReportFonts fonts, Plan plan, LocalDate today) {
        this.layout = layout;
        this.fonts = fonts;
        this.durations = new DurationFormat(plan.calendar());
        this.today = today;
        body = fonts.font(false, Ink.BODY);
        bold = fonts.font(true, Ink.BODY);
        small = fonts.font(false, Ink.SMALL);
    }

    void paint(Graphics2D g, Rectangle2D area, GanttPages.Tile tile) {
        double x0 = area.getX();
        double y0 = area.getY();
        double table = layout.tableWidth(tile.column());
        double chartX = x0 + table;
        double chartW = layout.chartWidth(tile.column());
        double rowsTop = y0 + GanttPages.HEADER;
        double rowsH = (tile.end() - tile.first()) * GanttPages.ROW;
        List<Task> rows = layout.rows();

        g.setColor(Ink.BAND);
        for (int i = tile.first(); i < tile.end(); i++) {
            if (i % 2 == 1) {
                g.fill(new Rectangle2D.Double(x0, rowY(rowsTop, tile, i), table + chartW, GanttPages.ROW));
            }
        }
        Shape saved = g.getClip();
        g.clip(new Rectangle2D.Double(chartX, y0, chartW, GanttPages.HEADER + rowsH));
        double offset = layout.chartOffset(tile.column());
        Timescale timescale = new Timescale(layout.scale(), fonts);
        timescale.shade(g, chartX - offset, offset, chartW, rowsTop, rowsH);
        timescale.paint(g, chartX - offset, offset, chartW, y0, rowsH);
        // the today line goes behind the bars and the milestones' dates, which stay readable across it
        double todayX = chartX - offset + layout.scale().x(today);
        if (todayX >= chartX && todayX <= chartX + chartW) {
            g.setColor(Ink.TODAY);
            g.setStroke(Ink.TODAY_LINE);
            g.draw(new Line2D.Double(todayX, rowsTop, todayX, rowsTop + rowsH));
        }
        for (int i = tile.first(); i < tile.end(); i++) {
            bar(g, rows.get(i), chartX - offset, rowY(rowsTop, tile, i));
        }
        g.setClip(saved);
        tableHeader(g, x0, y0, tile.column() == 0);
        for (int i = tile.first(); i < tile.end(); i++) {
            tableRow(g, rows.get(i), x0, rowY(rowsTop, tile, i), tile.column() == 0);
        }
        g.setColor(Ink.RULE);
        g.setStroke(Ink.THIN);
        g.draw(new Rectangle2D.Double(x0, y0, table + chartW, GanttPages.HEADER + rowsH));
        g.draw(new Line2D.Double(x0, rowsTop, x0 + table + chartW, rowsTop));
        g.draw(new Line2D.Double(chartX, y0, chartX, rowsTop + rowsH));
    }

    private static double rowY(double rowsTop, GanttPages.Tile tile, int i) {
        return rowsTop + (i - tile.first()) * GanttPages.ROW;
    }

    private void tableHeader(Graphics2D g, double x, double y, boolean full) {
        g.setColor(Ink.HEADER);
        g.fill(new Rectangle2D.Double(x, y, layout.tableWidth(full ? 0 : 1), GanttPages.HEADER));
        g.setColor(Ink.TEXT);
        double mid = y + GanttPages.HEADER / 2;
        Ink.left(g, fonts, "Task name", bold, x + 4, mid);
        if (!full) {
            return;
        }
        double cx = x + layout.nameWidth();
        columnRule(g, cx, y, GanttPages.HEADER);
        Ink.right(g, fonts, "Duration", bold, cx + layout.durationWidth() - 4, mid);
        cx += layout.durationWidth();
        columnRule(g, cx, y, GanttPages.HEADER);
        Ink.left(g, fonts, "Start", bold, cx + 4, mid);
        cx += layout.dateWidth();
        columnRule(g, cx, y, GanttPages.HEADER);
        Ink.left(g, fonts, "Finish", bold, cx + 4, mid);
    }

    private void tableRow(Graphics2D g, Task t, double x, double y, boolean full) {
        boolean summary = t.hasChildren();
        Font font = summary ? bold : body;
        double mid = y + GanttPages.ROW / 2;
        double indent = GanttPages.indent(t);
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, fonts.fit(t.name(), font, layout.nameWidth() - indent - 8), font, x + 4 + indent, mid);
        if (!full) {
            return;
        }
        double cx = x + layout.nameWidth();
        columnRule(g, cx, y, GanttPages.ROW);
        Ink.right(g, fonts, durations.format(t.rolledUpDurationMinutes()), font, cx + layout.durationWidth() - 4, mid);
        cx += layout.durationWidth();
        columnRule(g, cx, y, GanttPages.ROW);
        if (t.start() != null) {
            Ink.left(g, fonts, t.start().toLocalDate().format(GanttPages.DATE), font, cx + 4, mid);
        }
        cx += layout.dateWidth();
        columnRule(g, cx, y, GanttPages.ROW);
        if (t.finish() != null) {
            Ink.left(g, fonts, GanttPages.lastDay(t).format(GanttPages.DATE), font, cx + 4, mid);
        }
        g.setColor(Ink.TEXT);
    }

    private static void columnRule(Graphics2D g, double x, double y, double h) {
        Color c = g.getColor();
        g.setColor(Ink.GRID);
        g.setStroke(Ink.HAIRLINE);
        g.draw(new Line2D.Double(x, y, x, y + h));
        g.setColor(c);
    }

    private void bar(Graphics2D g, Task t, double originX, double y) {
        if (t.start() == null || t.finish() == null) {
            return;
        }
        ChartScale scale = layout.scale();
        double h = GanttPages.ROW;
        if (t.kind() == TaskKind.MILESTONE) {
            double cx = originX + scale.x(t.finish());
            double cy = y + h / 2;
            double r = h * 0.33;
            Path2D.Double diamond = new Path2D.Double();
            diamond.moveTo(cx, cy - r);
            diamond.lineTo(cx + r, cy);
            diamond.lineTo(cx, cy + r);
            diamond.lineTo(cx - r, cy);
            diamond.closePath();
            g.setColor(t.isCritical() ? Ink.CRITICAL : Ink.SUMMARY);
            g.fill(diamond);
            g.setColor(Ink.MUTED);
            Ink.left(g, fonts, t.finish().toLocalDate().format(MILESTONE_DATE), small, cx + r + 2, cy);
            return;
        }
        double x1 = originX + scale.x(t.start());
        double x2 = Math.max(x1 + 1, originX + scale.x(t.finish()));
        if (t.hasChildren()) {
            summaryBar(g, x1, x2, y + h * 0.3, h * 0.22);
            return;
        }
        boolean critical = t.isCritical();
        g.setColor(critical ? Ink.CRITICAL : Ink.BAR);
        g.fill(new Rectangle2D.Double(x1, y + h * 0.25, x2 - x1, h * 0.5));
        int done = t.percentComplete();
        if (done > 0) {
            g.setColor(critical ? Ink.CRITICAL_DONE : Ink.BAR_DONE);
            g.fill(new Rectangle2D.Double(x1, y + h * 0.4, (x2 - x1) * done / 100.0, h * 0.2));
        }
    }

    static void summaryBar(Graphics2D g, double x1, double x2, double top, double thick) {
        g.setColor(Ink.SUMMARY);
        g.fill(new Rectangle2D.Double(x1, top, x2 - x1, thick));
        double tip = thick * 1.6;
        for (double x : new double[] {x1, x2}) {
            Path2D.Double end = new Path2D.Double();
            end.moveTo(x - tip / 2, top);
            end.lineTo(x + tip / 2, top);
            end.lineTo(x, top + thick + tip * 0.7);
            end.closePath();
            g.fill(end);
        }
    }

    /** The footer legend of the Gantt pages, from {@code x} on the line centred at {@code midY}. */
    static void legend(Graphics2D g, ReportFonts fonts, double x, double midY) {
        Font font = fonts.font(false, Ink.SMALL);
        double cx = x;
        cx = swatch(g, fonts, font, cx, midY, Ink.BAR, "Task");
        cx = swatch(g, fonts, font, cx, midY, Ink.CRITICAL, "Critical task");
        g.setColor(Ink.BAR);
        g.fill(new Rectangle2D.Double(cx, midY - 3, 16, 6));
        g.setColor(Ink.BAR_DONE);
        g.fill(new Rectangle2D.Double(cx, midY - 1.2, 9, 2.4));
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, "Progress", font, cx + 19, midY);
        cx += 23 + fonts.width("Progress", font) + 8;
        summaryBar(g, cx + 1, cx + 15, midY - 2.5, 2.6);
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, "Summary", font, cx + 19, midY);
        cx += 23 + fonts.width("Summary", font) + 8;
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(cx + 4, midY - 4);
        diamond.lineTo(cx + 8, midY);
        diamond.lineTo(cx + 4, midY + 4);
        diamond.lineTo(cx, midY);
        diamond.closePath();
        g.setColor(Ink.SUMMARY);
        g.fill(diamond);
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, "Milestone", font, cx + 11, midY);
        cx += 15 + fonts.width("Milestone", font) + 8;
        g.setColor(Ink.TODAY);
        g.setStroke(Ink.TODAY_LINE);
        g.draw(new Line2D.Double(cx + 3, midY - 5, cx + 3, midY + 5));
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, "Today", font, cx + 8, midY);
    }

    private static double swatch(Graphics2D g, ReportFonts fonts, Font font, double x, double midY, Color colour,
                                 String label) {
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(x, midY - 3, 16, 6));
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, label, font, x + 19, midY);
        return x + 23 + fonts.width(label, font) + 8;
    }
}
