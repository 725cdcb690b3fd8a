package org.genaiplan.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;

/**
 * Working-time arithmetic for one calendar and one plan start. Every working day has the same block of
 * {@code minutesPerDay} minutes, so a moment is stored as a count of working minutes from the first
 * working morning on or after the plan start (the "offset"): offset {@code m} lies on working day
 * {@code floorDiv(m, minutesPerDay)} at minute {@code floorMod(m, minutesPerDay)} of its working block.
 * Negative offsets are working time before the plan start.
 *
 * <p>A day index (working-day ordinal to date and back) is precomputed around the plan start and grows on
 * demand (up to about a thousand years around the start; beyond that a ValidationException says so), so
 * conversions are two array look-ups. Not thread-safe: give each thread its own instance.
 *
 * <p>The same offset can be shown two ways at a day boundary: as the next working morning (where work
 * <em>starts</em>, {@link #startAt(long)}) or as the end of the previous working day (where work
 * <em>finishes</em>, {@link #finishAt(long)}). A task of one day starting Monday 08:00 finishes Monday
 * 16:00, not Tuesday 08:00.
 */
public final class WorkTime {
    private static final int INITIAL_DAYS_BEFORE = 400;
    private static final int INITIAL_DAYS_AFTER = 4000;
    private static final long MAX_SPAN_DAYS = 1000L * 366;

    private final WorkingCalendar calendar;
    private final LocalDate planStart;
    private final int minutesPerDay;
    private final int dayStartMinute;
    private final boolean[] workingWeekday = new boolean[8];

    // Calendar days [firstEpochDay, firstEpochDay + ordinalAtOrAfter.length) are indexed.
    private long firstEpochDay;
    /** For each indexed calendar day, the ordinal of the first working day on or after it (MIN: unknown). */
    private int[] ordinalAtOrAfter;
    /** Epoch day of each working-day ordinal, from ordinal {@code firstOrdinal}. */
    private long[] epochDayOfOrdinal;
    private int firstOrdinal;

