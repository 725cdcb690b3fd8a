package org.genaiplan.templates;

import org.genaiplan.model.WorkingCalendar;

/** Working days in the data files, working minutes in the plan. */
final class Days {
    private Days() {
    }

    static long toMinutes(double days, WorkingCalendar calendar) {
        return Math.round(days * calendar.minutesPerDay());
    }

    static String format(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }
}
