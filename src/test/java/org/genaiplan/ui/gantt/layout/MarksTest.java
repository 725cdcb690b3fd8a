package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where constraint pins and deadlines go, what hovering them hits, and which tasks are late. */
class MarksTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final double RH = 26;

    private Plan plan;
    private Task task;
    private GanttLayout layout;

    @BeforeEach
    void setUp() {
        plan = new Plan("Marks", MONDAY);
        task = plan.addTask(null, "Fine-tune");
        // Tuesday to Thursday.
        task.setSchedule(at(1, 8), at(3, 16), at(1, 8), at(3, 16), 0, 0, false);
        layout = new GanttLayout(new TimeScale(MONDAY, ZoomLevel.DAYS, WorkingCalendar.standard()));
        layout.setRowHeight(RH);
        layout.setViewportHeight(400);
    }

    private static LocalDateTime at(int day, int hour) {
        return MONDAY.plusDays(day).atTime(hour, 0);
    }

    @Test
    void everyConstraintTypeWithADateHasAPinAndStartAndFinishPinsDiffer() {
        for (ConstraintType t : ConstraintType.values()) {
            assertThat(ConstraintMark.of(t) == null).as("%s", t).isEqualTo(!t.needsDate());
        }
        assertThat(ConstraintMark.of(ConstraintType.START_NO_EARLIER_THAN).onFinish()).isFalse();
        assertThat(ConstraintMark.of(ConstraintType.MUST_START_ON).side()).isEqualTo(ConstraintMark.Side.EXACT);
        assertThat(ConstraintMark.of(ConstraintType.FINISH_NO_LATER_THAN).onFinish()).isTrue();
        assertThat(ConstraintMark.of(ConstraintType.FINISH_NO_LATER_THAN).side()).isEqualTo(ConstraintMark.Side.EARLIER);
        assertThat(ConstraintMark.FINISH_NO_EARLIER_THAN.onFinish()).isTrue();
        assertThat(ConstraintMark.FINISH_NO_EARLIER_THAN.side()).isEqualTo(ConstraintMark.Side.LATER);
    }

    @Test
    void aStartPinStandsAtTheStartOfItsDayAndAFinishPinAtTheEnd() {
        assertThat(layout.constraintX(task)).as("no constraint").isNaN();
        task.setConstraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(1));
        assertThat(layout.constraintX(task)).isEqualTo(28.0);
        task.setConstraint(ConstraintType.MUST_START_ON, MONDAY.plusDays(1));
        assertThat(layout.constraintX(task)).isEqualTo(28.0);
        task.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(4));
        assertThat(layout.constraintX(task)).isEqualTo(5 * 28.0);
        assertThat(layout.deadlineX(MONDAY.plusDays(4))).isEqualTo(5 * 28.0);

        // By the hour, the pins stand at the working day's start and end.
        GanttLayout hours = new GanttLayout(new TimeScale(MONDAY, ZoomLevel.HOURS, WorkingCalendar.standard()));
        double hour = ZoomLevel.HOURS.dayWidth() / 24;
        assertThat(hours.constraintX(task)).isEqualTo(4 * 24 * hour + 16 * hour);
    }

    @Test
    void hoveringAPinAwayFromTheBarHitsTheConstraint() {
        task.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(6));
        ListRows rows = new ListRows(plan.tasksInOrder());
        double x = 7 * 28;
        assertThat(layout.hit(x, RH / 2, rows)).isEqualTo(new Hit(HitKind.CONSTRAINT, 0, task.id()));
        assertThat(layout.hit(x + 3, 4, rows).kind()).isEqualTo(HitKind.CONSTRAINT);
        assertThat(layout.hit(x + 12, RH / 2, rows).kind()).isEqualTo(HitKind.EMPTY);
        assertThat(layout.hit(x, RH / 2, rows).onTask()).as("its tooltip is the task's").isTrue();
        // Where the pin is on the bar, the bar wins: it can still be dragged.
        task.setConstraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(1));
        assertThat(layout.hit(29, RH / 2, rows).kind()).isEqualTo(HitKind.BAR);
    }

    @Test
    void aTasksDeadlineArrowStandsAtTheEndOfItsDayNearTheTopOfItsRow() {
        assertThat(layout.deadlineX(task)).as("no deadline").isNaN();
        task.setDeadline(MONDAY.plusDays(4));
        assertThat(layout.deadlineX(task)).isEqualTo(5 * 28.0).isEqualTo(layout.deadlineX(MONDAY.plusDays(4)));
        assertThat(layout.deadlineTipY(2)).isEqualTo(2 * RH + GanttLayout.PIN_INSET + GanttLayout.DEADLINE_HEIGHT);
        assertThat(layout.deadlineTipY(0)).as("above the middle of the row, where the bar is")
                .isLessThan(RH / 2);
    }

    @Test
    void hoveringADeadlineArrowAwayFromTheBarHitsTheDeadline() {
        task.setDeadline(MONDAY.plusDays(6));
        ListRows rows = new ListRows(plan.tasksInOrder());
        double x = 7 * 28;
        assertThat(layout.hit(x, 6, rows)).isEqualTo(new Hit(HitKind.DEADLINE, 0, task.id()));
        assertThat(layout.hit(x, 6, rows).onTask()).as("its tooltip is the task's").isTrue();
        assertThat(layout.hit(x, RH - 3, rows).kind()).as("below the arrow").isEqualTo(HitKind.EMPTY);
        assertThat(layout.hit(x + 12, 6, rows).kind()).isEqualTo(HitKind.EMPTY);
        // A finish-no-later-than pin on the same day: the arrow is drawn over it and wins at its top.
        task.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(6));
        assertThat(layout.hit(x, 6, rows).kind()).isEqualTo(HitKind.DEADLINE);
        assertThat(layout.hit(x, RH - 4, rows).kind()).isEqualTo(HitKind.CONSTRAINT);
        // On the bar, the bar wins.
        task.setDeadline(MONDAY.plusDays(1));
        assertThat(layout.hit(2 * 28 - 1, 8, rows).kind()).isEqualTo(HitKind.BAR);
    }

    @Test
    void aTaskFinishingAfterItsOwnDeadlineIsLate() {
        task.setDeadline(MONDAY.plusDays(3));
        assertThat(Lateness.missedDate(task, null)).as("finishing on its deadline day").isNull();
        task.setDeadline(MONDAY.plusDays(2));
        assertThat(Lateness.missedDate(task, null)).isEqualTo(MONDAY.plusDays(2));
        assertThat(Lateness.missed(task, null)).isEqualTo(Lateness.Missed.OWN_DEADLINE);
        assertThat(Lateness.missedDate(task, MONDAY.plusDays(1))).as("the plan's, earlier").isEqualTo(MONDAY.plusDays(1));
        assertThat(Lateness.missed(task, MONDAY.plusDays(1))).isEqualTo(Lateness.Missed.PLAN_DEADLINE);
        assertThat(Lateness.missed(task, MONDAY.plusDays(2))).as("the same day: its own").isEqualTo(
                Lateness.Missed.OWN_DEADLINE);
        task.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY);
        assertThat(Lateness.missed(task, MONDAY.plusDays(1))).isEqualTo(Lateness.Missed.FINISH_NO_LATER_THAN);
        assertThat(Lateness.missedDate(task, MONDAY.plusDays(1))).isEqualTo(MONDAY);
    }

    @Test
    void aTaskIsLateWhenItFinishesAfterThePlansDeadlineOrItsOwnFinishNoLaterThan() {
        assertThat(Lateness.missedDate(task, null)).isNull();
        assertThat(Lateness.missedDate(task, MONDAY.plusDays(3))).as("finishing on the deadline day").isNull();
        assertThat(Lateness.missedDate(task, MONDAY.plusDays(2))).isEqualTo(MONDAY.plusDays(2));
        task.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(1));
        assertThat(Lateness.missedDate(task, null)).isEqualTo(MONDAY.plusDays(1));
        assertThat(Lateness.missedDate(task, MONDAY.plusDays(2))).as("the earlier one").isEqualTo(MONDAY.plusDays(1));
        task.setConstraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(1));
        assertThat(Lateness.missedDate(task, null)).as("a start constraint is no deadline").isNull();
        Task unscheduled = plan.addTask(null, "Later");
        assertThat(Lateness.missedDate(unscheduled, MONDAY)).isNull();
    }
}
