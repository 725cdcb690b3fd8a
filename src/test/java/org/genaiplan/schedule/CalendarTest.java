package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.genaiplan.schedule.Net.DAY;
import static org.genaiplan.schedule.Net.HOUR;
import static org.genaiplan.schedule.Net.jan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Working-time arithmetic and its use by the scheduler. Plan start: Monday 4 January 2027. */
class CalendarTest {
    private final WorkTime time = new WorkTime(WorkingCalendar.standard(), Net.MONDAY);

    @Test
    void holidayInsideATaskPushesItsFinish() {
        // Wed 6th is a holiday: A 3d works Mon, Tue, Thu and finishes Thu 7th 16:00.
        Net n = new Net();
        n.plan.setCalendar(WorkingCalendar.standard().withHolidays(Set.of(LocalDate.of(2027, 1, 6))));
        Task a = n.task("A", 3);
        Task b = n.task("B", 1);
        n.link(a, b);
        n.schedule();

        assertThat(a.finish()).isEqualTo(jan(7, 16));
        assertThat(b.start()).isEqualTo(jan(8, 8));
    }

    @Test
    void weekendIsSkippedBothWays() {
        // Friday 8th 08:00 + 2 days ends Monday 11th 16:00; going back 1 day from Monday 11th 08:00 lands
        // on Friday 8th 08:00.
        Net n = new Net();
        Task a = n.task("A", 2);
        a.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2027, 1, 8));
        n.schedule();

        assertThat(a.start()).isEqualTo(jan(8, 8));
        assertThat(a.finish()).isEqualTo(jan(11, 16));
        assertThat(time.add(jan(11, 8), -DAY)).isEqualTo(jan(8, 8));
        assertThat(time.add(jan(8, 8), 2 * DAY)).isEqualTo(jan(11, 16));
        assertThat(time.between(jan(8, 8), jan(12, 8))).isEqualTo(2 * DAY);
    }

    @Test
    void subDayDurationsShareADay() {
        // A 4h: Mon 08:00-12:00. B 6h after A: Mon 12:00 - 16:00 is 4h, then Tue 08:00-10:00.
        Net n = new Net();
        Task a = n.task("A", 0);
        a.setDurationMinutes(4 * HOUR);
        Task b = n.task("B", 0);
        b.setDurationMinutes(6 * HOUR);
        n.link(a, b);
        n.schedule();

        assertThat(a.finish()).isEqualTo(jan(4, 12));
        assertThat(b.start()).isEqualTo(jan(4, 12));
        assertThat(b.finish()).isEqualTo(jan(5, 10));
    }

    @Test
    void workEndingAtTheEndOfADayShowsThatDaysEnd() {
        assertThat(time.finishAt(DAY)).isEqualTo(jan(4, 16));
        assertThat(time.startAt(DAY)).isEqualTo(jan(5, 8));
        assertThat(time.finishAt(5 * DAY)).isEqualTo(jan(8, 16));
        assertThat(time.startAt(5 * DAY)).isEqualTo(jan(11, 8));
    }

    @Test
    void momentsOutsideWorkingHoursMoveToTheNextWorkingTime() {
        assertThat(time.toOffset(jan(4, 6))).isZero();
        assertThat(time.toOffset(jan(4, 17))).isEqualTo(DAY);
        assertThat(time.toOffset(jan(9, 12))).isEqualTo(5 * DAY); // Saturday -> Monday 11th
        assertThat(time.toOffset(jan(5, 9, 30))).isEqualTo(DAY + 90);
        assertThat(time.startOfDay(LocalDate.of(2027, 1, 10))).isEqualTo(5 * DAY);
        assertThat(time.endOfDay(LocalDate.of(2027, 1, 10))).isEqualTo(5 * DAY);
        assertThat(time.endOfDay(LocalDate.of(2027, 1, 4))).isEqualTo(DAY);
    }

    @Test
    void timeBeforeThePlanStartHasNegativeOffsets() {
        // Friday 1st January 2027 is a working day on the standard calendar: day -1.
        assertThat(time.toOffset(LocalDate.of(2027, 1, 1).atTime(8, 0))).isEqualTo(-DAY);
        assertThat(time.startAt(-DAY - 60)).isEqualTo(LocalDate.of(2026, 12, 31).atTime(15, 0));
        assertThat(time.add(jan(4, 8), -3 * DAY)).isEqualTo(LocalDate.of(2026, 12, 30).atTime(8, 0));
    }

    @Test
    void farDatesGrowTheDayIndex() {
        // 20 years of working days later and back again is the same moment.
        long offset = 20L * 260 * DAY + 30;
        assertThat(time.toOffset(time.startAt(offset))).isEqualTo(offset);
        assertThat(time.toOffset(time.startAt(-offset))).isEqualTo(-offset);
    }

    @Test
    void sixDayWeekWithShortDays() {
        // Mon-Sat, 6 hours from 09:00: a 2-day task started Saturday 9th ends Monday 11th 15:00.
        WorkingCalendar cal = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                java.time.LocalTime.of(9, 0), 360, new java.util.TreeSet<>());
        WorkTime six = new WorkTime(cal, Net.MONDAY);
        assertThat(six.add(jan(9, 9), 720)).isEqualTo(jan(11, 15));
    }

    @Test
    void absurdDatesGiveAClearMessage() {
        Net n = new Net();
        Task a = n.task("A", 1);
        a.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(4000, 1, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(n::schedule)
                .isInstanceOf(org.genaiplan.model.ValidationException.class)
                .hasMessageContaining("more than 1,000 years from its start");
    }
}
