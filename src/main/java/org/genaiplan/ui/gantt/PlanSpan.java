package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The first and last day a plan's tasks occupy (its start date when nothing is scheduled yet), stretched to
 * show the plan's deadline and each task's deadline.
 */
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
        LocalDate[] span = {first, last};
        for (Task root : plan.roots()) {
            Plan.forEachInSubtree(root, t -> {
                LocalDate d = t.deadline();
                if (d != null) {
                    span[0] = d.isBefore(span[0]) ? d : span[0];
                    span[1] = d.isAfter(span[1]) ? d : span[1];
                }
            });
        }
        return span;
    }
}
