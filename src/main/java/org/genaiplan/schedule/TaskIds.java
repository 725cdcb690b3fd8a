package org.genaiplan.schedule;

import java.util.List;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * MS Project's ID column: a task's ID is its 1-based row in outline order ({@link Plan#tasksInOrder()}),
 * summaries included, so the first row is 1. IDs follow the outline: inserting, deleting or moving a row
 * renumbers the rows below it. (Not to be confused with {@link Task#id()}, the task's lasting internal key.)
 *
 * <p>The rows are indexed once per {@link Plan#structureVersion()}; both look-ups are constant time after
 * that. Not thread-safe: use one instance per thread.
 */
public final class TaskIds {
    private final Plan plan;
    private Task[] rows = new Task[0];
    private LongIntMap rowOf = new LongIntMap(0);
    private long version = -1;

    public TaskIds(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The ID of a task of the plan: 1 for the first row. */
    public int idOf(Task task) {
        int id = idOf(task.id());
        if (id == 0 || rows[id - 1] != task) {
            throw new IllegalArgumentException("not a task of this plan: " + task);
        }
        return id;
    }

    /** The ID of the task whose internal key is {@code taskKey}, or 0 when the plan has no such task. */
    public int idOf(long taskKey) {
        refresh();
        return rowOf.get(taskKey) + 1;
    }

    /** The task shown with ID {@code id}, or null when no row has that ID. */
    public Task taskWithId(long id) {
        refresh();
        return id < 1 || id > rows.length ? null : rows[(int) (id - 1)];
    }

    /** How many rows, that is the highest ID. */
    public int count() {
        refresh();
        return rows.length;
    }

    private void refresh() {
        if (version == plan.structureVersion()) {
            return;
        }
        List<Task> order = plan.tasksInOrder();
        if (sameRows(order)) { // an indent or outdent in place: the same tasks in the same rows, the same IDs
            version = plan.structureVersion();
            return;
        }
        Task[] r = order.toArray(new Task[0]);
        LongIntMap index = new LongIntMap(r.length);
        for (int i = 0; i < r.length; i++) {
            index.put(r[i].id(), i);
        }
        rows = r;
        rowOf = index;
        version = plan.structureVersion();
    }

    private boolean sameRows(List<Task> order) {
        if (order.size() != rows.length) {
            return false;
        }
        for (int i = 0; i < rows.length; i++) {
            if (order.get(i) != rows[i]) {
                return false;
            }
        }
        return true;
    }
}
