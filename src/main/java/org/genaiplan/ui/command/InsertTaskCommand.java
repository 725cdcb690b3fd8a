package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Task;

/** Adds one new task or milestone at a place in the outline. Redo brings back the same task (same id). */
public final class InsertTaskCommand implements PlanCommand {
    private final long parentId;
    private final int index;
    private final String name;
    private final boolean milestone;
    private final long durationMinutes;
    private long createdId;
    private RemovedTasks removed;

    /**
     * @param parentId the parent's id, 0 for the top level
     * @param durationMinutes the new task's duration (ignored for a milestone)
     */
    public InsertTaskCommand(long parentId, int index, String name, boolean milestone, long durationMinutes) {
        this.parentId = parentId;
        this.index = index;
        this.name = name;
        this.milestone = milestone;
        this.durationMinutes = durationMinutes;
    }

    @Override
    public String displayName() {
        return milestone ? "Insert milestone" : "Insert task";
    }

    @Override
    public void execute(Plan plan) {
        Task parent = parentId == 0 ? null : plan.task(parentId);
        Task task = plan.addTask(parent, index, name);
        if (milestone) {
            task.setMilestone(true);
        } else {
            task.setDurationMinutes(durationMinutes);
        }
        createdId = task.id();
    }

    @Override
    public void undo(Plan plan) {
        removed = plan.remove(plan.task(createdId));
    }

    @Override
    public void redo(Plan plan) {
        plan.restore(removed);
    }

    /** The id of the task this command created (after {@link #execute}). */
    public long createdId() {
        return createdId;
    }
}
