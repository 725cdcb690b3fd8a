package org.genaiplan.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** The tasks' three-point estimates as rows of the package's {@code estimates.json} entry, and back. */
final class EstimateRows {
    private EstimateRows() {
    }

    static List<PlanData.EstimateRow> of(Plan plan) {
        List<PlanData.EstimateRow> rows = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            Estimate e = t.estimate();
            if (e != null) {
                rows.add(new PlanData.EstimateRow(t.id(), e.optimisticMinutes(), e.mostLikelyMinutes(),
                        e.pessimisticMinutes(), e.distribution().name(), e.group()));
            }
        }
        return rows;
    }

    static void addTo(Plan plan, List<PlanData.EstimateRow> rows) {
        Set<Long> seen = new HashSet<>();
        for (PlanData.EstimateRow r : rows) {
            if (r == null) {
                throw new ValidationException("an estimate entry is empty");
            }
            Task t = plan.task(r.taskId());
            if (t == null) {
                throw new ValidationException("an estimate names task " + r.taskId() + ", which the plan does not have");
            }
            if (!seen.add(r.taskId())) {
                throw new ValidationException("task " + r.taskId() + " has two estimates");
            }
            if (r.group() != null && r.group().length() > 200) {
                throw new ValidationException("a correlation group name is longer than 200 characters");
            }
            t.setEstimate(new Estimate(r.optimisticMinutes(), r.mostLikelyMinutes(), r.pessimisticMinutes(),
                    Distribution.parse(r.distribution()), r.group()));
        }
    }
}
