package org.genaiplan.ui.gantt.layout;

import java.util.List;
import org.genaiplan.model.Task;

/** Rows from a list of tasks (a whole plan in outline order, for images and tests). */
public final class ListRows implements RowSource {
    private final Task[] tasks;
    private final RowIndex index = new RowIndex();

    public ListRows(List<Task> tasks) {
        this.tasks = tasks.toArray(new Task[0]);
        index.reset(this.tasks.length);
        for (int i = 0; i < this.tasks.length; i++) {
            index.put(this.tasks[i].id(), i);
        }
    }

    @Override
    public int rowCount() {
        return tasks.length;
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
