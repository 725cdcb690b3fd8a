package org.genaiplan.ui.gantt.layout;

import java.time.LocalDate;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;

/**
 * The geometry of the chart body: which rows are visible, where each row's bar goes, how a dependency
 * arrow runs, and what lies under a point. Plain arithmetic over a {@link TimeScale} and a
 * {@link RowSource}; y = 0 is the top of the chart body (below the header).
 */
public final class GanttLayout {
    /** Horizontal distance an arrow keeps from the bars it leaves and enters. */
    public static final double ARROW_GAP = 8;
    private static final double HANDLE_SLOP = 5;
    /** Half the width of a constraint marker's head and foot. */
    public static final double PIN_HALF_WIDTH = 4;
    /** Space a constraint marker leaves above and below it within its row. */
    public static final double PIN_INSET = 2;
    /** Half the width of a task's deadline marker (a small down arrow near the top of its row). */
    public static final double DEADLINE_HALF_WIDTH = 5;
    /** The height of a task's deadline marker. */
    public static final double DEADLINE_HEIGHT = 8;

    private final TimeScale scale;
    private double rowHeight = 24;
    private double scrollY;
    private double viewportHeight;
    private final BarShape from = new BarShape();
    private final BarShape to = new BarShape();
    private final BarShape probe = new BarShape();

    public GanttLayout(TimeScale scale) {
        this.scale = scale;
    }

    public TimeScale scale() {
        return scale;
    }

    public double rowHeight() {
        return rowHeight;
    }

    public void setRowHeight(double rowHeight) {
        if (rowHeight <= 0) {
            throw new IllegalArgumentException("row height must be positive: " + rowHeight);
        }
        this.rowHeight = rowHeight;
    }

    /** Pixels of content scrolled above the top of the body. */
    public double scrollY() {
        return scrollY;
    }

    public void setScrollY(double scrollY) {
        this.scrollY = scrollY;
    }

    public double viewportHeight() {
        return viewportHeight;
    }

    public void setViewportHeight(double viewportHeight) {
        this.viewportHeight = viewportHeight;
    }

    // ---- rows ----

    public double rowTop(int row) {
        return row * rowHeight - scrollY;
    }

    public int rowAt(double y) {
        return (int) Math.floor((y + scrollY) / rowHeight);
    }

    public int firstVisibleRow() {
        return Math.max(0, rowAt(0));
    }

    /** The last row at least partly visible, or -1 when there are no rows. */
    public int lastVisibleRow(int rowCount) {
        return Math.min(rowCount - 1, rowAt(viewportHeight - 0.001));
    }

    // ---- bars ----

    /** Fills {@code out} with the bar of {@code task} shown in {@code row}; false when it has no dates yet. */
    public boolean bar(Task task, int row, BarShape out) {
        if (task.start() == null || task.finish() == null) {
            return false;
        }
        TaskKind kind = task.kind();
        double top = rowTop(row);
        out.kind = kind;
        out.taskId = task.id();
        out.row = row;
        out.critical = task.isCritical();
        double x0 = scale.x(task.start());
        switch (kind) {
            case MILESTONE -> {
                double size = Math.round(rowHeight * 0.6);
                out.x = x0 - size / 2;
                out.width = size;
                out.height = size;
                out.y = top + (rowHeight - size) / 2;
                out.progressWidth = 0;
            }
            case SUMMARY -> {
                double x1 = scale.x(task.finish());
                out.x = x0;
                out.width = Math.max(x1 - x0, 2);
                out.height = Math.round(rowHeight * 0.34);
                out.y = top + Math.round(rowHeight * 0.28);
                out.progressWidth = out.width * task.rolledUpPercentComplete() / 100.0;
            }
            default -> {
                double x1 = scale.x(task.finish());
                out.x = x0;
                out.width = Math.max(x1 - x0, 2);
                out.height = Math.round(rowHeight * 0.6);
                out.y = top + (rowHeight - out.height) / 2;
                out.progressWidth = out.width * task.percentComplete() / 100.0;
            }
        }
        return true;
    }

    // ---- markers ----

    /** Where a task's constraint marker stands, or NaN when the task has no date constraint. */
    public double constraintX(Task task) {
        ConstraintMark mark = ConstraintMark.of(task.constraintType());
        LocalDate date = task.constraintDate();
        return mark == null || date == null ? Double.NaN : markX(mark, date.toEpochDay());
    }

    /** A constraint marker's x: the start of the working day for a start constraint, its end for a finish one. */
    public double markX(ConstraintMark mark, long epochDay) {
        return mark.onFinish() ? scale.workEndX(epochDay) : scale.workStartX(epochDay);
    }

    /** The x of the end of a day, where a deadline on that day lies (a task finishing that day is on time). */
    public double deadlineX(LocalDate date) {
        return scale.xOfDay(date.toEpochDay() + 1);
    }

    /** Where a task's own deadline marker stands (as the plan's deadline, at the end of the day), or NaN for none. */
    public double deadlineX(Task task) {
        LocalDate date = task.deadline();
        return date == null ? Double.NaN : deadlineX(date);
    }

    /** The y of the point of a task's deadline marker in {@code row}: it hangs from the row's top towards the bar. */
    public double deadlineTipY(int row) {
        return rowTop(row) + PIN_INSET + DEADLINE_HEIGHT;
    }

