package org.genaiplan.ui.gantt.layout;

import java.time.LocalDate;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Task;

/**
 * Whether a task finishes after a date it should be done by: the plan's deadline, or its own
 * finish-no-later-than date. Compares dates the task already holds, making no object, so the chart can
 * ask for every row of every frame.
 */
public final class Lateness {
    private Lateness() {
    }

    /**
     * The date a task should have finished by and does not: the earlier of the plan's deadline and the
     * task's finish-no-later-than date that its finish lies after, or null when it is not late (or has no
     * dates yet). A task finishing on the date itself is on time.
     */
    public static LocalDate missedDate(Task task, LocalDate planDeadline) {
        if (task.finish() == null) {
            return null;
        }
        LocalDate finish = task.finish().toLocalDate();
        LocalDate missed = null;
        if (planDeadline != null && finish.isAfter(planDeadline)) {
            missed = planDeadline;
        }
        LocalDate own = task.constraintType() == ConstraintType.FINISH_NO_LATER_THAN ? task.constraintDate() : null;
        if (own != null && finish.isAfter(own) && (missed == null || own.isBefore(missed))) {
            missed = own;
        }
        return missed;
    }
}
