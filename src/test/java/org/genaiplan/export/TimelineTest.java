package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void shortPlansGetDaysLongerOnesWeeksLongOnesMonths() {
        LocalDate wed = LocalDate.of(2027, 1, 6);
        Timeline days = Timeline.of(wed, wed.plusDays(20));
        assertThat(days.scale()).isEqualTo(Timeline.Scale.DAY);
        assertThat(days.columns()).isEqualTo(21);
        assertThat(days.dateOf(0)).isEqualTo(wed);

        Timeline weeks = Timeline.of(wed, wed.plusDays(300));
        assertThat(weeks.scale()).isEqualTo(Timeline.Scale.WEEK);
        assertThat(weeks.first()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(weeks.index(LocalDate.of(2027, 1, 10))).isZero();
        assertThat(weeks.index(LocalDate.of(2027, 1, 11))).isEqualTo(1);

        Timeline months = Timeline.of(wed, wed.plusYears(3));
        assertThat(months.scale()).isEqualTo(Timeline.Scale.MONTH);
        assertThat(months.first()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(months.columns()).isEqualTo(37);
    }

    @Test
    void aCenturyLongPlanStaysWithinExcelsColumns() {
        Timeline t = Timeline.of(LocalDate.of(2027, 1, 1), LocalDate.of(4000, 1, 1));
        assertThat(t.columns()).isEqualTo(Timeline.MAX_COLUMNS);
    }
}
