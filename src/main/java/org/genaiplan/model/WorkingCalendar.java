package org.genaiplan.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a plan's team works: the working weekdays, one contiguous block of working hours a day
 * starting at {@code dayStart}, and the holidays and other non-working dates.
 * Durations and lags throughout the plan are in working minutes of this calendar.
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, LocalTime dayStart, int minutesPerDay,
                              SortedSet<LocalDate> holidays) {

    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 0);

    public WorkingCalendar {
        Objects.requireNonNull(dayStart, "dayStart");
        if (workingDays == null || workingDays.isEmpty()) {
            throw new ValidationException("The calendar needs at least one working day a week.");
        }
        if (minutesPerDay < 1 || minutesPerDay > 24 * 60) {
            throw new ValidationException("Hours per day must be more than 0 and at most 24.");
        }
        if (dayStart.toSecondOfDay() / 60 + minutesPerDay > 24 * 60) {
            throw new ValidationException("The working day must end by midnight.");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
    }

    /** Monday to Friday, eight hours from 08:00, no holidays. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DEFAULT_DAY_START,
                8 * 60, new TreeSet<>());
    }

    public double hoursPerDay() {
        return minutesPerDay / 60.0;
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    public WorkingCalendar withHolidays(Set<LocalDate> newHolidays) {
        return new WorkingCalendar(workingDays, dayStart, minutesPerDay, new TreeSet<>(newHolidays));
    }

    public WorkingCalendar withMinutesPerDay(int minutes) {
        return new WorkingCalendar(workingDays, dayStart, minutes, holidays);
    }

    public WorkingCalendar withWorkingDays(Set<DayOfWeek> days) {
        return new WorkingCalendar(days, dayStart, minutesPerDay, holidays);
    }
}
