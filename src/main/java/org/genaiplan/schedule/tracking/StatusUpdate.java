package org.genaiplan.schedule.tracking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.WorkTime;

/**
 * "Update plan to status date", as MS Project's Update Project offers: work scheduled before the end of the
 * status date is marked done. A task that should have finished by then becomes 100 % complete; one under way
 * gets the share of its working time that lies before the date. % complete only ever goes up, so progress
 * already recorded beyond the schedule is kept.
 */
public final class StatusUpdate {
    private StatusUpdate() {
    }

    /**
     * The leaf tasks not started (0 % complete, no actual start, no date constraint) that are scheduled to start
     * before the end of the status date: MS Project's "reschedule uncompleted work to start after" moves them
     * to the next working day. The plan must be scheduled.
     */
    public static java.util.List<Task> unstartedBefore(Plan plan, LocalDate statusDate) {
        java.time.LocalDateTime end = statusDate.plusDays(1).atStartOfDay();
        java.util.List<Task> out = new java.util.ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && t.percentComplete() == 0 && t.actualStart() == null && t.start() != null
                    && t.start().isBefore(end) && !t.constraintType().needsDate()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The new % complete of every leaf task it changes, in row order; the plan must be scheduled. */
    public static Map<Task, Integer> percentages(Plan plan, LocalDate statusDate) {
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        long until = time.endOfDay(statusDate);
        Map<Task, Integer> out = new LinkedHashMap<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren() || t.start() == null || t.finish() == null) {
                continue;
            }
            long s = time.toOffset(t.start());
            long f = time.toOffset(t.finish());
            int percent;
            if (until >= f) {
                percent = until >= s ? 100 : 0;
            } else if (until <= s) {
                percent = 0;
            } else {
                percent = (int) Math.floor(100.0 * (until - s) / (f - s));
            }
            if (percent > t.percentComplete()) {
                out.put(t, percent);
            }
        }
        return out;
    }
}
