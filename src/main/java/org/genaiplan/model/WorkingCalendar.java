package org.genaiplan.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a plan's team works: the working weekdays, one contiguous block of working hours a day
 * starting at {@code dayStart}, and the exceptions (holidays, shutdowns) on which nobody works, sorted by
 * date and never overlapping. Durations and lags throughout the plan are in working minutes of this
 * calendar.
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, LocalTime dayStart, int minutesPerDay,
                              List<CalendarException> exceptions) {

    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 0);
    /** The most exceptions one calendar holds (thirty years of thirty holidays). */
    public static final int MAX_EXCEPTIONS = 1000;

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
        exceptions = sorted(exceptions == null ? List.of() : exceptions);
    }

    /** A calendar whose exceptions are single, unnamed days off. */
    public WorkingCalendar(Set<DayOfWeek> workingDays, LocalTime dayStart, int minutesPerDay,
                           SortedSet<LocalDate> holidays) {
        this(workingDays, dayStart, minutesPerDay, days(holidays));
    }

    private static List<CalendarException> days(Set<LocalDate> holidays) {
        return holidays == null ? List.of() : holidays.stream().sorted().map(CalendarException::on).toList();
    }

    private static List<CalendarException> sorted(List<CalendarException> list) {
        if (list.size() > MAX_EXCEPTIONS) {
            throw new ValidationException("A calendar can hold at most " + MAX_EXCEPTIONS + " exceptions.");
        }
        List<CalendarException> out = new ArrayList<>(list);
        out.forEach(e -> Objects.requireNonNull(e, "exception"));
        out.sort(Comparator.comparing(CalendarException::first));
        for (int i = 1; i < out.size(); i++) {
            CalendarException before = out.get(i - 1);
            CalendarException next = out.get(i);
            if (!next.first().isAfter(before.last())) {
                throw new ValidationException("The exceptions " + quoted(before) + " and " + quoted(next)
                        + " overlap; merge them or change their dates.");
            }
        }
        return List.copyOf(out);
    }

    private static String quoted(CalendarException e) {
        return "\"" + e + "\"";
    }

    /** Monday to Friday, eight hours from 08:00, no holidays. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DEFAULT_DAY_START,
                8 * 60, List.of());
    }

    public double hoursPerDay() {
        return minutesPerDay / 60.0;
    }

    /** Every date an exception covers, weekends included. */
    public SortedSet<LocalDate> holidays() {
        SortedSet<LocalDate> out = new TreeSet<>();
        for (CalendarException e : exceptions) {
            for (LocalDate d = e.first(); !d.isAfter(e.last()); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** The exception covering {@code date}, or null. */
    public CalendarException exceptionOn(LocalDate date) {
        int low = 0;
        int high = exceptions.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            CalendarException e = exceptions.get(mid);
            if (date.isBefore(e.first())) {
                high = mid - 1;
            } else if (date.isAfter(e.last())) {
                low = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && exceptionOn(date) == null;
    }

    /** The same calendar with single, unnamed days off instead of its exceptions. */
    public WorkingCalendar withHolidays(Set<LocalDate> newHolidays) {
        return new WorkingCalendar(workingDays, dayStart, minutesPerDay, days(newHolidays));
    }

    public WorkingCalendar withExceptions(List<CalendarException> newExceptions) {
        return new WorkingCalendar(workingDays, dayStart, minutesPerDay, newExceptions);
    }

    public WorkingCalendar withMinutesPerDay(int minutes) {
        return new WorkingCalendar(workingDays, dayStart, minutes, exceptions);
    }

    public WorkingCalendar withWorkingDays(Set<DayOfWeek> days) {
        return new WorkingCalendar(days, dayStart, minutesPerDay, exceptions);
    }
}
