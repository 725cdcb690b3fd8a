package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The project's calendar exceptions and people as the scheduler and the cost roll-up use them. */
class ProjectCalendarTest {
    private static final LocalDate XMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    @Test
    void noWorkIsScheduledOnChristmasOrNewYearsDay() {
        // Mon 21 Dec 2026 start, Mon-Fri 8 h. Holidays Fri 25 Dec and Fri 1 Jan. A: 8 days, B after A: 2 days.
        // A works 21, 22, 23, 24, 28, 29, 30, 31 Dec and finishes Thu 31 Dec 16:00; B works 4 and 5 Jan.
        Plan plan = new Plan("Holidays", LocalDate.of(2026, 12, 21));
        plan.setCalendar(WorkingCalendar.standard().withExceptions(List.of(
                new CalendarException(XMAS, null, "Christmas Day"), new CalendarException(NEW_YEAR, null, "New Year"))));
        Task a = task(plan, "A", 8);
        Task b = task(plan, "B", 2);
        plan.addDependency(org.genaiplan.model.Dependency.finishToStart(a.id(), b.id()));
        new CpmScheduler().schedule(plan);

        assertThat(a.finish()).isEqualTo(LocalDateTime.of(2026, 12, 31, 16, 0));
        assertThat(b.start()).isEqualTo(LocalDateTime.of(2027, 1, 4, 8, 0));
        assertThat(b.finish()).isEqualTo(LocalDateTime.of(2027, 1, 5, 16, 0));
        for (Task t : List.of(a, b)) {
            WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
            for (LocalDate d = t.start().toLocalDate(); !d.isAfter(t.finish().toLocalDate()); d = d.plusDays(1)) {
                if (d.equals(XMAS) || d.equals(NEW_YEAR)) {
                    assertThat(time.isWorkingDay(d)).as(t.name() + " must not work on " + d).isFalse();
                }
            }
        }
    }

    @Test
    void aShutdownRangeMovesATaskPastItAndSixDayWeeksCountSaturdays() {
        // Mon-Sat calendar, shutdown Thu 24 Dec to Sat 2 Jan. A 3 days from Tue 22 Dec: 22, 23, then Mon 4 Jan.
        Plan plan = new Plan("Shutdown", LocalDate.of(2026, 12, 22));
        plan.setCalendar(WorkingCalendar.standard().withWorkingDays(EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY)).withExceptions(List.of(new CalendarException(LocalDate.of(2026, 12, 24),
                LocalDate.of(2027, 1, 2), "Year-end shutdown"))));
        Task a = task(plan, "A", 3);
        new CpmScheduler().schedule(plan);
        assertThat(a.start()).isEqualTo(LocalDateTime.of(2026, 12, 22, 8, 0));
        assertThat(a.finish()).isEqualTo(LocalDateTime.of(2027, 1, 4, 16, 0));
    }

    @Test
    void ownerWorkUsesThePersonsRateElseTheirRolesAndFollowsARateChange() {
        Plan plan = new Plan("Costs", LocalDate.of(2027, 1, 4));
        plan.putRole(new Role("Engineer", new BigDecimal("100")));
        plan.resources().putPerson(new Person("Dana", "Engineer", null, 100, ""));
        plan.resources().putPerson(new Person("Sam", "Engineer", new BigDecimal("60"), 100, ""));
        Task dana = task(plan, "Dana's", 1);
        dana.setOwnerRole("Dana");
        Task sam = task(plan, "Sam's", 1);
        sam.setOwnerRole("Sam");
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(plan);
        assertThat(dana.cost()).as("8 h at the role's 100").isEqualByComparingTo("800");
        assertThat(sam.cost()).as("8 h at her own 60").isEqualByComparingTo("480");
        assertThat(CostReport.of(plan, LocalDate.of(2027, 1, 4)).total().planned()).isEqualByComparingTo("1280");

        plan.putRole(new Role("Engineer", new BigDecimal("110")));
        plan.resources().putPerson(plan.resources().person("Sam").withRate(null));
        scheduler.reschedule(plan);
        assertThat(dana.cost()).isEqualByComparingTo("880");
        assertThat(sam.cost()).as("no own rate any more").isEqualByComparingTo("880");
    }

    private static Task task(Plan plan, String name, int days) {
        Task t = plan.addTask(null, name);
        t.setDurationMinutes(days * 480L);
        return t;
    }
}
