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
