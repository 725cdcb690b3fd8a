package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.ConstraintMark;
import org.genaiplan.ui.gantt.layout.LinkRoutes;
import org.genaiplan.ui.gantt.layout.LinkSpans;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.Lateness;
import org.genaiplan.ui.gantt.layout.RouteBuffer;
import org.genaiplan.ui.gantt.layout.RowSource;
import org.genaiplan.ui.gantt.layout.ScaleUnit;
import org.genaiplan.ui.gantt.layout.TimeScale;

/**
 * Draws one frame of the chart on a {@link GraphicsContext}: header tiers, shading of non-working days and
 * holidays, grid, bars, arrows, labels, constraint pins, each task's deadline arrow, late bars, the today and
 * deadline lines, the plan's deadline arrow and any drag preview. Only the visible rows and the visible time window are drawn. The bar
 * and route buffers are reused, so a frame makes no object per row.
 */
final class GanttPainter {
    /** What the labels beside the bars show. */
    enum LabelMode { NAME, OWNER, NONE }

    private final BarShape bar = new BarShape();
    private final LinkSpans links = new LinkSpans();
    private final LinkRoutes routes = new LinkRoutes();
    private final RouteBuffer route = new RouteBuffer();
    private final double[] diamondX = new double[4];
    private final double[] diamondY = new double[4];
    private final double[] headX = new double[3];
    private final double[] headY = new double[3];

    /** The state one frame is drawn from. */
    static final class Frame {
        double width;
        double height;
        double headerHeight;
        boolean showCritical = true;
        LabelMode labels = LabelMode.NAME;
        LocalDateTime now;
        long[] selectedIds = new long[0];
        DragPreview preview = new DragPreview();
        java.util.Map<Long, org.genaiplan.model.quality.GateStatus> gates = java.util.Map.of();
        /** The outline of an over-allocated task's bar ({@code -gantt-overallocated}). */
        Color overAllocated = OverAllocationMarks.LIGHT;
    }

    private final OverAllocationMarks overAllocationMarks = new OverAllocationMarks();

    private final BaselineBars baselineBars = new BaselineBars();

    void paint(GraphicsContext gc, GanttLayout layout, RowSource rows, Plan plan, GanttTheme theme, Frame f) {
        TimeScale scale = layout.scale();
        double w = f.width;
        double h = f.height;
        double top = f.headerHeight;
        f.gates = GateMarks.of(plan);
        gc.clearRect(0, 0, w, h);
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        layout.setViewportHeight(Math.max(0, h - top));

        // Body: shading and grid first, clipped below the header.
        gc.save();
        gc.beginPath();
        gc.rect(0, top, w, h - top);
        gc.clip();
        gc.translate(0, top);
        double bodyH = h - top;
        gc.setFill(theme.nonWorking());
        scale.nonWorking(0, w, (x, width) -> gc.fillRect(x, 0, width, bodyH));
        gc.setFill(theme.holiday());
        scale.holidays(0, w, (x, width) -> gc.fillRect(x, 0, width, bodyH));
        gc.setFill(theme.gridLine());
        scale.headerCells(false, 0, w, (x, width, label) -> PixelLines.down(gc, x, 0, bodyH));

        int first = layout.firstVisibleRow();
        int last = plan == null ? -1 : layout.lastVisibleRow(rows.rowCount());
        paintSelection(gc, layout, rows, theme, f, first, last, w);
        LocalDate deadline = plan == null ? null : plan.deadline();
        if (plan != null) {
            paintArrows(gc, layout, rows, plan, theme, f, first, last);
            for (int row = first; row <= last; row++) {
                Task task = rows.task(row);
                paintBar(gc, layout, task, row, theme, f, deadline);
                paintConstraint(gc, layout, task, row, theme, w);
                paintTaskDeadline(gc, layout, task, row, theme, w);
            }
            overAllocationMarks.paint(gc, layout, rows, f.overAllocated, first, last);
        }
        if (plan != null) {
            baselineBars.paint(gc, layout, rows, plan, theme, first, last);
            baselineBars.paintStatusLine(gc, layout, plan.statusDate(), theme, bodyH);
        }
        paintLines(gc, layout, deadline, theme, f, bodyH);
        paintPreview(gc, layout, theme, f);
        gc.restore();
        paintHeader(gc, scale, theme, w, top);
        if (deadline != null) {
            paintDeadlineArrow(gc, layout.deadlineX(deadline), top, theme.deadline());
        }
    }

    private void paintSelection(GraphicsContext gc, GanttLayout layout, RowSource rows, GanttTheme theme, Frame f,
                                int first, int last, double w) {
        if (f.selectedIds.length == 0) {
            return;
        }
        gc.setFill(theme.selection());
        for (long id : f.selectedIds) {
            int row = rows.rowOf(id);
            if (row >= first && row <= last) {
                gc.fillRect(0, layout.rowTop(row), w, layout.rowHeight());
            }
        }
    }

