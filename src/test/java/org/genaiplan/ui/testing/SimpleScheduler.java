package org.genaiplan.ui.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.Scheduler;

/**
 * A stand-in scheduler for the editor's tests: every day is a working day, finish-to-start links only,
 * and the roll-ups the sheet shows (span, duration-weighted % complete, cost).
 */
public final class SimpleScheduler implements Scheduler {

    @Override
    public void schedule(Plan plan) {
        int day = plan.calendar().minutesPerDay();
        LocalDateTime origin = plan.startDate().atTime(plan.calendar().dayStart());
        List<Task> order = plan.tasksInOrder();
        java.util.Map<Long, Long> finish = new java.util.HashMap<>();
        // Repeat passes until stable; good enough for the small acyclic plans of the tests.
        for (int pass = 0; pass < order.size() + 1; pass++) {
            boolean changed = false;
            for (Task t : order) {
                if (t.hasChildren()) {
                    continue;
                }
                long start = 0;
                for (Dependency d : plan.predecessorsOf(t)) {
                    start = Math.max(start, finish.getOrDefault(d.predecessorId(), 0L) + d.lagMinutes());
                }
                long end = start + t.durationMinutes();
                if (!Long.valueOf(end).equals(finish.get(t.id()))) {
                    finish.put(t.id(), end);
                    changed = true;
                }
                t.setSchedule(at(origin, start, day), at(origin, end, day), null, null, 0, 0, false);
            }
            if (!changed) {
                break;
            }
        }
        for (Task top : plan.roots()) {
            rollUp(plan, top, origin, day);
        }
    }

    private static LocalDateTime at(LocalDateTime origin, long minutes, int day) {
        return origin.plusDays(minutes / day).plusMinutes(minutes % day);
    }

    private long[] rollUp(Plan plan, Task t, LocalDateTime origin, int day) {
        if (!t.hasChildren()) {
            Role role = plan.role(t.ownerRole());
            BigDecimal work = role == null ? BigDecimal.ZERO
                    : role.ratePerHour().multiply(BigDecimal.valueOf(t.durationMinutes())).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            t.setRollUp(t.durationMinutes(), t.percentComplete(), work.add(t.fixedCost()));
            return new long[] {minutes(origin, t.start(), day), minutes(origin, t.finish(), day)};
        }
        long s = Long.MAX_VALUE;
        long f = Long.MIN_VALUE;
        double weighted = 0;
        long total = 0;
        BigDecimal cost = t.fixedCost();
        for (Task c : t.children()) {
            long[] span = rollUp(plan, c, origin, day);
            s = Math.min(s, span[0]);
            f = Math.max(f, span[1]);
            weighted += c.rolledUpPercentComplete() * c.rolledUpDurationMinutes();
            total += c.rolledUpDurationMinutes();
            cost = cost.add(c.cost());
        }
        t.setSchedule(at(origin, s, day), at(origin, f, day), null, null, 0, 0, false);
        t.setRollUp(f - s, total == 0 ? 0 : weighted / total, cost);
        return new long[] {s, f};
    }

    private static long minutes(LocalDateTime origin, LocalDateTime at, int day) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(origin.toLocalDate(), at.toLocalDate());
        return days * day + java.time.Duration.between(at.toLocalDate().atTime(origin.toLocalTime()), at).toMinutes();
    }
}
