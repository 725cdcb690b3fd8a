package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** The first and last day a plan's tasks occupy (its start date when nothing is scheduled yet). */
final class PlanSpan {
    private PlanSpan() {
    }

    static LocalDate[] of(Plan plan) {
        LocalDate first = plan.startDate();
        LocalDate last = plan.deadline() != null && plan.deadline().isAfter(first) ? plan.deadline() : first;
        for (Task t : plan.roots()) {
            if (t.start() != null && t.start().toLocalDate().isBefore(first)) {
                first = t.start().toLocalDate();
            }
            if (t.finish() != null && t.finish().toLocalDate().isAfter(last)) {
                last = t.finish().toLocalDate();
            }
        }
        return new LocalDate[] {first, last};
    }
}