    private void paintArrows(GraphicsContext gc, GanttLayout layout, RowSource rows, Plan plan, GanttTheme theme,
                             Frame f, int first, int last) {
        gc.setLineWidth(1);
        links.update(plan, rows);
        routes.update(links, layout, rows);
        // Every link whose rows span the visible ones is drawn, including one whose ends are both off
        // screen but whose line crosses it; links wholly above or below the view are not visited, and
        // a link wholly left or right of it is not drawn.
        links.visitIndexed(first, last, (k, d, a, b) -> {
            if (!routes.route(k, d, a, b, layout, rows, f.width, route)) {
                return;
            }
            // A link merely passing through (both ends off screen) is drawn faintly, to keep long
            // links from crowding the bars in view.
            boolean passing = (a < first || a > last) && (b < first || b > last);
            gc.setGlobalAlpha(passing ? 0.3 : 1);
            arrow(gc, f.showCritical && routes.critical(k), theme);
        });
        gc.setGlobalAlpha(1);
    }

    private void arrow(GraphicsContext gc, boolean critical, GanttTheme theme) {
        Color c = critical ? theme.criticalStroke() : theme.arrow();
        gc.setStroke(c);
        gc.setFill(c);
        int n = route.size();
        for (int i = 0; i + 1 < n; i++) {
            PixelLines.leg(gc, route.x(i), route.y(i), route.x(i + 1), route.y(i + 1), i == 0);
        }
        double x = route.x(n - 1);
        double y = route.y(n - 1);
        double dir = Math.signum(x - route.x(n - 2));
        if (dir == 0) {
            dir = 1;
        }
        headX[0] = x;
        headY[0] = y;
        headX[1] = x - dir * 6;
        headY[1] = y - 3.5;
        headX[2] = x - dir * 6;
        headY[2] = y + 3.5;
        gc.fillPolygon(headX, headY, 3);
    }

    private void paintBar(GraphicsContext gc, GanttLayout layout, Task task, int row, GanttTheme theme, Frame f,
                          LocalDate deadline) {
        if (!layout.bar(task, row, bar)) {
            return;
        }
        boolean critical = f.showCritical && bar.critical;
        // A task finishing after its deadline: the part of its bar past the date is drawn in the late colour.
        LocalDate missed = Lateness.missedDate(task, deadline);
        double lateX = missed == null ? Double.NaN : Math.max(bar.x, layout.deadlineX(missed));
        switch (bar.kind) {
            case MILESTONE -> {
                double cx = bar.centerX();
                double cy = bar.centerY();
                double r = bar.width / 2;
                diamondX[0] = cx;
                diamondY[0] = cy - r;
                diamondX[1] = cx + r;
                diamondY[1] = cy;
                diamondX[2] = cx;
                diamondY[2] = cy + r;
                diamondX[3] = cx - r;
                diamondY[3] = cy;
                gc.setFill(missed != null ? theme.late() : critical ? theme.criticalFill() : theme.milestoneFill());
                GateMarks.fill(gc, f.gates, task.id());
                gc.fillPolygon(diamondX, diamondY, 4);
                gc.setStroke(critical ? theme.criticalStroke() : theme.barStroke());
                gc.strokePolygon(diamondX, diamondY, 4);
            }
            case SUMMARY -> {
                gc.setFill(critical ? theme.criticalStroke() : theme.summaryFill());
                gc.fillRect(bar.x, bar.y, bar.width, bar.height);
                double cap = Math.min(5, bar.width / 2);
                double yb = bar.bottom();
                diamondX[0] = bar.x;
                diamondY[0] = yb;
                diamondX[1] = bar.x + cap;
                diamondY[1] = yb;
                diamondX[2] = bar.x;
                diamondY[2] = yb + 5;
                gc.fillPolygon(diamondX, diamondY, 3);
                diamondX[0] = bar.right();
                diamondX[1] = bar.right() - cap;
                diamondX[2] = bar.right();
                gc.fillPolygon(diamondX, diamondY, 3);
                if (lateX < bar.right()) {
                    gc.setFill(theme.late());
                    gc.fillRect(lateX, bar.y, bar.right() - lateX, bar.height);
                }
                if (bar.progressWidth > 0) {
                    gc.setFill(theme.progressFill());
                    gc.fillRect(bar.x, bar.y + bar.height * 0.3, bar.progressWidth, bar.height * 0.4);
                }
            }
            default -> {
                gc.setFill(critical ? theme.criticalFill() : theme.barFill());
                gc.fillRoundRect(bar.x, bar.y, bar.width, bar.height, 4, 4);
                if (lateX < bar.right()) {
                    gc.setFill(theme.late());
                    gc.fillRect(lateX, bar.y, bar.right() - lateX, bar.height);
                }
                if (bar.progressWidth > 0) {
                    gc.setFill(theme.progressFill());
                    gc.fillRect(bar.x, bar.y + bar.height * 0.3, bar.progressWidth, bar.height * 0.4);
                }
                gc.setStroke(missed != null ? theme.late() : critical ? theme.criticalStroke() : theme.barStroke());
                gc.setLineWidth(1);
                gc.strokeRoundRect(bar.x + 0.5, bar.y + 0.5, bar.width - 1, bar.height - 1, 4, 4);
                // The progress handle: a small notch under the bar.
                double px = bar.x + bar.progressWidth;
                double yb = bar.bottom();
                headX[0] = px;
                headY[0] = yb - 2;
                headX[1] = px - 3.5;
                headY[1] = yb + 3;
                headX[2] = px + 3.5;
                headY[2] = yb + 3;
                gc.setFill(theme.barStroke());
                gc.fillPolygon(headX, headY, 3);
            }
        }
        String text = switch (f.labels) {
            case NAME -> task.name();
            case OWNER -> task.ownerRole();
            case NONE -> null;
        };
        if (text != null && !text.isEmpty()) {
            gc.setFill(theme.label());
            gc.setFont(theme.labelFont());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(text, bar.right() + 6, layout.rowTop(row) + layout.rowHeight() / 2);
        }
    }