    public WorkTime(WorkingCalendar calendar, LocalDate planStart) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.planStart = Objects.requireNonNull(planStart, "planStart");
        this.minutesPerDay = calendar.minutesPerDay();
        this.dayStartMinute = calendar.dayStart().toSecondOfDay() / 60;
        calendar.workingDays().forEach(d -> workingWeekday[d.getValue()] = true);
        long start = planStart.toEpochDay();
        build(start - INITIAL_DAYS_BEFORE, start + INITIAL_DAYS_AFTER);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public LocalDate planStart() {
        return planStart;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** Whether this instance computes for the given calendar and plan start. */
    public boolean isFor(WorkingCalendar otherCalendar, LocalDate otherStart) {
        return calendar.equals(otherCalendar) && planStart.equals(otherStart);
    }

    // ---- moments to offsets ----

    /**
     * The offset of a moment. Time outside the working block counts as the nearest working time after it:
     * before the day starts is the day's first minute, after it ends (or on a non-working day) is the next
     * working morning, which is the same offset as the end of the previous working day.
     */
    public long toOffset(LocalDateTime moment) {
        LocalDate date = moment.toLocalDate();
        long ordinal = ordinalAtOrAfter(date.toEpochDay());
        if (epochDay(ordinal) != date.toEpochDay()) {
            return ordinal * minutesPerDay;
        }
        int minute = moment.toLocalTime().toSecondOfDay() / 60 - dayStartMinute;
        return ordinal * minutesPerDay + Math.clamp(minute, 0, minutesPerDay);
    }

    /** The offset at which work can start on {@code date}: its morning, or the next working morning. */
    public long startOfDay(LocalDate date) {
        return ordinalAtOrAfter(date.toEpochDay()) * minutesPerDay;
    }

    /** The offset at which work done by the end of {@code date} ends: that day's end, or the last working day's end before it. */
    public long endOfDay(LocalDate date) {
        return ordinalAtOrAfter(date.toEpochDay() + 1) * minutesPerDay;
    }

    // ---- offsets to moments ----

    /** The moment work at {@code offset} starts: at a day boundary, the working morning. */
    public LocalDateTime startAt(long offset) {
        long ordinal = Math.floorDiv(offset, minutesPerDay);
        int minute = (int) Math.floorMod(offset, minutesPerDay);
        return moment(ordinal, minute);
    }

    /** The moment work ending at {@code offset} ends: at a day boundary, the previous working day's end. */
    public LocalDateTime finishAt(long offset) {
        long ordinal = Math.floorDiv(offset, minutesPerDay);
        int minute = (int) Math.floorMod(offset, minutesPerDay);
        if (minute == 0) {
            return moment(ordinal - 1, minutesPerDay);
        }
        return moment(ordinal, minute);
    }

    /** The working date holding the offset when it is a start (a day boundary belongs to the next day). */
    public LocalDate dateAt(long offset) {
        return LocalDate.ofEpochDay(epochDay(Math.floorDiv(offset, minutesPerDay)));
    }

    // ---- arithmetic on moments ----

    /**
     * Adds working minutes to a moment, skipping non-working time; negative minutes go back. Going forward
     * the result is where the work ends (a day's end rather than the next morning); going back it is where
     * work must start.
     */
    public LocalDateTime add(LocalDateTime moment, long workingMinutes) {
        long offset = toOffset(moment) + workingMinutes;
        return workingMinutes > 0 ? finishAt(offset) : startAt(offset);
    }

    /** Working minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public long between(LocalDateTime from, LocalDateTime to) {
        return toOffset(to) - toOffset(from);
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    // ---- the day index ----

    private LocalDateTime moment(long ordinal, int minuteInDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay(ordinal));
        return LocalDateTime.of(date, LocalTime.ofSecondOfDay((dayStartMinute + minuteInDay) * 60L));
    }

    private long epochDay(long ordinal) {
        while (ordinal < firstOrdinal || ordinal >= firstOrdinal + epochDayOfOrdinal.length) {
            grow(ordinal < firstOrdinal);
        }
        return epochDayOfOrdinal[(int) (ordinal - firstOrdinal)];
    }

    private long ordinalAtOrAfter(long epochDay) {
        while (true) {
            long i = epochDay - firstEpochDay;
            if (i < 0) {
                grow(true);
            } else if (i >= ordinalAtOrAfter.length || ordinalAtOrAfter[(int) i] == Integer.MIN_VALUE) {
                grow(false);
            } else {
                return ordinalAtOrAfter[(int) i];
            }
        }
    }

    private void grow(boolean earlier) {
        long last = firstEpochDay + ordinalAtOrAfter.length - 1;
        long span = ordinalAtOrAfter.length;
        if (span > MAX_SPAN_DAYS) {
            throw new ValidationException("The plan reaches dates more than 1,000 years from its start; "
                    + "check the durations, lags and constraint dates.");
        }
        if (earlier) {
            build(firstEpochDay - span, last);
        } else {
            build(firstEpochDay, last + span);
        }
    }

    private void build(long fromEpochDay, long toEpochDay) {
        int days = (int) (toEpochDay - fromEpochDay + 1);
        boolean[] working = new boolean[days];
        int workingCount = 0;
        for (int i = 0; i < days; i++) {
            LocalDate d = LocalDate.ofEpochDay(fromEpochDay + i);
            // exceptionOn is a binary search: no set of every day off is built (a year-long exception is 366)
            working[i] = workingWeekday[d.getDayOfWeek().getValue()] && calendar.exceptionOn(d) == null;
            if (working[i]) {
                workingCount++;
            }
        }
        int beforeStart = 0;
        int startIndex = (int) (planStart.toEpochDay() - fromEpochDay);
        for (int i = 0; i < startIndex; i++) {
            if (working[i]) {
                beforeStart++;
            }
        }
        firstEpochDay = fromEpochDay;
        firstOrdinal = -beforeStart;
        epochDayOfOrdinal = new long[workingCount];
        ordinalAtOrAfter = new int[days];
        int ordinal = firstOrdinal;
        for (int i = 0; i < days; i++) {
            if (working[i]) {
                epochDayOfOrdinal[ordinal - firstOrdinal] = fromEpochDay + i;
                ordinal++;
            }
        }
        int next = Integer.MIN_VALUE;
        int nextOrdinal = firstOrdinal + workingCount;
        for (int i = days - 1; i >= 0; i--) {
            if (working[i]) {
                nextOrdinal--;
                next = nextOrdinal;
            }
            ordinalAtOrAfter[i] = next;
        }
    }
}