    // ---- dependency arrows ----

    /**
     * The route of a dependency arrow between two shown rows, from the predecessor's start or finish to the
     * successor's start or finish as the link type says. The route leaves and enters bars horizontally, keeps
     * {@link #ARROW_GAP} from both, and when the successor's end lies on the wrong side it turns along the row
     * boundary next to the predecessor rather than crossing either bar. False when either task is hidden or
     * has no dates.
     */
    public boolean route(Dependency d, RowSource rows, RouteBuffer out) {
        int fromRow = rows.rowOf(d.predecessorId());
        int toRow = rows.rowOf(d.successorId());
        if (fromRow < 0 || toRow < 0 || !bar(rows.task(fromRow), fromRow, from) || !bar(rows.task(toRow), toRow, to)) {
            return false;
        }
        route(d.type(), from, to, out);
        return true;
    }

    /** The route between two laid-out bars. */
    public void route(DependencyType type, BarShape pred, BarShape succ, RouteBuffer out) {
        out.clear();
        boolean leaveRight = type == DependencyType.FS || type == DependencyType.FF;
        boolean enterLeft = type == DependencyType.FS || type == DependencyType.SS;
        double x1 = leaveRight ? pred.right() : pred.x;
        double y1 = pred.centerY();
        double x2 = enterLeft ? succ.x : succ.right();
        double y2 = succ.centerY();
        double g = ARROW_GAP;
        out.add(x1, y1);
        if (leaveRight == enterLeft) {
            // FS or SF: leaving one way and entering from the other side.
            double exit = leaveRight ? x1 + g : x1 - g;
            double entry = enterLeft ? x2 - g : x2 + g;
            boolean straight = leaveRight ? exit <= entry : exit >= entry;
            if (straight && pred.row != succ.row) {
                out.add(exit, y1);
                out.add(exit, y2);
            } else {
                double between = succ.row >= pred.row ? rowTop(pred.row) + rowHeight : rowTop(pred.row);
                out.add(exit, y1);
                out.add(exit, between);
                out.add(entry, between);
                out.add(entry, y2);
            }
        } else {
            // SS goes round the left of both bars, FF round the right.
            double side = leaveRight ? Math.max(x1, x2) + g : Math.min(x1, x2) - g;
            out.add(side, y1);
            out.add(side, y2);
        }
        out.add(x2, y2);
    }

    // ---- hit testing ----

    /** What lies at (x, y) of the chart body. */
    public Hit hit(double x, double y, RowSource rows) {
        int row = rowAt(y);
        if (y < 0 || row < 0 || row >= rows.rowCount()) {
            return Hit.NONE;
        }
        Task task = rows.task(row);
        if (!bar(task, row, probe)) {
            return marker(task, row, x, y);
        }
        BarShape b = probe;
        switch (b.kind) {
            case MILESTONE -> {
                double dx = Math.abs(x - b.centerX());
                double dy = Math.abs(y - b.centerY());
                if (dx + dy <= b.width / 2 + 3) {
                    return new Hit(HitKind.MILESTONE, row, task.id());
                }
            }
            case SUMMARY -> {
                if (x >= b.x && x <= b.right() && y >= b.y - 2 && y <= b.bottom() + 4) {
                    return new Hit(HitKind.SUMMARY, row, task.id());
                }
            }
            default -> {
                double handleX = b.x + b.progressWidth;
                if (y >= b.bottom() - 4 && y <= b.bottom() + HANDLE_SLOP && Math.abs(x - handleX) <= HANDLE_SLOP) {
                    return new Hit(HitKind.PROGRESS, row, task.id());
                }
                if (y >= b.y && y <= b.bottom()) {
                    if (x >= b.right() - HANDLE_SLOP && x <= b.right() + HANDLE_SLOP) {
                        return new Hit(HitKind.RESIZE, row, task.id());
                    }
                    if (x >= b.x && x <= b.right()) {
                        return new Hit(HitKind.BAR, row, task.id());
                    }
                }
            }
        }
        return marker(task, row, x, y);
    }

    /** A marker beside the bar (the deadline arrow first, as it is drawn over the pin), or the empty row. */
    private Hit marker(Task task, int row, double x, double y) {
        if (onDeadline(task, row, x, y)) {
            return new Hit(HitKind.DEADLINE, row, task.id());
        }
        return onConstraint(task, row, x, y) ? new Hit(HitKind.CONSTRAINT, row, task.id())
                : new Hit(HitKind.EMPTY, row, task.id());
    }

    private boolean onDeadline(Task task, int row, double x, double y) {
        double mx = deadlineX(task);
        double top = rowTop(row);
        return !Double.isNaN(mx) && Math.abs(x - mx) <= DEADLINE_HALF_WIDTH + 1
                && y >= top + PIN_INSET - 1 && y <= deadlineTipY(row) + 1;
    }

    private boolean onConstraint(Task task, int row, double x, double y) {
        double mx = constraintX(task);
        double top = rowTop(row);
        return !Double.isNaN(mx) && Math.abs(x - mx) <= PIN_HALF_WIDTH + 1
                && y >= top + PIN_INSET && y <= top + rowHeight - PIN_INSET;
    }
}