    /**
     * A task's constraint marker: a pin at the constraint date, in the row beside the bar (see
     * {@link ConstraintMark}).
     */
    private void paintConstraint(GraphicsContext gc, GanttLayout layout, Task task, int row, GanttTheme theme,
                                 double w) {
        ConstraintMark mark = ConstraintMark.of(task.constraintType());
        LocalDate date = task.constraintDate();
        if (mark == null || date == null) {
            return;
        }
        double x = layout.markX(mark, date.toEpochDay());
        if (x < -GanttLayout.PIN_HALF_WIDTH || x > w + GanttLayout.PIN_HALF_WIDTH) {
            return;
        }
        double top = layout.rowTop(row);
        pin(gc, mark, x, top + GanttLayout.PIN_INSET, top + layout.rowHeight() - GanttLayout.PIN_INSET,
                theme.constraint());
    }

    /**
     * Draws a constraint pin at {@code x} from {@code top} to {@code bottom}: the head (a triangle pointing at
     * the date) at the top for a start constraint and at the bottom for a finish constraint, the foot at the
     * other end pointing to the side the task may move to.
     */
    void pin(GraphicsContext gc, ConstraintMark mark, double atX, double top, double bottom, Color color) {
        double h = GanttLayout.PIN_HALF_WIDTH;
        // Whole pixels: the 2 px stem covers the pixel each side of the date's boundary, crisp at any zoom.
        double x = Math.round(atX);
        double baseY = mark.onFinish() ? bottom : top;
        double tipY = mark.onFinish() ? bottom - h - 1 : top + h + 1;
        double footY = mark.onFinish() ? top : bottom;
        headX[0] = x - h;
        headY[0] = baseY;
        headX[1] = x + h;
        headY[1] = baseY;
        headX[2] = x;
        headY[2] = tipY;
        gc.setFill(color);
        gc.fillPolygon(headX, headY, 3);
        gc.setStroke(color);
        gc.setLineWidth(2);
        gc.strokeLine(x, top, x, bottom);
        double footFrom = mark.side() == ConstraintMark.Side.LATER ? x : x - h;
        double footTo = mark.side() == ConstraintMark.Side.EARLIER ? x : x + h;
        gc.strokeLine(footFrom, footY, footTo, footY);
    }

    /** The plan deadline's down arrow, its point on the header's lower edge above the deadline line. */
    void paintDeadlineArrow(GraphicsContext gc, double x, double top, Color color) {
        deadlineArrow(gc, snap(x), top - 1, 5, 9, color);
    }

    /**
     * A task's deadline: the plan deadline's arrow, smaller, hanging from the top of the task's row with its point
     * at the end of the deadline day, outlined in the background colour so that it shows over a bar.
     */
    private void paintTaskDeadline(GraphicsContext gc, GanttLayout layout, Task task, int row, GanttTheme theme,
                                   double w) {
        double x = layout.deadlineX(task);
        double half = GanttLayout.DEADLINE_HALF_WIDTH;
        if (Double.isNaN(x) || x < -half || x > w + half) {
            return;
        }
        taskDeadlineArrow(gc, x, layout.deadlineTipY(row), theme);
    }

    /** The arrow of a task's deadline with its point at ({@code x}, {@code tipY}); the legend draws it too. */
    void taskDeadlineArrow(GraphicsContext gc, double x, double tipY, GanttTheme theme) {
        deadlineArrow(gc, snap(x), tipY, GanttLayout.DEADLINE_HALF_WIDTH, GanttLayout.DEADLINE_HEIGHT, theme.deadline());
        gc.setStroke(theme.background());
        gc.setLineWidth(1);
        gc.strokePolygon(headX, headY, 3);
    }

