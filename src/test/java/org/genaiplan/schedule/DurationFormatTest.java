package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.TreeSet;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationFormatTest {
    private final DurationFormat format = new DurationFormat(WorkingCalendar.standard());

    @ParameterizedTest
    @CsvSource({
        "3d, 1440", "4h, 240", "1.5w, 3600", "2mo, 19200", "30m, 30", "3, 1440", "0, 0", "2.5, 1200",
        "3 days, 1440", "2 hrs, 120", "1 week, 2400", "1d 4h, 720", "'1,5d', 720", "  2D ,960", "0.25h, 15",
        "1 month, 9600", "45 min, 45", ".5d, 240"})
    void parsesWhatPmsType(String text, long minutes) {
        assertThat(format.parse(text)).isEqualTo(minutes);
    }

    @Test
    void unitsFollowTheCalendar() {
        // A six-hour day, four working days a week: 1d = 360, 1w = 1440, 1mo = 20 days = 7200.
        WorkingCalendar short4 = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 0), 360, new TreeSet<>());
        DurationFormat f = new DurationFormat(short4);
        assertThat(f.parse("1d")).isEqualTo(360);
        assertThat(f.parse("1w")).isEqualTo(1440);
        assertThat(f.parse("1mo")).isEqualTo(7200);
        assertThat(f.format(540)).isEqualTo("1.5d");
    }

    @Test
    void refusesWordsAndNegatives() {
        assertThatThrownBy(() -> format.parse("abc")).isInstanceOf(ValidationException.class)
                .hasMessage("\"abc\" is not a duration; type a number with a unit, such as 3d, 4h, 1.5w or 2mo.");
        assertThatThrownBy(() -> format.parse("-3d")).isInstanceOf(ValidationException.class)
                .hasMessage("A duration cannot be negative: \"-3d\".");
        assertThatThrownBy(() -> format.parse("3x")).hasMessageContaining("\"3x\" is not a duration");
        assertThatThrownBy(() -> format.parse("3d4")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> format.parse("")).hasMessage("Type a duration such as 3d, 4h or 1.5w.");
        assertThatThrownBy(() -> format.parse("99999999w")).hasMessageContaining("longer than 100 years");
    }

    @Test
    void aLongCellIsReadInOnePass() {
        // Each part is matched where the previous one ended; searching on from there for every part made this
        // 100,000-character cell take minutes. The timeout only guards against such a hang.
        String cell = "1d," + " ".repeat(100_000) + "x";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> format.parse(cell)).hasMessageContaining("is not a duration"));
        assertThat(format.parse("1d" + " ".repeat(100_000) + "4h")).isEqualTo(480 + 240);
    }

    @ParameterizedTest
    @CsvSource({"0, 0d", "480, 1d", "1200, 2.5d", "240, 4h", "30, 0.5h", "1000, 2.08d", "2400, 5d", "-240, -4h"})
    void formatsInDaysOrHoursBelowADay(long minutes, String text) {
        assertThat(format.format(minutes)).isEqualTo(text);
    }

    @Test
    void formattedTextReadsBack() {
        for (long m : new long[] {0, 15, 60, 240, 480, 720, 1200, 4800}) {
            assertThat(format.parse(format.format(m))).isEqualTo(m);
        }
    }
}
