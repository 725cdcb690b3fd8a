package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.genaiplan.schedule.Net.DAY;
import static org.genaiplan.schedule.Net.HOUR;
import static org.genaiplan.schedule.Net.jan;

import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Small networks whose dates and slack are worked out by hand. The plan starts Monday 4 January 2027 on
 * the standard calendar (Mon-Fri, 08:00-16:00, one day = 480 working minutes). Offsets in the comments are
 * working days from Monday 08:00.
 */
class NetworkShapesTest {

    @Test
    void chainRunsTaskAfterTaskAcrossTheWeekend() {
        // A 3d: days 0-3 (Mon 08:00 - Wed 16:00); B 2d: days 3-5 (Thu - Fri 16:00);
        // C 1d: day 5-6, the weekend is skipped: Mon 11th 08:00 - 16:00. Everything is critical.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 2);
        Task c = n.task("C", 1);
        n.link(a, b).link(b, c);
        ScheduleReport report = n.schedule();

        assertThat(a.start()).isEqualTo(jan(4, 8));
        assertThat(a.finish()).isEqualTo(jan(6, 16));
        assertThat(b.start()).isEqualTo(jan(7, 8));
        assertThat(b.finish()).isEqualTo(jan(8, 16));
        assertThat(c.start()).isEqualTo(jan(11, 8));
        assertThat(c.finish()).isEqualTo(jan(11, 16));
        for (Task t : new Task[] {a, b, c}) {
            assertThat(t.totalSlackMinutes()).isZero();
            assertThat(t.isCritical()).isTrue();
            assertThat(t.lateStart()).isEqualTo(t.start());
        }
        assertThat(report.finish()).isEqualTo(jan(11, 16));
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void forkGivesTheShortBranchSlack() {
        // A 2d (0-2) -> B 3d (2-5) and A -> C 1d (2-3). Plan ends at day 5 (Fri 16:00).
        // C: LF = 5, EF = 3, total slack 2d; with no successor its free slack is its total slack, 2d.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 3);
        Task c = n.task("C", 1);
        n.link(a, b).link(a, c);
        n.schedule();

        assertThat(b.finish()).isEqualTo(jan(8, 16));
        assertThat(c.start()).isEqualTo(jan(6, 8));
        assertThat(c.finish()).isEqualTo(jan(6, 16));
        assertThat(c.totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(c.freeSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(c.lateStart()).isEqualTo(jan(8, 8));
        assertThat(c.lateFinish()).isEqualTo(jan(8, 16));
        assertThat(c.isCritical()).isFalse();
        assertThat(a.isCritical()).isTrue();
        assertThat(b.isCritical()).isTrue();
    }

    @Test
    void joinWaitsForTheLongerPredecessor() {
        // A 2d (0-2), B 4d (0-4), both -> C 1d: C starts at day 4 (Fri 08:00).
        // A: LF = LS(C) = 4, EF = 2: total and free slack 2d.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 4);
        Task c = n.task("C", 1);
        n.link(a, c).link(b, c);
        n.schedule();

        assertThat(c.start()).isEqualTo(jan(8, 8));
        assertThat(c.finish()).isEqualTo(jan(8, 16));
        assertThat(a.totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(a.freeSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(a.lateFinish()).isEqualTo(jan(7, 16));
        assertThat(b.isCritical()).isTrue();
        assertThat(a.isCritical()).isFalse();
    }

    @Test
    void rhombusHasOneCriticalSide() {
        // A 1d (0-1); B 2d (1-3) and C 4d (1-5) both after A; D 1d after B and C: 5-6 = Mon 11th.
        // B: LF = LS(D) = 5, EF = 3: slack 2d, free slack 2d. Critical path A-C-D.
        Net n = new Net();
        Task a = n.task("A", 1);
        Task b = n.task("B", 2);
        Task c = n.task("C", 4);
        Task d = n.task("D", 1);
        n.link(a, b).link(a, c).link(b, d).link(c, d);
        n.schedule();

        assertThat(d.start()).isEqualTo(jan(11, 8));
        assertThat(d.finish()).isEqualTo(jan(11, 16));
        assertThat(b.totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(b.freeSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(b.lateStart()).isEqualTo(jan(7, 8));
        assertThat(a.isCritical()).isTrue();
        assertThat(c.isCritical()).isTrue();
        assertThat(d.isCritical()).isTrue();
        assertThat(b.isCritical()).isFalse();
    }

    @Test
    void startToStartWithLagStartsADayLater() {
        // A 4d (0-4). B 2d SS+1d: ES = 0 + 1 = day 1 (Tue 08:00), EF = 3 (Wed 16:00).
        // Plan ends at 4, so B has 1d slack.
        Net n = new Net();
        Task a = n.task("A", 4);
        Task b = n.task("B", 2);
        n.link(a, b, DependencyType.SS, DAY);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(5, 8));
        assertThat(b.finish()).isEqualTo(jan(6, 16));
        assertThat(b.totalSlackMinutes()).isEqualTo(DAY);
        assertThat(a.isCritical()).isTrue();
    }

    @Test
    void finishToFinishWithLeadFinishesHalfADayEarlier() {
        // A 3d (0-1440 min). B 1d FF-4h: EF(B) >= 1440 - 240 = 1200 -> ES = 720 (Tue 12:00), EF = Wed 12:00.
        // Plan ends at 1440: B slack 240 min; A: LF <= LF(B) + 240 = 1680, capped at 1440: critical.
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 1);
        n.link(a, b, DependencyType.FF, -4 * HOUR);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(5, 12));
        assertThat(b.finish()).isEqualTo(jan(6, 12));
        assertThat(b.totalSlackMinutes()).isEqualTo(4 * HOUR);
        assertThat(a.totalSlackMinutes()).isZero();
    }

    @Test
    void startToFinishWithLagPlacesTheSuccessorsFinish() {
        // A 2d (0-960). B 1d SF+3d: EF(B) >= ES(A) + 1440 -> B 960-1440 (Wed). Plan ends 1440.
        // A: LS <= LF(B) - 1440 = 0 -> critical; B critical.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 1);
        n.link(a, b, DependencyType.SF, 3 * DAY);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(6, 8));
        assertThat(b.finish()).isEqualTo(jan(6, 16));
        assertThat(a.totalSlackMinutes()).isZero();
        assertThat(b.totalSlackMinutes()).isZero();
    }

    @Test
    void finishToStartWithLeadOverlapsByADay() {
        // A 3d (0-3). B 2d FS-1d: ES = 3 - 1 = 2 (Wed 08:00), EF = 4 (Thu 16:00).
        Net n = new Net();
        Task a = n.task("A", 3);
        Task b = n.task("B", 2);
        n.link(a, b, DependencyType.FS, -DAY);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(6, 8));
        assertThat(b.finish()).isEqualTo(jan(7, 16));
        assertThat(a.isCritical()).isTrue();
        assertThat(b.isCritical()).isTrue();
    }

    @Test
    void leadNeverStartsWorkBeforeThePlanStart() {
        // A 1d; B SS-2d would start two days before the plan: it starts with the plan instead.
        Net n = new Net();
        Task a = n.task("A", 1);
        Task b = n.task("B", 1);
        n.link(a, b, DependencyType.SS, -2 * DAY);
        n.schedule();

        assertThat(b.start()).isEqualTo(jan(4, 8));
    }

    @Test
    void summaryWithExternalPredecessorDelaysAllItsChildren() {
        // X 2d (0-2) -> summary S {S1 1d -> S2 2d; S3 1d}; S -> Y 1d.
        // S1 2-3 (Wed), S2 3-5 (Thu-Fri), S3 inherits the link: 2-3 (Wed).
        // S spans 2-5 (Wed 08:00 - Fri 16:00, 3 working days). Y 5-6: Mon 11th.
        // S3: LF bounded by S's successor Y: LS(Y) = 5; EF = 3: slack 2d.
        Net n = new Net();
        Task x = n.task("X", 2);
        Task s = n.plan.addTask(null, "S");
        Task s1 = n.child(s, "S1", 1);
        Task s2 = n.child(s, "S2", 2);
        Task s3 = n.child(s, "S3", 1);
        Task y = n.task("Y", 1);
        n.link(s1, s2).link(x, s).link(s, y);
        n.schedule();

        assertThat(s1.start()).isEqualTo(jan(6, 8));
        assertThat(s2.finish()).isEqualTo(jan(8, 16));
        assertThat(s3.start()).isEqualTo(jan(6, 8));
        assertThat(s.start()).isEqualTo(jan(6, 8));
        assertThat(s.finish()).isEqualTo(jan(8, 16));
        assertThat(s.rolledUpDurationMinutes()).isEqualTo(3 * DAY);
        assertThat(y.start()).isEqualTo(jan(11, 8));
        assertThat(s3.totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(s3.lateFinish()).isEqualTo(jan(8, 16));
        assertThat(s.isCritical()).isTrue();
        assertThat(x.isCritical()).isTrue();
        assertThat(s2.isCritical()).isTrue();
    }

    @Test
    void milestoneHasNoDurationAndShowsAtTheEndOfItsPredecessor() {
        // A 2d ends Tue 16:00; milestone M after A sits at Tue 16:00; B after M starts Wed 08:00.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task m = n.task("M", 0);
        m.setMilestone(true);
        Task b = n.task("B", 1);
        n.link(a, m).link(m, b);
        n.schedule();

        assertThat(m.start()).isEqualTo(jan(5, 16));
        assertThat(m.finish()).isEqualTo(jan(5, 16));
        assertThat(m.isCritical()).isTrue();
        assertThat(b.start()).isEqualTo(jan(6, 8));
    }

    @Test
    void twoEqualPathsAreBothCritical() {
        // A 2d -> B 1d and C 1d -> D 2d: both paths take 3 days, both are critical.
        Net n = new Net();
        Task a = n.task("A", 2);
        Task b = n.task("B", 1);
        Task c = n.task("C", 1);
        Task d = n.task("D", 2);
        n.link(a, b).link(c, d);
        n.schedule();

        for (Task t : new Task[] {a, b, c, d}) {
            assertThat(t.isCritical()).as(t.name()).isTrue();
        }
        assertThat(b.finish()).isEqualTo(d.finish()).isEqualTo(jan(6, 16));
    }

    @Test
    void finishToFinishIntoASummaryBoundsEveryChildsFinish() {
        // X 3d (0-1440) FF -> summary S {S1 1d, S2 2d}: each child finishes no earlier than 1440.
        // S1: 960-1440 (Wed); S2: 480-1440 (Tue 08:00 - Wed 16:00). S spans Tue-Wed.
        Net n = new Net();
        Task x = n.task("X", 3);
        Task s = n.plan.addTask(null, "S");
        Task s1 = n.child(s, "S1", 1);
        Task s2 = n.child(s, "S2", 2);
        n.link(x, s, DependencyType.FF, 0);
        n.schedule();

        assertThat(s1.start()).isEqualTo(jan(6, 8));
        assertThat(s2.start()).isEqualTo(jan(5, 8));
        assertThat(s.start()).isEqualTo(jan(5, 8));
        assertThat(s.finish()).isEqualTo(jan(6, 16));
        assertThat(x.isCritical()).isTrue();
    }

    @Test
    void emptyPlanSchedulesToNothing() {
        ScheduleReport report = new Net().schedule();
        assertThat(report.finish()).isNull();
        assertThat(report.problems()).isEmpty();
    }
}
