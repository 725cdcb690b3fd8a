package org.genaiplan.interop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.WorkingCalendar;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;

/**
 * The file's project calendar as our one plan calendar: its working weekdays, the day's start and length
 * (the working hours of its first working weekday, breaks taken out), and its non-working exceptions as
 * holidays. Differences our calendar cannot hold (different hours on different days, extra working days)
 * are noted for the import report.
 */
final class CalendarMapping {
    private CalendarMapping() {
    }

    static WorkingCalendar map(ProjectCalendar source, List<String> mapped, List<String> dropped) {
        if (source == null) {
            dropped.add("the file has no project calendar; Monday to Friday, 8 hours from 08:00 is used");
            return WorkingCalendar.standard();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        LocalTime dayStart = null;
        int minutes = 0;
        boolean unevenHours = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!source.isWorkingDay(day)) {
                continue;
            }
            ProjectCalendarHours hours = source.getHours(day);
            int dayMinutes = minutesOf(hours);
            if (dayMinutes <= 0) {
                continue;
            }
            days.add(day);
            if (dayStart == null) {
                dayStart = hours.get(0).getStart();
                minutes = dayMinutes;
            } else if (dayMinutes != minutes) {
                unevenHours = true;
            }
        }
        if (days.isEmpty()) {
            dropped.add("the calendar \"" + source.getName() + "\" has no working hours; Monday to Friday, 8 hours"
                    + " from 08:00 is used");
            return WorkingCalendar.standard();
        }
        if (dayStart.toSecondOfDay() / 60 + minutes > 24 * 60) {
            dayStart = LocalTime.MIDNIGHT;
        }
        if (unevenHours) {
            dropped.add("working hours that differ from weekday to weekday (every working day counts "
                    + hoursText(minutes) + ")");
        }
        if (hasBreak(source, days)) {
            mapped.add("working hours with a break (such as a lunch hour) as one block of " + hoursText(minutes)
                    + " from " + dayStart);
        }
        List<CalendarException> holidays = new ArrayList<>();
        int working = 0;
        int partial = 0;
        List<ProjectCalendarException> exceptions = new ArrayList<>(source.getExpandedCalendarExceptions());
        exceptions.removeIf(e -> e.getFromDate() == null);
        exceptions.sort(java.util.Comparator.comparing(ProjectCalendarException::getFromDate));
        for (ProjectCalendarException e : exceptions) {
            if (e.getWorking()) {
                if (minutesOf(e) < minutes) {
                    partial++;
                } else {
                    working++;
                }
                continue;
            }
            addHoliday(holidays, e.getFromDate(), e.getToDate(), e.getName());
            if (holidays.size() >= WorkingCalendar.MAX_EXCEPTIONS) {
                dropped.add("exceptions past the first " + WorkingCalendar.MAX_EXCEPTIONS);
                break;
            }
        }
        if (working > 0) {
            dropped.add(working + " extra working day" + (working == 1 ? "" : "s") + " in the calendar");
        }
        if (partial > 0) {
            dropped.add(partial + " calendar exception" + (partial == 1 ? "" : "s") + " with shorter working hours");
        }
        WorkingCalendar calendar = new WorkingCalendar(days, dayStart, minutes, holidays);
        mapped.add("calendar \"" + source.getName() + "\": " + days.size() + " working days a week, "
                + hoursText(minutes) + " from " + dayStart + ", " + holidays.size() + " holiday"
                + (holidays.size() == 1 ? "" : "s"));
        return calendar;
    }

    private static void addHoliday(List<CalendarException> out, LocalDate from, LocalDate to, String name) {
        if (from == null) {
            return;
        }
        LocalDate last = to == null ? from : to;
        String label = name == null ? "" : name.strip();
        if (label.length() > 200) {
            label = label.substring(0, 200);
        }
        while (!from.isAfter(last) && out.size() < WorkingCalendar.MAX_EXCEPTIONS) {
            LocalDate end = ChronoUnit.DAYS.between(from, last) >= CalendarException.MAX_DAYS
                    ? from.plusDays(CalendarException.MAX_DAYS - 1) : last;
            if (!out.isEmpty() && !from.isAfter(out.getLast().last())) {
                from = out.getLast().last().plusDays(1);
                if (from.isAfter(last)) {
                    return;
                }
                continue;
            }
            out.add(new CalendarException(from, end, label));
            from = end.plusDays(1);
        }
    }

    static int minutesOf(List<LocalTimeRange> ranges) {
        int total = 0;
        for (LocalTimeRange r : ranges) {
            if (r.getStart() == null || r.getEnd() == null) {
                continue;
            }
            int start = r.getStart().toSecondOfDay() / 60;
            int end = r.getEnd().toSecondOfDay() / 60;
            total += end <= start ? 24 * 60 - start + end : end - start;
        }
        return Math.min(total, 24 * 60);
    }

    private static boolean hasBreak(ProjectCalendar source, Set<DayOfWeek> days) {
        return days.stream().anyMatch(d -> source.getHours(d).size() > 1);
    }

    static String hoursText(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " hours a day" : String.format(java.util.Locale.ROOT,
                "%.2f hours a day", minutes / 60.0);
    }
}
