package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Holidays and other non-working days as the chart shades them, found without making a date per day. */
class CalendarShadingTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void workingDaysByEpochDayAgreeWithTheCalendar() {
        WorkingCalendar cal = WorkingCalendar.standard()
                .withWorkingDays(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY))
                .withHolidays(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(1969, 12, 29)));
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.DAYS, cal);
        for (LocalDate d = LocalDate.of(1969, 12, 1); d.isBefore(LocalDate.of(1970, 2, 1)); d = d.plusDays(1)) {
            assertThat(s.isWorkingDay(d.toEpochDay())).as("%s", d).isEqualTo(cal.isWorkingDay(d));
        }
        for (LocalDate d = MONDAY; d.isBefore(MONDAY.plusDays(400)); d = d.plusDays(1)) {
            assertThat(s.isWorkingDay(d.toEpochDay())).as("%s", d).isEqualTo(cal.isWorkingDay(d));
            assertThat(s.isHoliday(d.toEpochDay())).as("%s", d).isEqualTo(cal.holidays().contains(d));
        }
    }

    @Test
    void holidaysAreSpansOfTheirOwnConsecutiveOnesMerged() {
        // Christmas Eve (Thu) and Christmas (Fri) merge; New Year's Day (Fri) is one more.
        WorkingCalendar cal = WorkingCalendar.standard().withHolidays(Set.of(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        TimeScale s = new TimeScale(LocalDate.of(2026, 12, 21), ZoomLevel.DAYS, cal);
        List<String> spans = new ArrayList<>();
        s.holidays(0, 28 * 14, (x, w) -> spans.add(Math.round(x) + "+" + Math.round(w)));
        assertThat(spans).containsExactly("84+56", "308+28");

        // Only the ones in view.
        spans.clear();
        s.holidays(100, 200, (x, w) -> spans.add(Math.round(x) + "+" + Math.round(w)));
        assertThat(spans).containsExactly("84+56");
    }

    @Test
    void holidaysStayVisibleWhereWeekendsWouldBeNoise() {
        WorkingCalendar cal = WorkingCalendar.standard().withHolidays(Set.of(MONDAY.plusDays(30)));
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.QUARTERS, cal);
        List<double[]> weekends = new ArrayList<>();
        s.nonWorking(0, 800, (x, w) -> weekends.add(new double[] {x, w}));
        assertThat(weekends).as("a day of 1 px").isEmpty();
        List<double[]> holidays = new ArrayList<>();
        s.holidays(0, 800, (x, w) -> holidays.add(new double[] {x, w}));
        assertThat(holidays).hasSize(1);
        assertThat(holidays.getFirst()[0]).isEqualTo(30.0);

        // A fitted scale between the levels shades weekends from 2 px a day.
        s.fit(MONDAY, MONDAY.plusDays(399), 900);
        assertThat(s.dayWidth()).isBetween(2.0, 2.5);
        weekends.clear();
        s.nonWorking(0, 900, (x, w) -> weekends.add(new double[] {x, w}));
        assertThat(weekends).hasSizeGreaterThan(50);
    }
}
