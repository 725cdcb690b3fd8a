package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;

/**
 * Reads and writes durations the way PMs type them, in working time of a calendar.
 *
 * <p>Input: a number with a unit, or several summed ({@code 1d 4h}): {@code m}/{@code min}/{@code minutes},
 * {@code h}/{@code hr}/{@code hrs}/{@code hours}, {@code d}/{@code days}, {@code w}/{@code wk}/{@code weeks},
 * {@code mo}/{@code months}. A bare number is in days. One day is the calendar's working minutes per day,
 * one week its working days per week, one month 20 working days. A comma works as a decimal point.
 * {@code 0} is a milestone.
 *
 * <p>Output: days with up to two decimals ({@code 2.5d}, {@code 0d}); below one day, hours with up to two
 * decimals ({@code 4h}, {@code 0.5h}). Values are rounded to the nearest working minute.
 */
public final class DurationFormat {
    /** Text for a tooltip over a duration cell. */
    public static final String HELP = "Type a working duration such as 3d, 4h, 1.5w, 2mo or 30m; a number alone "
            + "is in days, and 0 makes a milestone.";

    /** A number of more digits is always beyond the longest duration (and is not parsed: that takes minutes). */
    private static final int MAX_DIGITS = 15;
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:[.,]\\d*)?|[.,]\\d+)\\s*([a-z]*)\\s*");
    private static final long MAX_DAYS = 100L * 366;

    private final WorkingCalendar calendar;

    public DurationFormat(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Working minutes for the text, or a ValidationException whose message can be shown as is. */
    public long parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new ValidationException("Type a duration such as 3d, 4h or 1.5w.");
        }
        if (s.startsWith("-")) {
            throw new ValidationException("A duration cannot be negative: \"" + quoted(text) + "\".");
        }
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal total = BigDecimal.ZERO;
        int parts = 0;
        while (at < s.length()) {
            m.region(at, s.length());
            if (!m.lookingAt()) {
                throw notADuration(text);
            }
            String unit = m.group(2);
            if (unit.isEmpty() && parts > 0) {
                throw notADuration(text);
            }
            long perUnit = minutesPer(unit);
            if (perUnit < 0) {
                throw notADuration(text);
            }
            if (m.group(1).length() > MAX_DIGITS) {
                throw tooLong(text);
            }
            BigDecimal number = new BigDecimal(normalise(m.group(1)));
            total = total.add(number.multiply(BigDecimal.valueOf(perUnit)));
            at = m.end();
            parts++;
            if (unit.isEmpty() && at < s.length()) {
                throw notADuration(text);
            }
        }
        if (total.compareTo(BigDecimal.valueOf(MAX_DAYS * calendar.minutesPerDay())) > 0) {
            throw tooLong(text);
        }
        return total.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The duration as days ({@code 2.5d}), or as hours below one day ({@code 4h}); {@code 0d} for zero. */
    public String format(long minutes) {
        if (minutes < 0) {
            return "-" + format(-minutes);
        }
        int perDay = calendar.minutesPerDay();
        if (minutes == 0) {
            return "0d";
        }
        if (minutes < perDay) {
            return plain(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)) + "h";
        }
        return plain(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(perDay), 2, RoundingMode.HALF_UP)) + "d";
    }

    private long minutesPer(String unit) {
        long day = calendar.minutesPerDay();
        return switch (unit) {
            case "", "d", "day", "days", "dy", "dys" -> day;
            case "m", "min", "mins", "minute", "minutes" -> 1;
            case "h", "hr", "hrs", "hour", "hours" -> 60;
            case "w", "wk", "wks", "week", "weeks" -> day * calendar.workingDays().size();
            case "mo", "mon", "mons", "month", "months" -> day * 20;
            default -> -1;
        };
    }

    private static String normalise(String number) {
        String n = number.replace(',', '.');
        if (n.startsWith(".")) {
            n = "0" + n;
        }
        if (n.endsWith(".")) {
            n = n + "0";
        }
        return n;
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    private static ValidationException notADuration(String text) {
        return new ValidationException("\"" + quoted(text) + "\" is not a duration; type a number with a unit, "
                + "such as 3d, 4h, 1.5w or 2mo.");
    }

    private static ValidationException tooLong(String text) {
        return new ValidationException("\"" + quoted(text) + "\" is longer than 100 years; type a shorter duration.");
    }

    /** The text as a message shows it: at most 40 characters. */
    private static String quoted(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }
}
