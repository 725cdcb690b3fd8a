package org.genaiplan.ui.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.ui.command.SetCapacityCommand;
import org.genaiplan.ui.testing.SheetModels;
import org.junit.jupiter.api.Test;

/** The over-allocation marks the WBS sheet and the Gantt chart show: which tasks, which sentence, when. */
class OverAllocationsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static Plan plan() {
        Plan plan = new Plan("Team", MONDAY);
        plan.putRole(new Role("ML engineer", new BigDecimal("120")));
        plan.resources().putPerson(new Person("Dana Reyes", "ML engineer", null, 100, ""));
        plan.addTask(null, "Fine-tune").setDurationMinutes(3 * 480);
        plan.addTask(null, "Evaluate").setDurationMinutes(2 * 480);
        plan.addTask(null, "Write report").setDurationMinutes(480);
        plan.changes().drain();
        return plan;
    }

    private static TaskLoad dana() {
        return TaskLoad.NONE.withAssignments(List.of(new Assignment("Dana Reyes", 100)));
    }

    @Test
    void aPlanWithoutAssignmentsOrPoolsMarksNothingAndWorksNothingOut() {
        SheetModels m = new SheetModels(plan());
        for (Task t : m.plan().tasksInOrder()) {
            assertThat(m.rows.overAllocation(t.id())).isNull();
            assertThat(m.rows.row(t.id()).overAllocation()).isNull();
        }
        assertThat(OverAllocations.hasCapacityData(m.plan().capacity().state())).isFalse();
    }

    @Test
    void twoTasksSharingAPersonAtOnceAreMarkedWithTheirNameAndWeekUntilAnEditEndsIt() {
        SheetModels m = new SheetModels(plan());
        Plan plan = m.plan();
        Task tune = plan.taskByWbsCode("1");
        Task eval = plan.taskByWbsCode("2");
        Task report = plan.taskByWbsCode("3");
        m.editor.execute(new SetCapacityCommand("Assign", plan.capacity().state().withLoad(tune.id(), dana())
                .withLoad(eval.id(), dana())));
        assertThat(m.rows.overAllocation(tune.id())).isEqualTo("Over-allocated: Dana Reyes in the week of 2 Mar 2026"
                + " (200\u00a0% needed, 100\u00a0% available)");
        assertThat(m.rows.row(eval.id()).overAllocation()).isEqualTo(m.rows.overAllocation(tune.id()));
        assertThat(m.rows.overAllocation(report.id())).isNull();

        m.editor.execute(new SetCapacityCommand("Assign", plan.capacity().state()
                .withLoad(eval.id(), TaskLoad.NONE)));
        assertThat(m.rows.overAllocation(tune.id())).as("the change is seen at once").isNull();
    }

    @Test
    void overAllocationOverSeveralWeeksNamesTheFirstAndLastWeek() {
        assertThat(OverAllocations.weeks(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 18)))
                .isEqualTo("from the week of 2 Mar 2026 to the week of 16 Mar 2026");
        assertThat(OverAllocations.weeks(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8)))
                .isEqualTo("in the week of 2 Mar 2026");
    }
}
