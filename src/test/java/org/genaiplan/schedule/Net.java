package org.genaiplan.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** Builds small hand-checked networks on the standard calendar: Mon-Fri, 08:00-16:00, 480 minutes a day. */
final class Net {
    /** Monday 4 January 2027. */
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    static final long DAY = 480;
    static final long HOUR = 60;

    final Plan plan = new Plan("Test", MONDAY);

    Task task(String name, double days) {
        Task t = plan.addTask(null, name);
        t.setDurationMinutes(Math.round(days * DAY));
        return t;
    }

    Task child(Task parent, String name, double days) {
        Task t = plan.addTask(parent, name);
        t.setDurationMinutes(Math.round(days * DAY));
        return t;
    }

    Net link(Task pred, Task succ) {
        return link(pred, succ, DependencyType.FS, 0);
    }

    Net link(Task pred, Task succ, DependencyType type, long lagMinutes) {
        plan.addDependency(new Dependency(pred.id(), succ.id(), type, lagMinutes));
        return this;
    }

    ScheduleReport schedule() {
        return new CpmScheduler().schedule(plan);
    }

    /** January 2027 at hh:mm. */
    static LocalDateTime jan(int day, int hour, int minute) {
        return LocalDateTime.of(2027, 1, day, hour, minute);
    }

    static LocalDateTime jan(int day, int hour) {
        return jan(day, hour, 0);
    }
}
