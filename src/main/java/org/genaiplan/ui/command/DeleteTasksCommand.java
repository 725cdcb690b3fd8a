package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** Deletes the selected tasks with their subtrees, their dependencies and risk links; undo puts all back. */
public final class DeleteTasksCommand implements PlanCommand {
    private final List<Long> taskIds;
    private final String verb;
    private List<RemovedTasks> removed = List.of();
    private int count;

    public DeleteTasksCommand(List<Long> taskIds) {
        this(taskIds, "Delete");
    }

    /** @param verb "Delete" or "Cut", for the menu text */
    public DeleteTasksCommand(List<Long> taskIds, String verb) {
        this.taskIds = List.copyOf(taskIds);
        this.verb = verb;
    }

    @Override
    public String displayName() {
        return TaskOrder.label(verb, Math.max(count, 1));
    }

    @Override
    public void execute(Plan plan) {
        List<Task> tasks = TaskOrder.topMost(plan, taskIds);
        if (tasks.isEmpty()) {
            throw new ValidationException("Select the tasks to delete first.");
        }
        count = tasks.size();
        List<RemovedTasks> out = new ArrayList<>();
        // From the last row up, so that each remembered position is still right when restored in reverse.
        for (Task t : tasks.reversed()) {
            out.add(plan.remove(t));
        }
        removed = out;
    }

    @Override
    public void undo(Plan plan) {
        for (RemovedTasks r : removed.reversed()) {
            plan.restore(r);
        }
    }

    @Override
    public void redo(Plan plan) {
        List<RemovedTasks> out = new ArrayList<>();
        for (RemovedTasks r : removed) {
            out.add(plan.remove(r.root()));
        }
        removed = out;
    }
}
