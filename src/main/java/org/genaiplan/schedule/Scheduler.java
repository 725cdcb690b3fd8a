package org.genaiplan.schedule;

import org.genaiplan.model.Plan;

/**
 * Computes a plan's derived values: early and late dates, slack, the critical flag and the roll-ups on
 * summary rows. Implementations write them into the plan's tasks.
 */
public interface Scheduler {

    /** Schedules the whole plan. */
    void schedule(Plan plan);
}
