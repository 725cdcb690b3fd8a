package org.genaiplan.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.genaiplan.schedule.tracking.WorkedExample;
import org.genaiplan.store.PlanRows;
import org.junit.jupiter.api.Test;

/** The tracking commands on the worked example, each undone to the plan it started from. */
class TrackingCommandsTest {
    private final CpmScheduler scheduler = new CpmScheduler();

    @Test
    void aStartedTaskKeepsItsActualStartWhenItsPredecessorSlips() {
        Plan plan = WorkedExample.plan();
        Task evaluate = plan.task(2);
        evaluate.setPercentComplete(20); // started as scheduled, Monday 16 March
        plan.task(1).setDurationMinutes(12 * 480);
        scheduler.schedule(plan);
        assertThat(evaluate.start()).isEqualTo(LocalDateTime.of(2026, 3, 16, 8, 0));
    }

    @Test
    void unstartedWorkDueBeforeTheStatusDateMovesToTheDayAfterAndBack() {
        Plan plan = WorkedExample.plan();
        plan.setStatusDate(LocalDate.of(2026, 3, 17));
        plan.task(1).setPercentComplete(100);
        scheduler.schedule(plan);
        var before = PlanRows.of(plan);
        RescheduleUnstartedCommand command = new RescheduleUnstartedCommand(plan.statusDate());
        command.execute(plan);
        scheduler.schedule(plan);
        assertThat(command.moved()).isEqualTo(1);
        assertThat(plan.task(2).constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(plan.task(2).start()).isEqualTo(LocalDateTime.of(2026, 3, 18, 8, 0));
        command.undo(plan);
        scheduler.schedule(plan);
        assertThat(PlanRows.of(plan)).isEqualTo(before);
    }

    @Test
    void updateToStatusDateAndSavingABaselineAreUndoneExactly() {
        Plan plan = WorkedExample.plan();
        var before = PlanRows.of(plan);
        UpdateToStatusDateCommand update = new UpdateToStatusDateCommand(LocalDate.of(2026, 3, 18));
        update.execute(plan);
        assertThat(update.changed()).isEqualTo(2);
        assertThat(plan.task(1).percentComplete()).isEqualTo(100);
        assertThat(plan.task(2).percentComplete()).isEqualTo(60);
        SetTrackingCommand save = new SetTrackingCommand("Save baseline A",
                plan.tracking().withBaseline(BaselineCapture.of(plan, "A", LocalDateTime.now())));
        save.execute(plan);
        save.undo(plan);
        update.undo(plan);
        assertThat(PlanRows.of(plan)).isEqualTo(before);
    }
}
