package org.genaiplan.ui.rows;

import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;

/**
 * One row of the sheets and the chart: a handle on a task with its place in the outline. It holds no
 * copies of the task's values; cells read them when they are drawn, so a change costs nothing for the
 * rows off screen. The same object stands for the same task as long as the plan is open.
 */
public final class TaskRow {
    private final long taskId;
    private final VisibleRows owner;
    private int depth;
    private boolean hasChildren;

    TaskRow(long taskId, VisibleRows owner) {
        this.taskId = taskId;
        this.owner = owner;
    }

    void update(int newDepth, boolean children) {
        depth = newDepth;
        hasChildren = children;
    }

    public long taskId() {
        return taskId;
    }

    /** 0 for a top-level task, 1 for its children, and so on. */
    public int depth() {
        return depth;
    }

    /** Whether the task has subtasks (and so a triangle to expand or collapse them). */
    public boolean hasChildren() {
        return hasChildren;
    }

    public boolean isExpanded() {
        return owner.isExpanded(taskId);
    }

    public void setExpanded(boolean expanded) {
        owner.setExpanded(taskId, expanded);
    }

    public boolean isSummary() {
        Task t = task();
        return t != null && t.kind() == TaskKind.SUMMARY;
    }

    public boolean isMilestone() {
        Task t = task();
        return t != null && t.kind() == TaskKind.MILESTONE;
    }

    public boolean isCritical() {
        Task t = task();
        return t != null && t.isCritical();
    }

    /** Whether the task cannot meet its dates (negative total slack). */
    public boolean isLate() {
        Task t = task();
        return t != null && t.kind() != TaskKind.SUMMARY && t.totalSlackMinutes() < 0;
    }

    /** The sentence naming the over-allocated resource and weeks while the task works in one, else null. */
    public String overAllocation() {
        return owner.overAllocation(taskId);
    }

    private Task task() {
        return owner.plan() == null ? null : owner.plan().task(taskId);
    }

    @Override
    public String toString() {
        return "row of task " + taskId;
    }
}
