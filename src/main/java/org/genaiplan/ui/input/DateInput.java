package org.genaiplan.ui.input;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.genaiplan.model.ValidationException;

/**
 * Reads a typed date: ISO ({@code 2026-11-02}, month and day may have one digit), the form the WBS sheet
 * shows ({@code Mon 2026-11-02}: a leading weekday, in English or the locale's language, is dropped and not
 * checked), or the locale's short date ({@code DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)}, such
 * as {@code 11/2/26} in the US or {@code 02.11.26} in Germany), with a two- or four-digit year; a two-digit
 * year is in this century.
 */
final class DateInput {
    /** The date used in messages to show the forms that are understood. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 2);
    private static final Map<Locale, DateTimeFormatter> SHORT = new ConcurrentHashMap<>();

    private DateInput() {
    }

    static LocalDate read(String text, String field, Locale locale) {
        String s = CellInput.strip(text);
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > CellInput.MAX_LENGTH) {
            throw notADate(text, field, locale);
        }
        s = withoutWeekday(s, locale);
        LocalDate iso = iso(s, text, field);
        if (iso != null) {
            return iso;
        }
        try {
            LocalDate d = LocalDate.parse(s, shortFormat(locale));
            return d.getYear() < 100 ? d.plusYears(2000) : d;
        } catch (DateTimeParseException e) {
            throw notADate(text, field, locale);
        }
    }

    /** The date of {@code yyyy-m-d}, null when the text has another form; a day not on the calendar is refused. */
    private static LocalDate iso(String s, String text, String field) {
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                parts[part] = parts[part] * 10 + (c - '0');
                if (++lengths[part] > (part == 0 ? 4 : 2)) {
                    return null;
                }
            } else if (c == '-' && part < 2 && lengths[part] > 0) {
                part++;
            } else {
                return null;
            }
        }
        if (part != 2 || lengths[0] != 4 || lengths[2] == 0) {
            return null;
        }
        try {
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            throw new ValidationException(field + " must be a day of the calendar; there is no "
                    + CellInput.shown(text) + ".");
        }
    }

    /** The text without a leading weekday name ("Mon", "Monday", "lun."...), when it has one. */
    private static String withoutWeekday(String s, Locale locale) {
        int end = 0;
        while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        if (end == 0 || end == s.length()) {
            return s;
        }
        String word = s.substring(0, end);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale l : new Locale[] {Locale.ENGLISH, locale}) {
                for (TextStyle style : new TextStyle[] {TextStyle.SHORT, TextStyle.FULL}) {
                    if (word.equalsIgnoreCase(day.getDisplayName(style, l))) {
                        String rest = s.substring(end);
                        return rest.startsWith(",") ? rest.substring(1).strip() : rest.strip();
                    }
                }
            }
        }
        return s;
    }

    /** The locale's short date pattern, with any year width read as a full year. */
    private static DateTimeFormatter shortFormat(Locale locale) {
        return SHORT.computeIfAbsent(locale, l -> {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, l);
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(lenient(pattern))
                    .toFormatter(l).withResolverStyle(ResolverStyle.STRICT);
        });
    }

    /**
     * The pattern with one letter for each numeric field, so that the day and month may have one or two digits
     * and the year two or four ({@code dd/MM/y} becomes {@code d/M/u}); quoted text and month names stay.
     */
    static String lenient(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i;
            if (c == '\'') {
                end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length() : end + 1;
                out.append(pattern, i, end);
                i = end;
                continue;
            }
            while (end < pattern.length() && pattern.charAt(end) == c) {
                end++;
            }
            int run = end - i;
            switch (c) {
                case 'y', 'u' -> out.append('u');
                case 'd' -> out.append('d');
                case 'M', 'L' -> out.append(run <= 2 ? "M" : pattern.substring(i, end));
                default -> out.append(pattern, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static ValidationException notADate(String text, String field, Locale locale) {
        String local = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(EXAMPLE);
        String forms = local.equals(EXAMPLE.toString()) ? EXAMPLE + " or Mon " + EXAMPLE
                : EXAMPLE + ", Mon " + EXAMPLE + " or " + local;
        return new ValidationException(field + " must be a date such as " + forms + ", not \""
                + CellInput.shown(text) + "\".");
    }
}
