package org.genaiplan.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The columns of the Gantt sheet: days for plans up to about two months, weeks (starting Mondays) up to
 * two years, months beyond that.
 */
record Timeline(Scale scale, LocalDate first, int columns) {
    /** Excel has 16,384 columns; the Gantt keeps room for the task columns. */
    static final int MAX_COLUMNS = 16_000;

    enum Scale {
        DAY("d mmm", "Days"), WEEK("d mmm", "Weeks starting"), MONTH("mmm yyyy", "Months");

        final String format;
        final String label;

        Scale(String format, String label) {
            this.format = format;
            this.label = label;
        }
    }

    static Timeline of(LocalDate start, LocalDate end) {
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        Scale scale = span <= 62 ? Scale.DAY : span <= 730 ? Scale.WEEK : Scale.MONTH;
        LocalDate first = switch (scale) {
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> start.withDayOfMonth(1);
        };
        Timeline probe = new Timeline(scale, first, 0);
        int columns = (int) Math.min(MAX_COLUMNS, probe.index(end) + 1);
        return new Timeline(scale, first, columns);
    }

    /** The column (0-based within the timeline) that holds the date; may be outside 0..columns-1. */
    long index(LocalDate date) {
        return switch (scale) {
            case DAY -> ChronoUnit.DAYS.between(first, date);
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(first, date), 7);
            case MONTH -> ChronoUnit.MONTHS.between(first, date.withDayOfMonth(1));
        };
    }

    LocalDate dateOf(int column) {
        return switch (scale) {
            case DAY -> first.plusDays(column);
            case WEEK -> first.plusWeeks(column);
            case MONTH -> first.plusMonths(column);
        };
    }
}
