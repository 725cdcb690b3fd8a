package org.genaiplan.ui.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /**
     * Sets or (with null) clears a task's deadline; summaries have their own deadline too. It never moves the
     * task: one finishing later is late.
     */
    public static EditTaskFieldCommand deadline(long taskId, LocalDate date) {
        return new EditTaskFieldCommand(taskId, "Deadline", t -> t.setDeadline(checkedDeadline(date)));
    }

    /** A deadline a plan file can hold (its dates lie in the years 1900 to 9999), or null. */
    public static LocalDate checkedDeadline(LocalDate date) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 9999)) {
            throw new ValidationException("A deadline must lie in the years 1900 to 9999, not " + date + ".");
        }
        return date;
    }

    /** Pins a task's start: it starts on {@code date} or later (MS Project's constraint for a typed start). */
    public static EditTaskFieldCommand startNoEarlierThan(long taskId, LocalDate date) {
        return dated(taskId, "Start", ConstraintType.START_NO_EARLIER_THAN, date);
    }

    /** Holds a task back so that it finishes on {@code date} or later (MS Project's constraint for a typed finish). */
    public static EditTaskFieldCommand finishNoEarlierThan(long taskId, LocalDate date) {
        return dated(taskId, "Finish", ConstraintType.FINISH_NO_EARLIER_THAN, date);
    }

    /** Records when work on a task with progress really started. */
    public static EditTaskFieldCommand actualStart(long taskId, LocalDateTime start) {
        return new EditTaskFieldCommand(taskId, "Actual Start", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The start of a summary task comes from its subtasks.");
            }
            if (t.percentComplete() == 0) {
                throw new ValidationException("\"" + t.name() + "\" has no progress yet, so it has no actual start.");
            }
            t.setActualStart(start);
        });
    }

    /** Removes a task's date constraint: it is scheduled as soon as possible again. */
    public static EditTaskFieldCommand clearConstraint(long taskId, String field) {
        return new EditTaskFieldCommand(taskId, field, t -> t.setConstraint(ConstraintType.AS_SOON_AS_POSSIBLE, null));
    }

    private static EditTaskFieldCommand dated(long taskId, String field, ConstraintType type, LocalDate date) {
        return new EditTaskFieldCommand(taskId, field, t -> {
            if (t.hasChildren()) {
                throw new ValidationException("The " + field.toLowerCase(java.util.Locale.ROOT)
                        + " of a summary task comes from its subtasks.");
            }
            t.setConstraint(type, date);
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
