package org.genaiplan.ui.gantt.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import org.genaiplan.model.WorkingCalendar;

/**
 * Maps moments to horizontal pixels and back. Pixel 0 is the left edge of the visible chart;
 * {@link #scrollX()} is how far the chart is scrolled right of its origin day.
 *
 * <p>The {@link ZoomLevel} names the header tiers and whether hours are drawn as they are; the day width
 * is the level's own, or any width in between after {@link #fit} (the levels are steps, a fitted scale is
 * continuous).
 *
 * <p>At the hours level time is linear. At coarser levels a working day's hours fill its whole day cell
 * (08:00 is the cell's left edge, the end of the working day its right edge), so a one-day task fills one
 * day, as a planner expects.
 */
public final class TimeScale {
    private static final DateTimeFormatter DAY_LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK_LONG = DateTimeFormatter.ofPattern("'Week of' d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEK_SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final String[] HOUR_LABELS = new String[24];
    private static final String[] DAY_LABELS = new String[32];

    static {
        for (int h = 0; h < 24; h++) {
            HOUR_LABELS[h] = String.format(Locale.ROOT, "%02d", h);
        }
        for (int d = 1; d < 32; d++) {
            DAY_LABELS[d] = Integer.toString(d);
        }
    }

    /** Narrower days than this get no weekend shading: it would be noise. */
    public static final double MIN_SHADED_DAY_WIDTH = 2;
    /** A holiday is shaded down to a day one pixel wide. */
    public static final double MIN_HOLIDAY_DAY_WIDTH = 1;

    private ZoomLevel zoom = ZoomLevel.DAYS;
    private double dayWidth = ZoomLevel.DAYS.dayWidth();
    private long originDay;
    private double scrollX;
    private WorkingCalendar calendar = WorkingCalendar.standard();
    private int dayStartMinute = 8 * 60;
    private int minutesPerDay = 8 * 60;
    /** Working weekdays by {@code DayOfWeek.getValue() - 1}, and the holidays as sorted epoch days: looked up per day without making a date. */
    private final boolean[] workingWeekday = new boolean[7];
    private long[] holidayDays = new long[0];

    public TimeScale(LocalDate origin, ZoomLevel zoom, WorkingCalendar calendar) {
        this.originDay = origin.toEpochDay();
        setZoom(zoom);
        setCalendar(calendar);
    }

    public ZoomLevel zoom() {
        return zoom;
    }

    /** Sets the level and its own day width. */
    public void setZoom(ZoomLevel zoom) {
        this.zoom = Objects.requireNonNull(zoom);
        this.dayWidth = zoom.dayWidth();
    }

    /**
     * Changes to another level's own day width keeping the moment under pixel {@code anchorX} where it is.
     * The level the scale already has changes nothing, so a fitted width stays until another level is chosen.
     */
    public void zoomAround(ZoomLevel newZoom, double anchorX) {
        if (Objects.requireNonNull(newZoom) == zoom) {
            return;
        }
        double days = (anchorX + scrollX) / dayWidth;
        setZoom(newZoom);
        scrollX = days * dayWidth - anchorX;
    }

    /**
     * Fits the days {@code from} to {@code to} (inclusive) into a chart {@code width} pixels wide: the day
     * width that fills it but for a small margin at each end, the level whose header tiers suit that width,
     * and the scroll that puts {@code from} just right of the left edge. Returns the fit applied.
     */
    public ZoomFit fit(LocalDate from, LocalDate to, double width) {
        ZoomFit fit = ZoomFit.of(from, to, width);
        LocalDate first = from.isAfter(to) ? to : from;
        zoom = fit.level();
        dayWidth = fit.dayWidth();
        scrollX = (first.toEpochDay() - originDay) * dayWidth - fit.leftMargin();
        return fit;
    }

    /** True when the day width is not the level's own (after {@link #fit}). */
    public boolean isFitted() {
        return dayWidth != zoom.dayWidth();
    }

    public LocalDate origin() {
        return LocalDate.ofEpochDay(originDay);
    }

    public void setOrigin(LocalDate origin) {
        this.originDay = origin.toEpochDay();
    }

    public double scrollX() {
        return scrollX;
    }

    public void setScrollX(double scrollX) {
        this.scrollX = scrollX;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public void setCalendar(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
        this.dayStartMinute = calendar.dayStart().toSecondOfDay() / 60;
        this.minutesPerDay = calendar.minutesPerDay();
        for (DayOfWeek d : DayOfWeek.values()) {
            workingWeekday[d.getValue() - 1] = calendar.workingDays().contains(d);
        }
        holidayDays = calendar.holidays().stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    /** Pixels per calendar day. */
    public double dayWidth() {
        return dayWidth;
    }

    // ---- the calendar by epoch day, making no object ----

    /** Whether the calendar works on a day: a working weekday that is no holiday. */
    public boolean isWorkingDay(long epochDay) {
        // 1970-01-01 was a Thursday.
        return workingWeekday[(int) Math.floorMod(epochDay + 3, 7L)] && !isHoliday(epochDay);
    }

    /** Whether a day is one of the calendar's holidays (on a working weekday or not). */
    public boolean isHoliday(long epochDay) {
        return java.util.Arrays.binarySearch(holidayDays, epochDay) >= 0;
    }

    // ---- moments to pixels ----

    /** The pixel of a moment. */
    public double x(LocalDateTime moment) {
        return x(moment.toLocalDate().toEpochDay(), moment.getHour() * 60 + moment.getMinute());
    }

    /** The pixel of minute {@code minuteOfDay} of the day {@code epochDay}. */
    public double x(long epochDay, int minuteOfDay) {
        double days = epochDay - originDay;
        if (zoom.showsHours()) {
            return (days + minuteOfDay / 1440.0) * dayWidth - scrollX;
        }
        double frac = (minuteOfDay - dayStartMinute) / (double) minutesPerDay;
        frac = frac < 0 ? 0 : frac > 1 ? 1 : frac;
        return (days + frac) * dayWidth - scrollX;
    }

    /** The left edge (midnight) of a day. */
    public double x(LocalDate date) {
        return xOfDay(date.toEpochDay());
    }

    public double xOfDay(long epochDay) {
        return (epochDay - originDay) * dayWidth - scrollX;
    }

    /** Where work starts on a day: its cell's left edge, or at the hours level the start of the working day. */
    public double workStartX(long epochDay) {
        return x(epochDay, dayStartMinute);
    }

    /** Where work ends on a day: its cell's right edge, or at the hours level the end of the working day. */
    public double workEndX(long epochDay) {
        return x(epochDay, dayStartMinute + minutesPerDay);
    }

    // ---- pixels to moments ----

    /** The day a pixel falls in. */
    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay(epochDayAt(x));
    }

    public long epochDayAt(double x) {
        return originDay + (long) Math.floor((x + scrollX) / dayWidth);
    }

    /** The moment a pixel shows, to the minute (at coarse levels, a moment within the working day). */
    public LocalDateTime timeAt(double x) {
        double days = (x + scrollX) / dayWidth;
        long day = (long) Math.floor(days);
        double frac = days - day;
        long minute;
        if (zoom.showsHours()) {
            minute = Math.round(frac * 1440);
        } else {
            minute = dayStartMinute + Math.round(frac * minutesPerDay);
        }
        return LocalDate.ofEpochDay(originDay + day).atStartOfDay().plusMinutes(minute);
    }

    /** The nearest day boundary (midnight) to a pixel, as the day that starts there. */
    public LocalDate nearestDayStart(double x) {
        return LocalDate.ofEpochDay(originDay + Math.round((x + scrollX) / dayWidth));
    }

    // ---- headers and shading ----

    /** The cells of the upper or lower header tier that overlap pixels [fromX, toX). */
    public void headerCells(boolean upper, double fromX, double toX, HeaderSink sink) {
        ScaleUnit unit = upper ? zoom.upper() : zoom.lower();
        if (unit == ScaleUnit.HOUR) {
            LocalDateTime t = timeAt(fromX).withMinute(0);
            long day = t.toLocalDate().toEpochDay();
            int hour = t.getHour();
            while (true) {
                double x0 = x(day, hour * 60);
                if (x0 >= toX) {
                    return;
                }
                double x1 = x0 + dayWidth / 24;
                sink.cell(x0, x1 - x0, HOUR_LABELS[hour]);
                if (++hour == 24) {
                    hour = 0;
                    day++;
                }
            }
        }
        LocalDate d = unitStart(unit, dateAt(fromX));
        while (true) {
            double x0 = x(d);
            if (x0 >= toX) {
                return;
            }
            LocalDate next = next(unit, d);
            sink.cell(x0, x(next) - x0, label(unit, d, upper));
            d = next;
        }
    }

    static LocalDate unitStart(ScaleUnit unit, LocalDate d) {
        return switch (unit) {
            case HOUR, DAY -> d;
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    static LocalDate next(ScaleUnit unit, LocalDate d) {
        return switch (unit) {
            case HOUR, DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
        };
    }

    private static String label(ScaleUnit unit, LocalDate d, boolean upper) {
        return switch (unit) {
            case HOUR -> "";
            case DAY -> upper ? DAY_LONG.format(d) : DAY_LABELS[d.getDayOfMonth()];
            case WEEK -> upper ? WEEK_LONG.format(d) : WEEK_SHORT.format(d);
            case MONTH -> upper ? MONTH_LONG.format(d) : MONTH_SHORT.format(d);
            case QUARTER -> "Q" + d.get(IsoFields.QUARTER_OF_YEAR) + (upper ? " " + d.getYear() : "");
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    /**
     * The non-working time within pixels [fromX, toX): whole non-working days, and at the hours level also
     * the hours outside the working day. Adjacent spans are merged. Nothing where a day is narrower than
     * {@link #MIN_SHADED_DAY_WIDTH}.
     */
    public void nonWorking(double fromX, double toX, DaySink sink) {
        if (dayWidth < MIN_SHADED_DAY_WIDTH) {
            return;
        }
        long day = epochDayAt(fromX);
        long last = epochDayAt(toX);
        double runStart = Double.NaN;
        for (; day <= last; day++) {
            boolean working = isWorkingDay(day);
            double x0 = xOfDay(day);
            if (!working) {
                if (Double.isNaN(runStart)) {
                    runStart = x0;
                }
                continue;
            }
            if (zoom.showsHours()) {
                double ws = x(day, dayStartMinute);
                if (Double.isNaN(runStart)) {
                    runStart = x0;
                }
                sink.span(runStart, ws - runStart);
                runStart = x(day, dayStartMinute + minutesPerDay);
            } else if (!Double.isNaN(runStart)) {
                sink.span(runStart, x0 - runStart);
                runStart = Double.NaN;
            }
        }
        if (!Double.isNaN(runStart)) {
            sink.span(runStart, xOfDay(last + 1) - runStart);
        }
    }

    /**
     * The holidays within pixels [fromX, toX), whole days, consecutive ones merged into one span. Nothing
     * where a day is narrower than {@link #MIN_HOLIDAY_DAY_WIDTH}.
     */
    public void holidays(double fromX, double toX, DaySink sink) {
        if (dayWidth < MIN_HOLIDAY_DAY_WIDTH || holidayDays.length == 0) {
            return;
        }
        long firstDay = epochDayAt(fromX);
        long lastDay = epochDayAt(toX);
        int i = java.util.Arrays.binarySearch(holidayDays, firstDay);
        if (i < 0) {
            i = -i - 1;
        }
        while (i < holidayDays.length && holidayDays[i] <= lastDay) {
            long runFirst = holidayDays[i];
            long runLast = runFirst;
            while (i + 1 < holidayDays.length && holidayDays[i + 1] == runLast + 1) {
                runLast = holidayDays[++i];
            }
            double x0 = xOfDay(runFirst);
            sink.span(x0, xOfDay(runLast + 1) - x0);
            i++;
        }
    }
}
