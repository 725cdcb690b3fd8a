package org.genaiplan.ui.gantt;

import java.util.function.Supplier;
import javafx.scene.control.TreeItem;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.gantt.layout.RowIndex;
import org.genaiplan.ui.gantt.layout.RowSource;
import org.genaiplan.ui.wbs.TaskRowViewModel;

/**
 * The chart's rows are the WBS sheet's expanded tree items, read from the sheet's own root. Any tree event
 * (expand, collapse, children changed) or plan revision marks the row arrays stale; they are rebuilt on the
 * next draw, so they never drift from the sheet and drawing needs no per-row look-up that allocates.
 */
final class TreeRows implements RowSource {
    private final TreeItem<TaskRowViewModel> root;
    private final Supplier<Plan> plan;
    private Task[] tasks = new Task[0];
    private int count;
    private final RowIndex index = new RowIndex();
    private boolean stale = true;

    TreeRows(TreeItem<TaskRowViewModel> root, Supplier<Plan> plan) {
        this.root = root;
        this.plan = plan;
        root.addEventHandler(TreeItem.<TaskRowViewModel>treeNotificationEvent(), e -> {
            if (e.getEventType() != TreeItem.<TaskRowViewModel>valueChangedEvent()) {
                stale = true;
            }
        });
    }

    void markStale() {
        stale = true;
    }

    boolean isStale() {
        return stale;
    }

    /** Brings the rows in line with the tree if anything changed since the last call. */
    void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        Plan p = plan.get();
        count = 0;
        if (p == null) {
            return;
        }
        if (tasks.length < p.taskCount()) {
            tasks = new Task[p.taskCount() + 64];
        }
        for (TreeItem<TaskRowViewModel> child : root.getChildren()) {
            add(child, p);
        }
        index.reset(count);
        for (int i = 0; i < count; i++) {
            index.put(tasks[i].id(), i);
        }
    }

    private void add(TreeItem<TaskRowViewModel> item, Plan p) {
        Task t = item.getValue() == null ? null : p.task(item.getValue().taskId());
        if (t == null) {
            return;
        }
        if (count == tasks.length) {
            tasks = java.util.Arrays.copyOf(tasks, count * 2 + 16);
        }
        tasks[count++] = t;
        if (item.isExpanded()) {
            for (TreeItem<TaskRowViewModel> child : item.getChildren()) {
                add(child, p);
            }
        }
    }

    @Override
    public int rowCount() {
        return count;
    }

    @Override
    public Task task(int row) {
        return tasks[row];
    }

    @Override
    public int rowOf(long taskId) {
        return index.get(taskId);
    }
}
