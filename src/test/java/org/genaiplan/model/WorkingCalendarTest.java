package org.genaiplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calendar exceptions: named date ranges, kept sorted, never overlapping, every day of them off. */
class WorkingCalendarTest {
    private static final CalendarException SHUTDOWN = new CalendarException(LocalDate.of(2026, 12, 24),
            LocalDate.of(2027, 1, 1), "Year-end shutdown");
    private static final CalendarException LABOUR_DAY = new CalendarException(LocalDate.of(2026, 5, 1), null,
            " Labour Day ");

    @Test
    void rangesAreSortedAndEveryDayInThemIsOff() {
        WorkingCalendar c = WorkingCalendar.standard().withExceptions(List.of(SHUTDOWN, LABOUR_DAY));
        assertThat(c.exceptions()).containsExactly(LABOUR_DAY, SHUTDOWN);
        assertThat(LABOUR_DAY.last()).isEqualTo(LABOUR_DAY.first());
        assertThat(LABOUR_DAY.name()).isEqualTo("Labour Day");
        assertThat(c.holidays()).hasSize(1 + 9).contains(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 28))).as("a Monday in the shutdown").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(c.exceptionOn(LocalDate.of(2026, 12, 30))).isEqualTo(SHUTDOWN);
        assertThat(c.exceptionOn(LocalDate.of(2026, 6, 1))).isNull();
        assertThat(SHUTDOWN.days()).isEqualTo(9);
        assertThat(SHUTDOWN.toString()).isEqualTo("2026-12-24 to 2027-01-01 Year-end shutdown");
    }

    @Test
    void overlappingExceptionsAndBackwardRangesAreRefusedWithASentence() {
        CalendarException christmas = new CalendarException(LocalDate.of(2026, 12, 25), null, "Christmas Day");
        assertThatThrownBy(() -> WorkingCalendar.standard().withExceptions(List.of(SHUTDOWN, christmas)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The exceptions \"2026-12-24 to 2027-01-01 Year-end shutdown\" and \"2026-12-25 Christmas"
                        + " Day\" overlap; merge them or change their dates.");
        assertThatThrownBy(() -> new CalendarException(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), ""))
                .hasMessage("An exception cannot end (2026-05-01) before it starts (2026-05-02).");
        assertThatThrownBy(() -> new CalendarException(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2), ""))
                .hasMessageContaining("at most 366 days");
    }

    @Test
    void singleHolidaysStillMakeOneDayExceptions() {
        WorkingCalendar c = WorkingCalendar.standard().withHolidays(Set.of(LocalDate.of(2027, 1, 6),
                LocalDate.of(2027, 1, 5)));
        assertThat(c.exceptions()).containsExactly(CalendarException.on(LocalDate.of(2027, 1, 5)),
                CalendarException.on(LocalDate.of(2027, 1, 6)));
        assertThat(c.holidays()).containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6));
    }

    @Test
    void projectInfoChecksEveryFieldBeforeTouchingThePlan() {
        Plan plan = new Plan("Pilot", LocalDate.of(2026, 3, 2));
        ProjectInfo info = ProjectInfo.of(plan);
        assertThatThrownBy(() -> new ProjectInfo(" ", "", info.startDate(), null, null, "EUR", info.calendar(), 480))
                .hasMessage("A plan needs a name.");
        assertThatThrownBy(() -> new ProjectInfo("Pilot", "", info.startDate(), null, null, "euro", info.calendar(),
                480)).hasMessage("A currency is a three-letter code such as USD or EUR.");
        assertThatThrownBy(() -> new ProjectInfo("Pilot", "", info.startDate(), null, null, "EUR", info.calendar(), 0))
                .hasMessage("The default duration for new tasks must be more than zero.");

        ProjectInfo changed = new ProjectInfo("Chatbot", "Help desk", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), "eur",
                WorkingCalendar.standard().withExceptions(List.of(SHUTDOWN)), 240);
        changed.applyTo(plan);
        assertThat(ProjectInfo.of(plan)).isEqualTo(changed);
        assertThat(plan.currency()).isEqualTo("EUR");
        assertThat(plan.changes().drain().plan()).isTrue();
    }
}
