package org.genaiplan.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Days on which the whole team does not work although they are working weekdays: a public holiday, a
 * company shutdown, an off-site. {@code first} to {@code last} inclusive; a one-day exception has both the
 * same. The name is optional (empty when not given).
 */
public record CalendarException(LocalDate first, LocalDate last, String name) {
    /** The longest one exception may be; longer breaks are split (a calendar is for a team, not a sabbatical). */
    public static final int MAX_DAYS = 366;

    public CalendarException {
        Objects.requireNonNull(first, "first");
        last = last == null ? first : last;
        name = name == null ? "" : name.strip();
        if (last.isBefore(first)) {
            throw new ValidationException("An exception cannot end (" + last + ") before it starts (" + first + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new ValidationException("An exception can last at most " + MAX_DAYS
                    + " days; split longer breaks into several.");
        }
        if (name.length() > Names.MAX_LENGTH) {
            throw new ValidationException("An exception's name is longer than " + Names.MAX_LENGTH + " characters.");
        }
    }

    /** One unnamed day off. */
    public static CalendarException on(LocalDate day) {
        return new CalendarException(day, day, "");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Calendar days the exception covers (weekends included). */
    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** "2026-12-24 to 2027-01-01" or "2026-12-25". */
    public String dates() {
        return first.equals(last) ? first.toString() : first + " to " + last;
    }

    /** The dates with the name: "2026-12-25 Christmas Day". */
    @Override
    public String toString() {
        return name.isEmpty() ? dates() : dates() + " " + name;
    }
}
