package org.genaiplan.ui.gantt.layout;

import java.time.LocalDate;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Task;

/**
 * Whether a task finishes after a date it should be done by: the plan's deadline, its own deadline or its
 * finish-no-later-than date. Compares dates the task already holds, making no object, so the chart can ask
 * for every row of every frame.
 */
public final class Lateness {
    private Lateness() {
    }

    /** Which date a late task missed. */
    public enum Missed {
        /** The task's own deadline. */
        OWN_DEADLINE,
        /** The plan's deadline. */
        PLAN_DEADLINE,
        /** The task's finish-no-later-than date. */
        FINISH_NO_LATER_THAN
    }

    /**
     * The date a task should have finished by and does not: the earliest of the plan's deadline, the task's own
     * deadline and its finish-no-later-than date that its finish lies after, or null when it is not late (or has
     * no dates yet). A task finishing on the date itself is on time.
     */
    public static LocalDate missedDate(Task task, LocalDate planDeadline) {
        Missed which = missed(task, planDeadline);
        if (which == null) {
            return null;
        }
        return switch (which) {
            case OWN_DEADLINE -> task.deadline();
            case PLAN_DEADLINE -> planDeadline;
            case FINISH_NO_LATER_THAN -> task.constraintDate();
        };
    }

    /**
     * Which of the dates {@link #missedDate} returns the task missed (its own deadline first when two are the
     * same day), or null when it is not late.
     */
    public static Missed missed(Task task, LocalDate planDeadline) {
        if (task.finish() == null) {
            return null;
        }
        LocalDate finish = task.finish().toLocalDate();
        Missed which = null;
        LocalDate missed = null;
        LocalDate own = task.deadline();
        if (own != null && finish.isAfter(own)) {
            which = Missed.OWN_DEADLINE;
            missed = own;
        }
        if (planDeadline != null && finish.isAfter(planDeadline) && (missed == null || planDeadline.isBefore(missed))) {
            which = Missed.PLAN_DEADLINE;
            missed = planDeadline;
        }
        LocalDate ceiling = task.constraintType() == ConstraintType.FINISH_NO_LATER_THAN ? task.constraintDate() : null;
        if (ceiling != null && finish.isAfter(ceiling) && (missed == null || ceiling.isBefore(missed))) {
            which = Missed.FINISH_NO_LATER_THAN;
        }
        return which;
    }
}
