package org.genaiplan.ui.command;

import java.math.BigDecimal;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** Sets the actual cost spent on a task's owner's work and fixed cost (null clears it). */
public final class SetWorkActualCommand implements PlanCommand {
    private final long taskId;
    private final BigDecimal actual;
    private BigDecimal before;

    public SetWorkActualCommand(long taskId, BigDecimal actual) {
        this.taskId = taskId;
        this.actual = actual;
    }

    @Override
    public String displayName() {
        return "Edit Actual Cost";
    }

    @Override
    public void execute(Plan plan) {
        Task task = task(plan);
        BigDecimal old = task.workActualCost();
        task.setWorkActualCost(actual);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        task(plan).setWorkActualCost(before);
    }

    private Task task(Plan plan) {
        Task task = plan.task(taskId);
        if (task == null) {
            throw new ValidationException("The task no longer exists.");
        }
        return task;
    }
}
