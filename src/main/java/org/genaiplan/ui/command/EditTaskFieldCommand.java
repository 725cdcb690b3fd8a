package org.genaiplan.ui.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * One cell edit: sets one field of one task. It remembers the task's inputs before and after, so undo and
 * redo restore them exactly (a field may touch others: a zero duration makes a milestone, % complete
 * records the actual start).
 */
public final class EditTaskFieldCommand implements PlanCommand {
    private final long taskId;
    private final String field;
    private final Consumer<Task> change;
    private TaskInputs before;
    private TaskInputs after;

    public EditTaskFieldCommand(long taskId, String field, Consumer<Task> change) {
        this.taskId = taskId;
        this.field = field;
        this.change = change;
    }

    public static EditTaskFieldCommand name(long taskId, String name) {
        return new EditTaskFieldCommand(taskId, "Name", t -> t.setName(name));
    }

    /** A zero duration turns a task into a milestone; any other makes it a task with that duration. */
    public static EditTaskFieldCommand duration(long taskId, long minutes) {
        return new EditTaskFieldCommand(taskId, "Duration", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The duration of a summary task comes from its subtasks.");
            }
            t.setDurationMinutes(minutes);
            t.setMilestone(minutes == 0);
        });
    }

    public static EditTaskFieldCommand percentComplete(long taskId, int percent) {
        return new EditTaskFieldCommand(taskId, "% Complete", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The % complete of a summary task comes from its subtasks.");
            }
            t.setPercentComplete(percent);
        });
    }

    public static EditTaskFieldCommand owner(long taskId, String role) {
        return new EditTaskFieldCommand(taskId, "Owner", t -> t.setOwnerRole(role));
    }

    public static EditTaskFieldCommand phase(long taskId, String phase) {
        return new EditTaskFieldCommand(taskId, "Phase", t -> t.setPhase(phase));
    }

    public static EditTaskFieldCommand notes(long taskId, String notes) {
        return new EditTaskFieldCommand(taskId, "Notes", t -> t.setNotes(notes));
    }

    public static EditTaskFieldCommand fixedCost(long taskId, BigDecimal cost) {
        return new EditTaskFieldCommand(taskId, "Cost", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The cost of a summary task is the sum of its subtasks.");
            }
            t.setFixedCost(cost);
        });
    }

    /** Typing a start date pins the task: it may not start earlier (null clears the constraint). */
    public static EditTaskFieldCommand start(long taskId, LocalDate date) {
        return new EditTaskFieldCommand(taskId, "Start", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The start of a summary task comes from its subtasks.");
            }
            t.setConstraint(date == null ? ConstraintType.AS_SOON_AS_POSSIBLE : ConstraintType.START_NO_EARLIER_THAN,
                    date);
        });
    }

    /** Typing a finish date is a deadline the task must finish by (null clears the constraint). */
    public static EditTaskFieldCommand finish(long taskId, LocalDate date) {
        return new EditTaskFieldCommand(taskId, "Finish", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The finish of a summary task comes from its subtasks.");
            }
            t.setConstraint(date == null ? ConstraintType.AS_SOON_AS_POSSIBLE : ConstraintType.FINISH_NO_LATER_THAN,
                    date);
        });
    }

    @Override
    public String displayName() {
        return "Edit " + field;
    }

    @Override
    public void execute(Plan plan) {
        Task task = plan.task(taskId);
        if (task == null) {
            throw new ValidationException("The task no longer exists.");
        }
        TaskInputs old = TaskInputs.of(task);
        try {
            change.accept(task);
        } catch (RuntimeException e) {
            old.applyTo(task);
            throw e;
        }
        before = old;
        after = TaskInputs.of(task);
    }

    @Override
    public void undo(Plan plan) {
        before.applyTo(plan.task(taskId));
    }

    @Override
    public void redo(Plan plan) {
        after.applyTo(plan.task(taskId));
    }

    public long taskId() {
        return taskId;
    }
}
