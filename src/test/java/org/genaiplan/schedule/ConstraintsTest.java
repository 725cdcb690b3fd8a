package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.genaiplan.schedule.Net.DAY;
import static org.genaiplan.schedule.Net.jan;

import java.time.LocalDate;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** Constraints and the plan deadline; the plan starts Monday 4 January 2027, 480 working minutes a day. */
class ConstraintsTest {

    @Test
    void finishNoLaterThanViolatedShowsNegativeSlackWithoutMovingTheTask() {
        // A 5d (0-5) -> B 1d (5-6, Mon 11th). B must finish by Wed 6th = end of day 3.
        // B: LF = 3, EF = 6: slack -3d. A: LF = LS(B) = 2, EF = 5: slack -3d. Dates stay put.
        Net n = new Net();
        Task a = n.task("A", 5);
        Task b = n.task("B", 1);
        n.link(a, b);
        b.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2027, 1, 6));
        ScheduleReport report = n.schedule();

        assertThat(b.start()).isEqualTo(jan(11, 8));
        assertThat(b.totalSlackMinutes()).isEqualTo(-3 * DAY);
        assertThat(a.totalSlackMinutes()).isEqualTo(-3 * DAY);
        assertThat(b.lateFinish()).isEqualTo(jan(6, 16));
        assertThat(b.isCritical()).isTrue();
        assertThat(report.lateTasks()).isEqualTo(2);
        assertThat(report.lateTaskIds()).containsExactly(a.id(), b.id());
        assertThat(report.problems()).contains("2 tasks cannot meet their dates (negative slack): 1 A, 2 B.",
                "\"B\" (2) cannot finish by 2027-01-06; it is 3d late.");
    }

    @Test
    void mustStartOnHoldsItsDateAndThePredecessorGoesNegative() {
        // A 3d (0-3) -> B 1d must start on Tue 5th (day 1). B stays at Tue 08:00;
        // A: LF = LS(B) = 1, EF = 3: slack -2d.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 1);
        n.link(a, b);
        b.setConstraint(ConstraintType.MUST_START_ON, LocalDate.of(2027, 1, 5));
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(5, 8));
        assertThat(b.totalSlackMinutes()).isZero();
        assertThat(a.totalSlackMinutes()).isEqualTo(-2 * DAY);
    }

    @Test
    void startNoEarlierThanOnAWeekendStartsMonday() {
        // B 1d, start no earlier than Saturday 9th: the next working morning is Monday 11th.
        Net n = new Net();
        Task b = n.task("B", 1);
        b.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2027, 1, 9));
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(11, 8));
        assertThat(b.finish()).isEqualTo(jan(11, 16));
    }

    @Test
    void startNoEarlierThanIsOverriddenByALaterPredecessor() {
        // A 3d (0-3) -> B 1d SNET Tue 5th (day 1): the link wins, B starts Thu 7th.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 1);
        n.link(a, b);
        b.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2027, 1, 5));
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(7, 8));
        assertThat(b.totalSlackMinutes()).isZero();
    }

    @Test
    void finishNoEarlierThanHoldsTheTaskBackSoItFinishesThatDay() {
        // A 2d, B 2d after A (days 2-4), B finishes no earlier than Mon 11th: B runs Fri 8th - Mon 11th.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 2);
        n.link(a, b);
        b.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 11));
        ScheduleReport report = n.schedule();

        assertThat(b.start()).isEqualTo(jan(8, 8));
        assertThat(b.finish()).isEqualTo(jan(11, 16));
        assertThat(a.totalSlackMinutes()).as("A may slip until B's start").isEqualTo(2 * DAY);
        assertThat(report.lateTasks()).isZero();
    }

    @Test
    void finishNoEarlierThanBeforeTheLinksAllowChangesNothing() {
        // A 3d -> B 1d (Thu 7th). B finishes no earlier than Tue 5th: the link already keeps it later.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 1);
        n.link(a, b);
        b.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 5));
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(7, 8));
        assertThat(b.finish()).isEqualTo(jan(7, 16));
    }

    @Test
    void finishNoEarlierThanOnAWeekendFinishesFridayAndAMilestoneSitsAtTheEndOfTheDay() {
        Net n = new Net();
        Task b = n.task("B", 1);
        b.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 9));
        Task m = n.task("Sign-off", 0);
        m.setMilestone(true);
        m.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 6));
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(8, 8));
        assertThat(b.finish()).isEqualTo(jan(8, 16));
        assertThat(m.start()).isEqualTo(jan(6, 16));
        assertThat(m.finish()).isEqualTo(jan(6, 16));
    }

    @Test
    void anActualStartOutweighsAFinishNoEarlierThan() {
        Net n = new Net();
        Task b = n.task("B", 1);
        b.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 15));
        b.setActualStart(jan(5, 8));
        b.setPercentComplete(50);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(5, 8));
        assertThat(b.finish()).isEqualTo(jan(5, 16));
    }

    @Test
    void theIncrementalRunFollowsANewFinishNoEarlierThan() {
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 1);
        Task c = n.task("C", 1);
        n.link(a, b).link(b, c);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);
        b.setConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, LocalDate.of(2027, 1, 12));

        ScheduleReport report = scheduler.reschedule(n.plan);

        assertThat(report.full()).isFalse();
        assertThat(b.finish()).isEqualTo(jan(12, 16));
        assertThat(c.start()).isEqualTo(jan(13, 8));
    }

    @Test
    void deadlineViolatedMakesTheWholeChainNegative() {
        // A 3d -> B 2d ends Fri 8th (day 5). Deadline Wed 6th = end of day 3: slack -2d on both.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 2);
        n.link(a, b);
        n.plan.setDeadline(LocalDate.of(2027, 1, 6));
        ScheduleReport report = n.schedule();

        assertThat(b.finish()).isEqualTo(jan(8, 16));
        assertThat(a.totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(b.totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(report.problems()).anyMatch(p -> p.contains("after its deadline of 2027-01-06"));
    }

    @Test
    void deadlineLaterThanTheFinishKeepsTheCriticalPath() {
        // The critical path is measured against the plan finish, not a comfortable deadline.
        Net n = new Net();
        Task a = n.task("A", 3);
        n.plan.setDeadline(LocalDate.of(2027, 3, 1));
        ScheduleReport report = n.schedule();

        assertThat(a.isCritical()).isTrue();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aTaskDeadlineDoesNotMoveTheTaskButMakesItAndItsChainLate() {
        // A 5d (0-5) -> B 1d (5-6, Mon 11th). B's deadline is Wed 6th = end of day 3: B stays on Mon 11th,
        // its late finish is capped at Wed 6th 16:00, so B and A have -3d of slack and count as late.
        Net n = new Net();
        Task a = n.task("A", 5);
        Task b = n.task("B", 1);
        n.link(a, b);
        b.setDeadline(LocalDate.of(2027, 1, 6));
        ScheduleReport report = n.schedule();

        assertThat(b.start()).isEqualTo(jan(11, 8));
        assertThat(b.finish()).isEqualTo(jan(11, 16));
        assertThat(b.lateFinish()).isEqualTo(jan(6, 16));
        assertThat(b.totalSlackMinutes()).isEqualTo(-3 * DAY);
        assertThat(a.totalSlackMinutes()).isEqualTo(-3 * DAY);
        assertThat(b.isCritical()).isTrue();
        assertThat(report.lateTaskIds()).containsExactly(a.id(), b.id());
        assertThat(report.problems()).contains("2 tasks cannot meet their dates (negative slack): 1 A, 2 B.",
                "\"B\" (2) cannot finish by its deadline of 2027-01-06; it is 3d late.");
    }

    @Test
    void aDeadlineThatIsMetOnlyTakesSlackAway() {
        // A 4d sets the plan finish (day 4). B 1d alone may slip 3d, but its deadline, Tue 5th (end of
        // day 2), leaves it 1d: on time, not critical, not late.
        Net n = new Net();
        n.task("A", 4);
        Task b = n.task("B", 1);
        b.setDeadline(LocalDate.of(2027, 1, 5));
        ScheduleReport report = n.schedule();

        assertThat(b.start()).isEqualTo(jan(4, 8));
        assertThat(b.totalSlackMinutes()).isEqualTo(DAY);
        assertThat(b.lateFinish()).isEqualTo(jan(5, 16));
        assertThat(b.isCritical()).isFalse();
        assertThat(report.lateTasks()).isZero();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aDeadlineOnASummaryBindsEveryTaskInIt() {
        // Phase { A 2d -> B 2d } ends Fri 8th (day 4); its deadline Wed 6th (day 3) makes both 1d late.
        Net n = new Net();
        Task phase = n.task("Phase", 0);
        Task a = n.child(phase, "A", 2);
        Task b = n.child(phase, "B", 2);
        n.link(a, b);
        phase.setDeadline(LocalDate.of(2027, 1, 6));
        ScheduleReport report = n.schedule();

        assertThat(b.finish()).isEqualTo(jan(7, 16));
        assertThat(a.totalSlackMinutes()).isEqualTo(-DAY);
        assertThat(b.totalSlackMinutes()).isEqualTo(-DAY);
        assertThat(phase.totalSlackMinutes()).isEqualTo(-DAY);
        assertThat(report.lateTaskIds()).containsExactly(a.id(), b.id());
        assertThat(report.problems()).contains("\"Phase\" (1) cannot finish by its deadline of 2027-01-06; it is 1d"
                + " late.");
    }

    @Test
    void theEarlierOfADeadlineAndAFinishNoLaterThanBinds() {
        Net n = new Net();
        Task a = n.task("A", 3);
        a.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2027, 1, 5));
        a.setDeadline(LocalDate.of(2027, 1, 4));
        ScheduleReport report = n.schedule();
        assertThat(a.totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(report.problems()).contains("\"A\" (1) cannot finish by its deadline of 2027-01-04; it is 2d late.");

        a.setDeadline(LocalDate.of(2027, 1, 20));
        report = n.schedule();
        assertThat(a.totalSlackMinutes()).isEqualTo(-DAY);
        assertThat(report.problems()).contains("\"A\" (1) cannot finish by 2027-01-05; it is 1d late.");
    }

    @Test
    void theIncrementalRunFollowsAChangedDeadlineAndGivesTheFullResult() {
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 1);
        Task c = n.task("C", 1);
        n.link(a, b).link(b, c);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);

        b.setDeadline(LocalDate.of(2027, 1, 4));
        ScheduleReport report = scheduler.reschedule(n.plan);
        assertThat(report.full()).isFalse();
        assertThat(b.start()).as("a deadline never moves the task").isEqualTo(jan(6, 8));
        assertThat(b.totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(a.totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(c.totalSlackMinutes()).isZero();
        assertThat(report.lateTaskIds()).containsExactly(a.id(), b.id());
        String incremental = slack(n);
        n.schedule();
        assertThat(slack(n)).isEqualTo(incremental);

        b.setDeadline(null);
        report = scheduler.reschedule(n.plan);
        assertThat(report.full()).isFalse();
        assertThat(b.totalSlackMinutes()).isZero();
        assertThat(report.lateTasks()).isZero();
    }

    private static String slack(Net n) {
        StringBuilder out = new StringBuilder();
        n.plan.tasksInOrder().forEach(t -> out.append(t.name()).append(' ').append(t.lateFinish()).append(' ')
                .append(t.totalSlackMinutes()).append(' ').append(t.freeSlackMinutes()).append('\n'));
        return out.toString();
    }

    @Test
    void percentCompleteKeepsTheActualStart() {
        // A 2d -> B 2d. B started early, Monday 4th 10:00, and is 50 % done: it keeps that start
        // (not Wed 6th, where the link would put it) and finishes 960 minutes later: Tue 5th 16:00... plus 2h,
        // i.e. Wed 6th 10:00.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 2);
        n.link(a, b);
        b.setActualStart(jan(4, 10));
        b.setPercentComplete(50);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(4, 10));
        assertThat(b.finish()).isEqualTo(jan(6, 10));
        assertThat(b.actualStart()).isEqualTo(jan(4, 10));
    }

    @Test
    void percentCompleteWithoutARecordedStartTakesTheScheduledOne() {
        // Setting % complete on a scheduled task records its current start; a later delay of its
        // predecessor does not move it any more.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 2);
        n.link(a, b);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);
        b.setPercentComplete(20);
        a.setDurationMinutes(4 * DAY);
        scheduler.reschedule(n.plan);

        assertThat(b.start()).isEqualTo(jan(6, 8));
        assertThat(a.finish()).isEqualTo(jan(7, 16));
    }
}
