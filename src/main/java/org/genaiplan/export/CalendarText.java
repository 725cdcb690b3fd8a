package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.WorkingCalendar;

/** A working calendar in words, for the Summary sheet: "Mon-Fri, 8 h a day from 08:00" and its days off. */
final class CalendarText {
    /** Exceptions listed in the one cell before the rest is counted ("and 12 more"). */
    static final int LISTED = 25;

    private CalendarText() {
    }

    static String week(WorkingCalendar c) {
        String hours = BigDecimal.valueOf(c.minutesPerDay()).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return days(c) + ", " + hours + " h a day from " + c.dayStart();
    }

    /** The working weekdays, with runs shortened: "Mon-Fri", "Mon-Thu, Sat". */
    static String days(WorkingCalendar c) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!c.workingDays().contains(all[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < all.length && c.workingDays().contains(all[end + 1])) {
                end++;
            }
            parts.add(end - i >= 2 ? name(all[i]) + "-" + name(all[end])
                    : end == i ? name(all[i]) : name(all[i]) + ", " + name(all[end]));
            i = end + 1;
        }
        return String.join(", ", parts);
    }

    /** "2026-12-25 Christmas Day; 2027-01-01 New Year's Day", or "None". */
    static String exceptions(WorkingCalendar c) {
        List<CalendarException> list = c.exceptions();
        if (list.isEmpty()) {
            return "None";
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, list.size()); i++) {
            shown.add(list.get(i).toString());
        }
        String text = String.join("; ", shown);
        return list.size() > LISTED ? text + "; and " + (list.size() - LISTED) + " more" : text;
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
