package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.schedule.CpmScheduler;

/** The two-task plan of {@link EarnedValueTest}, scheduled, with no baseline and no progress. */
public final class WorkedExample {
    public static final LocalDate START = LocalDate.of(2026, 3, 2);

    private WorkedExample() {
    }

    /** The progress of EarnedValueTest: 100 % and 40 % done, the actual costs, 150 GPU-hours used, status 18 March. */
    public static void recordProgress(Plan plan) {
        EarnedValueTest.recordProgress(plan);
    }

    public static Plan plan() {
        Plan plan = new Plan("EV example", START);
        plan.putRole(new Role("Engineer", new BigDecimal("100")));
        plan.setPriceTable(new PriceTable(LocalDate.of(2026, 2, 1),
                List.of(new GpuPrice("H100", new BigDecimal("3.00"), 989, true)), List.of()));
        Task train = plan.addTask(null, "Train");
        train.setDurationMinutes(10 * 480);
        train.setOwnerRole("Engineer");
        train.setPhase("Fine-tuning");
        train.setCostLines(List.of(new CostLine(new ComputeCost("H100", 2, new BigDecimal("50")))));
        Task evaluate = plan.addTask(null, "Evaluate");
        evaluate.setDurationMinutes(5 * 480);
        evaluate.setOwnerRole("Engineer");
        evaluate.setPhase("Evaluation");
        plan.addDependency(new Dependency(train.id(), evaluate.id(), DependencyType.FS, 0));
        new CpmScheduler().schedule(plan);
        return plan;
    }
}
