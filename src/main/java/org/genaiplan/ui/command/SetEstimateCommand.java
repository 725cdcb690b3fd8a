package org.genaiplan.ui.command;

import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** Sets (or, with null, clears) a task's three-point estimate; undo puts the one it had back. */
public final class SetEstimateCommand implements PlanCommand {
    private final long taskId;
    private final Estimate estimate;
    private Estimate before;

    public SetEstimateCommand(long taskId, Estimate estimate) {
        this.taskId = taskId;
        this.estimate = estimate;
    }

    @Override
    public String displayName() {
        return estimate == null ? "Clear Estimate" : "Edit Estimate";
    }

    @Override
    public void execute(Plan plan) {
        Task t = plan.task(taskId);
        if (t == null) {
            throw new ValidationException("The task no longer exists.");
        }
        if (estimate != null && (t.hasChildren() || t.isMilestone())) {
            throw new ValidationException("Only a task with work of its own has a three-point estimate, not a summary or a milestone.");
        }
        before = t.estimate();
        t.setEstimate(estimate);
    }

    @Override
    public void undo(Plan plan) {
        plan.task(taskId).setEstimate(before);
    }
}