    /** A filled down arrow (a triangle) with its point at ({@code x}, {@code tipY}). */
    private void deadlineArrow(GraphicsContext gc, double x, double tipY, double halfWidth, double height, Color color) {
        headX[0] = x - halfWidth;
        headY[0] = tipY - height;
        headX[1] = x + halfWidth;
        headY[1] = tipY - height;
        headX[2] = x;
        headY[2] = tipY;
        gc.setFill(color);
        gc.fillPolygon(headX, headY, 3);
    }

    private void paintLines(GraphicsContext gc, GanttLayout layout, LocalDate deadline, GanttTheme theme, Frame f,
                            double bodyH) {
        TimeScale scale = layout.scale();
        gc.setLineWidth(1.5);
        if (f.now != null) {
            // At the hours level the line marks the time; coarser, the middle of today's cell.
            double x = snap(scale.zoom().showsHours() ? scale.x(f.now)
                    : scale.x(f.now.toLocalDate()) + scale.dayWidth() / 2);
            gc.setStroke(theme.today());
            gc.strokeLine(x, 0, x, bodyH);
        }
        if (deadline != null) {
            double x = snap(layout.deadlineX(deadline));
            gc.setStroke(theme.deadline());
            gc.setLineDashes(6, 4);
            gc.strokeLine(x, 0, x, bodyH);
            gc.setLineDashes((double[]) null);
        }
    }

    private void paintPreview(GraphicsContext gc, GanttLayout layout, GanttTheme theme, Frame f) {
        DragPreview p = f.preview;
        if (p.kind == DragPreview.Kind.NONE) {
            return;
        }
        gc.setStroke(theme.preview());
        gc.setLineWidth(1.5);
        gc.setLineDashes(4, 3);
        double rowTop = layout.rowTop(p.row);
        double rh = layout.rowHeight();
        switch (p.kind) {
            case MOVE, RESIZE -> gc.strokeRect(p.x, rowTop + rh * 0.2, Math.max(p.width, 2), rh * 0.6);
            case PROGRESS -> gc.strokeLine(p.x + p.progressWidth, rowTop + 2, p.x + p.progressWidth, rowTop + rh - 2);
            case LINK -> gc.strokeLine(p.fromX, p.fromY, p.toX, p.toY);
            default -> { }
        }
        gc.setLineDashes((double[]) null);
        if (!p.text.isEmpty()) {
            gc.setFill(theme.preview());
            gc.setFont(theme.labelFont());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BOTTOM);
            if (p.kind == DragPreview.Kind.LINK) {
                gc.fillText(p.text, p.toX + 12, p.toY - 6);
            } else {
                gc.fillText(p.text, p.x, rowTop - 1);
            }
        }
    }

    private void paintHeader(GraphicsContext gc, TimeScale scale, GanttTheme theme, double w, double top) {
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, 0, w, top);
        gc.setFill(theme.gridLine());
        double mid = Math.round(top / 2);
        PixelLines.across(gc, mid, 0, w);
        PixelLines.across(gc, top - 1, 0, w);
        gc.setFont(theme.headerFont());
        gc.setFill(theme.headerText());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        tier(gc, scale, theme, true, 0, mid, w);
        tier(gc, scale, theme, false, mid, top - mid, w);
    }

    private void tier(GraphicsContext gc, TimeScale scale, GanttTheme theme, boolean upper, double y, double h, double w) {
        boolean days = (upper ? scale.zoom().upper() : scale.zoom().lower()) == ScaleUnit.DAY;
        scale.headerCells(upper, 0, w, (x, width, label) -> {
            if (days) {
                // A day cell of a weekend or holiday is shaded as its column is.
                long day = scale.epochDayAt(x + width / 2);
                if (!scale.isWorkingDay(day)) {
                    gc.setFill(scale.isHoliday(day) ? theme.holiday() : theme.nonWorking());
                    gc.fillRect(x, y + 1, width, h - 2);
                }
            }
            gc.setFill(theme.gridLine());
            PixelLines.down(gc, x, y, h);
            if (label.isEmpty() || width < 10) {
                return;
            }
            // Keep the label of a cell that starts left of the view readable.
            double lx = Math.max(x, 0) + 4;
            // A label that would not fit (roughly: average glyph width) is left out rather than squeezed.
            double need = label.length() * theme.headerFont().getSize() * 0.6;
            if (lx + need <= x + width - 2) {
                gc.setFill(theme.headerText());
                gc.fillText(label, lx, y + h / 2);
            }
        });
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    static boolean isTaskBar(TaskKind kind) {
        return kind == TaskKind.TASK;
    }
}
