package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.schedule.WorkTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimeScaleTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static TimeScale scale(ZoomLevel zoom) {
        return new TimeScale(MONDAY, zoom, WorkingCalendar.standard());
    }

    @ParameterizedTest
    @EnumSource(ZoomLevel.class)
    void workingMomentsSurviveTheRoundTripToPixelsAtEveryZoom(ZoomLevel zoom) {
        TimeScale s = scale(zoom);
        WorkTime work = new WorkTime(WorkingCalendar.standard(), MONDAY);
        s.setScrollX(37.5);
        for (LocalDateTime t : List.of(MONDAY.atTime(8, 0), MONDAY.atTime(12, 0), MONDAY.plusDays(3).atTime(16, 0),
                MONDAY.plusDays(40).atTime(10, 0), MONDAY.minusDays(9).atTime(9, 0))) {
            LocalDateTime back = s.timeAt(s.x(t));
            // The same working moment (the end of a day is the next working morning), within one pixel.
            double minutesPerPixel = (zoom.showsHours() ? 1440 : 480) / zoom.dayWidth();
            assertThat(Math.abs(work.toOffset(back) - work.toOffset(t)))
                    .as("%s gave %s at %s", t, back, zoom).isLessThanOrEqualTo((long) Math.ceil(minutesPerPixel));
            if (t.getHour() < 16) {
                assertThat(s.dateAt(s.x(t) + 0.001)).isEqualTo(t.toLocalDate());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ZoomLevel.class)
    void daysAreDayWidthApartAndTheOriginIsAtScrollZero(ZoomLevel zoom) {
        TimeScale s = scale(zoom);
        assertThat(s.x(MONDAY)).isEqualTo(0.0);
        assertThat(s.x(MONDAY.plusDays(10)) - s.x(MONDAY)).isCloseTo(10 * zoom.dayWidth(), within(1e-9));
        s.setScrollX(100);
        assertThat(s.x(MONDAY)).isEqualTo(-100.0);
        assertThat(s.dateAt(-100 + zoom.dayWidth() * 2.5)).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void atDaysZoomAWorkingDayFillsItsCell() {
        TimeScale s = scale(ZoomLevel.DAYS);
        assertThat(s.x(MONDAY.atTime(8, 0))).isEqualTo(0.0);
        assertThat(s.x(MONDAY.atTime(16, 0))).isEqualTo(28.0);
        assertThat(s.x(MONDAY.atTime(12, 0))).isEqualTo(14.0);
        assertThat(s.x(MONDAY.atTime(6, 0))).as("before the working day").isEqualTo(0.0);
        assertThat(s.timeAt(14)).isEqualTo(MONDAY.atTime(12, 0));
    }

    @Test
    void atHoursZoomTimeIsLinear() {
        TimeScale s = scale(ZoomLevel.HOURS);
        double hour = ZoomLevel.HOURS.dayWidth() / 24;
        assertThat(s.x(MONDAY.atTime(8, 0))).isCloseTo(8 * hour, within(1e-9));
        assertThat(s.x(MONDAY.atTime(20, 0)) - s.x(MONDAY.atTime(8, 0))).isCloseTo(12 * hour, within(1e-9));
        assertThat(s.timeAt(6 * hour)).isEqualTo(MONDAY.atTime(6, 0));
    }

    @Test
    void zoomingAroundAPointKeepsTheDayUnderIt() {
        TimeScale s = scale(ZoomLevel.DAYS);
        s.setScrollX(500);
        LocalDate under = s.dateAt(300);
        s.zoomAround(ZoomLevel.WEEKS, 300);
        assertThat(s.dateAt(300)).isEqualTo(under);
        s.zoomAround(ZoomLevel.QUARTERS, 300);
        assertThat(s.dateAt(300)).isEqualTo(under);
    }

    private static List<String> cells(TimeScale s, boolean upper, double from, double to) {
        List<String> out = new ArrayList<>();
        s.headerCells(upper, from, to, (x, w, label) -> out.add(label + "@" + Math.round(x) + "+" + Math.round(w)));
        return out;
    }

    @Test
    void daysZoomShowsWeeksOverDays() {
        TimeScale s = scale(ZoomLevel.DAYS);
        assertThat(cells(s, false, 0, 28 * 3)).containsExactly("2@0+28", "3@28+28", "4@56+28");
        assertThat(cells(s, true, 0, 28 * 8)).containsExactly("Week of 2 Nov 2026@0+196", "Week of 9 Nov 2026@196+196");
    }

    @Test
    void weeksZoomShowsMonthsOverWeeksStartingOnMondays() {
        TimeScale s = scale(ZoomLevel.WEEKS);
        s.setScrollX(10 * 3); // the view starts on Thursday 5 November
        List<String> weeks = cells(s, false, 0, 150);
        assertThat(weeks.getFirst()).isEqualTo("2 Nov@-30+70");
        assertThat(weeks.get(1)).isEqualTo("9 Nov@40+70");
        List<String> months = cells(s, true, 0, 400);
        assertThat(months.getFirst()).isEqualTo("November 2026@-40+300"); // 1 November is the day before the origin
        assertThat(months.get(1)).isEqualTo("December 2026@260+310");
    }

    @Test
    void coarserZoomsShowQuartersOverMonthsAndYearsOverQuarters() {
        TimeScale months = scale(ZoomLevel.MONTHS);
        assertThat(cells(months, false, 0, 100).getFirst()).startsWith("Nov@");
        assertThat(cells(months, true, 0, 100).getFirst()).startsWith("Q4 2026@");
        TimeScale quarters = scale(ZoomLevel.QUARTERS);
        List<String> q = cells(quarters, false, 0, 200);
        assertThat(q.get(0)).startsWith("Q4@");
        assertThat(q.get(1)).isEqualTo("Q1@" + (LocalDate.of(2027, 1, 1).toEpochDay() - MONDAY.toEpochDay()) + "+90");
        assertThat(cells(quarters, true, 0, 100).getFirst()).startsWith("2026@");
    }

    @Test
    void hoursZoomShowsDaysOverHours() {
        TimeScale s = scale(ZoomLevel.HOURS);
        double hour = ZoomLevel.HOURS.dayWidth() / 24;
        List<String> hours = cells(s, false, 0, hour * 3);
        assertThat(hours).hasSize(3);
        assertThat(hours.getFirst()).startsWith("00@0");
        assertThat(cells(s, true, 0, 10).getFirst()).startsWith("Mon 2 Nov 2026@0");
    }

    @Test
    void weekendsAndHolidaysAreShadedAsOneSpanEach() {
        WorkingCalendar cal = WorkingCalendar.standard().withHolidays(Set.of(MONDAY.plusDays(9)));
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.DAYS, cal);
        List<String> spans = new ArrayList<>();
        s.nonWorking(0, 28 * 14, (x, w) -> spans.add(Math.round(x) + "+" + Math.round(w)));
        // Saturday and Sunday 7-8 Nov, the holiday on Wednesday 11 Nov, the weekend of 14-15 Nov.
        assertThat(spans).containsExactly("140+56", "252+28", "336+56");
    }

    @Test
    void aSixDayWeekShadesOnlySunday() {
        WorkingCalendar cal = WorkingCalendar.standard().withWorkingDays(
                java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        TimeScale s = new TimeScale(MONDAY, ZoomLevel.DAYS, cal);
        List<String> spans = new ArrayList<>();
        s.nonWorking(0, 28 * 7, (x, w) -> spans.add(Math.round(x) + "+" + Math.round(w)));
        assertThat(spans).containsExactly("168+28");
    }

    @Test
    void hoursZoomAlsoShadesTheNightsOfWorkingDays() {
        TimeScale s = scale(ZoomLevel.HOURS);
        double hour = ZoomLevel.HOURS.dayWidth() / 24;
        List<double[]> spans = new ArrayList<>();
        s.nonWorking(0, hour * 30, (x, w) -> spans.add(new double[] {x, w}));
        assertThat(spans.get(0)[0]).isEqualTo(0.0);
        assertThat(spans.get(0)[1]).isCloseTo(8 * hour, within(1e-9));
        assertThat(spans.get(1)[0]).isCloseTo(16 * hour, within(1e-9));
        assertThat(spans.get(1)[1]).isCloseTo(16 * hour, within(1e-9));
    }
}
