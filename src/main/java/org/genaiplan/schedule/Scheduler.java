package org.genaiplan.schedule;

import org.genaiplan.model.Plan;

/**
 * Computes a plan's derived values: early and late dates, slack, the critical flag and the roll-ups on
 * summary rows. Implementations write them into the plan's tasks.
 */
public interface Scheduler {

    /** Schedules the whole plan. */
    ScheduleReport schedule(Plan plan);

    /**
     * Schedules the plan after an edit, recomputing only what the edit can reach where the implementation
     * can tell; the result is the same as {@link #schedule(Plan)}.
     */
    default ScheduleReport reschedule(Plan plan) {
        return schedule(plan);
    }

    /**
     * Reschedules after an edit that changed the inputs of {@code changedTaskIds} only (the plan's change
     * log names them); links, outline, calendar and prices are checked as always. The result is the same as
     * {@link #schedule(Plan)} when the set is complete.
     */
    default ScheduleReport reschedule(Plan plan, java.util.Set<Long> changedTaskIds) {
        return reschedule(plan);
    }
}
