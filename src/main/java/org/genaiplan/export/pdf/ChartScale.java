package org.genaiplan.export.pdf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.WorkingCalendar;

/**
 * The report chart's timescale: calendar days {@code dayWidth} points wide from {@code origin} (x = 0), and the
 * two header tiers its zoom names. Within a day a working day's hours fill the whole day, so a task from 08:00
 * to the end of the working day fills its day as in the window.
 */
record ChartScale(LocalDate origin, double dayWidth, PageSetup.Zoom zoom, WorkingCalendar calendar) {

    /** A step of the timescale's header tiers. */
    enum Unit {
        DAY(List.of("d")), WEEK(List.of("d MMM", "d")), MONTH(List.of("MMMM yyyy", "MMM yyyy", "MMM", "MMMMM")),
        QUARTER(List.of()), YEAR(List.of("yyyy", "yy"));

        private final List<DateTimeFormatter> formats;

        Unit(List<String> patterns) {
            this.formats = patterns.stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
        }

        LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
                case QUARTER -> d.withDayOfMonth(1).withMonth((d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
                case YEAR -> d.withDayOfYear(1);
            };
        }

        LocalDate next(LocalDate unitStart) {
            return switch (this) {
                case DAY -> unitStart.plusDays(1);
                case WEEK -> unitStart.plusWeeks(1);
                case MONTH -> unitStart.plusMonths(1);
                case QUARTER -> unitStart.plusMonths(3);
                case YEAR -> unitStart.plusYears(1);
            };
        }

        /** The labels of a unit, longest first. */
        List<String> labels(LocalDate unitStart) {
            if (this == QUARTER) {
                String q = "Q" + unitStart.get(IsoFields.QUARTER_OF_YEAR);
                return List.of(q + " " + unitStart.getYear(), q);
            }
            return formats.stream().map(unitStart::format).toList();
        }
    }

    Unit upper() {
        return switch (zoom) {
            case DAYS, WEEKS -> Unit.MONTH;
            case MONTHS, QUARTERS -> Unit.YEAR;
        };
    }

    Unit lower() {
        return switch (zoom) {
            case DAYS -> Unit.DAY;
            case WEEKS -> Unit.WEEK;
            case MONTHS -> Unit.MONTH;
            case QUARTERS -> Unit.QUARTER;
        };
    }

    /** The x of the start of a day. */
    double x(LocalDate day) {
        return (day.toEpochDay() - origin.toEpochDay()) * dayWidth;
    }

    /** The x of a moment: its day, plus the share of the working day gone by. */
    double x(LocalDateTime t) {
        int minute = t.getHour() * 60 + t.getMinute();
        int from = calendar.dayStart().getHour() * 60 + calendar.dayStart().getMinute();
        double share = Math.clamp((minute - from) / (double) calendar.minutesPerDay(), 0, 1);
        return x(t.toLocalDate()) + share * dayWidth;
    }

    /** The date shown at {@code x} (rounded down to a day). */
    LocalDate dateAt(double x) {
        return origin.plusDays((long) Math.floor(x / dayWidth));
    }
}
