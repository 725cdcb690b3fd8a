package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Where a milestone at a day boundary is shown (issue 21, found side by side with MS Project's rules): never
 * before its predecessor starts, and a finished milestone stays at the moment recorded for it.
 */
class MilestoneMomentsTest {
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void aMilestoneAfterAStartToStartLinkIsShownWhenItsPredecessorStartsNotTheDayBefore() {
        Plan plan = new Plan("P", MONDAY);
        Task first = plan.addTask(null, "First week");
        first.setDurationMinutes(5 * 480);
        Task work = plan.addTask(null, "Work");
        work.setDurationMinutes(3 * 480);
        Task kickOff = plan.addTask(null, "Kick-off");
        kickOff.setMilestone(true);
        plan.addDependency(Dependency.finishToStart(first.id(), work.id()));
        plan.addDependency(new Dependency(work.id(), kickOff.id(), DependencyType.SS, 0));
        new CpmScheduler().schedule(plan);

        assertThat(work.start()).isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
        assertThat(kickOff.start()).isEqualTo(work.start());
        assertThat(kickOff.finish()).isEqualTo(work.start());
    }

    @Test
    void aMilestoneAfterAFinishToStartLinkStaysAtItsPredecessorsFinish() {
        Plan plan = new Plan("P", MONDAY);
        Task week = plan.addTask(null, "Week");
        week.setDurationMinutes(5 * 480);
        Task done = plan.addTask(null, "Done");
        done.setMilestone(true);
        plan.addDependency(Dependency.finishToStart(week.id(), done.id()));
        new CpmScheduler().schedule(plan);
        assertThat(done.start()).isEqualTo(LocalDateTime.of(2027, 1, 8, 16, 0));
    }

    @Test
    void aFinishedMilestoneRecordedAtTheEndOfFridayStaysThere() {
        Plan plan = new Plan("P", MONDAY);
        Task gate = plan.addTask(null, "Gate passed");
        gate.setMilestone(true);
        LocalDateTime friday = LocalDateTime.of(2027, 1, 8, 16, 0);
        gate.setPercentComplete(100);
        gate.setActualStart(friday);
        new CpmScheduler().schedule(plan);
        assertThat(gate.start()).isEqualTo(friday);
        assertThat(gate.finish()).isEqualTo(friday);

        new CpmScheduler().schedule(plan); // as after reopening: the same inputs give the same moment
        assertThat(gate.start()).isEqualTo(friday);
    }
}
