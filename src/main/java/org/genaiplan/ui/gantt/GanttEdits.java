package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.WorkTime;
import org.genaiplan.ui.command.AddDependencyCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.NamedCommand;
import org.genaiplan.ui.command.PlanCommand;

/** Turns a finished mouse gesture on the chart into the undoable command it stands for. */
final class GanttEdits {
    private GanttEdits() {
    }

    /** Dropping a bar at a new start day pins it there: it may start no earlier than that day. */
    static PlanCommand move(Task task, LocalDate newStart) {
        return new NamedCommand("Move Task", new EditTaskFieldCommand(task.id(), "Start", t -> {
            if (t.hasChildren()) {
                throw new ValidationException("A summary task moves with its subtasks; drag those instead.");
            }
            t.setConstraint(ConstraintType.START_NO_EARLIER_THAN, newStart);
        }));
    }

    /**
     * Dragging a bar's right end to {@code newFinish}: the new duration is the working time from the task's
     * start, rounded to {@code stepMinutes} (a working day at coarse zoom, an hour at the hours level) and at
     * least one step.
     */
    static PlanCommand resize(Plan plan, Task task, LocalDateTime newFinish, long stepMinutes) {
        return new NamedCommand("Change Duration",
                EditTaskFieldCommand.duration(task.id(), newDuration(plan, task, newFinish, stepMinutes)));
    }

    static long newDuration(Plan plan, Task task, LocalDateTime newFinish, long stepMinutes) {
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        long minutes = time.between(task.start(), newFinish);
        long steps = Math.max(1, Math.round(minutes / (double) stepMinutes));
        return steps * stepMinutes;
    }

    static PlanCommand progress(Task task, int percent) {
        return new NamedCommand("Set % Complete",
                EditTaskFieldCommand.percentComplete(task.id(), Math.clamp(percent, 0, 100)));
    }

    static PlanCommand link(Task predecessor, Task successor) {
        if (predecessor.id() == successor.id()) {
            throw new ValidationException("A task cannot depend on itself.");
        }
        return new AddDependencyCommand(Dependency.finishToStart(predecessor.id(), successor.id()));
    }
}
