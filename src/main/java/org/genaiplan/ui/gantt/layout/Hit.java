package org.genaiplan.ui.gantt.layout;

/** The result of hit testing: what is under a point, in which row, and the task of that row (0 if none). */
public record Hit(HitKind kind, int row, long taskId) {
    public static final Hit NONE = new Hit(HitKind.NONE, -1, 0);

    /** True on anything that belongs to a task (bar, handle, milestone, summary). */
    public boolean onTask() {
        return kind != HitKind.NONE && kind != HitKind.EMPTY;
    }
}
