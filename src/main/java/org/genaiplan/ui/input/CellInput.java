package org.genaiplan.ui.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.genaiplan.model.ValidationException;

/**
 * Reads what a user types into a cell of any grid (WBS sheet, risk register, cost view): numbers, money,
 * percentages and dates, each with the same rules everywhere. A value that cannot be read is refused with a
 * {@link ValidationException} whose message is one sentence naming the field, such as "The cost must be a
 * number such as 120 or 1,250.50, not "lots"."
 *
 * <ul>
 * <li>Numbers and money: a dot for decimals; commas or spaces between thousands ({@code 1,250.50},
 * {@code 1 250}); never negative. A comma that does not separate thousands ({@code 12,5}) is refused rather
 * than misread. Money may carry a currency sign or code ({@code $1,200}, {@code 1200 EUR}).</li>
 * <li>Percentages: {@code 40}, {@code 40%} or {@code 40 %}, from 0 to 100.</li>
 * <li>Dates: ISO ({@code 2026-11-02}), the form the sheet shows ({@code Mon 2026-11-02}; the weekday is not
 * checked, the date wins) and the locale's short date ({@code 11/2/26} in the US); see {@link DateInput}.</li>
 * </ul>
 * Text is read by hand, one character at a time, so even a very long cell is refused at once.
 */
public final class CellInput {
    /** Longer text is not a number or date; it is refused before any parsing. */
    static final int MAX_LENGTH = 60;

    private CellInput() {
    }

    /** A number of at least zero; blank is refused. */
    public static BigDecimal number(String text, String field) {
        BigDecimal value = optionalNumber(text, field);
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        return value;
    }

    /** A number of at least zero, or null when the text is blank. */
    public static BigDecimal optionalNumber(String text, String field) {
        return decimal(text, field, false);
    }

    /** Money of at least zero; a currency sign or code is ignored ("$1,200", "1200 EUR"); blank is refused. */
    public static BigDecimal money(String text, String field) {
        BigDecimal value = optionalMoney(text, field);
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        return value;
    }

    /** An amount of money as {@link #money}, or null when the text is blank. */
    public static BigDecimal optionalMoney(String text, String field) {
        return decimal(text, field, true);
    }

    /** A whole number of at least zero ("1,000" is fine); blank is refused. */
    public static long count(String text, String field) {
        BigDecimal value = number(text, field);
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field + " must be a whole number, not \"" + shown(text) + "\".");
        }
    }

    /** A plain number of at least zero as a double (such as a TFLOP/s figure); blank is refused. */
    public static double real(String text, String field) {
        return number(text, field).doubleValue();
    }

    /**
     * A large quantity such as a model size or a token count: 7e9, 7,000,000,000, 7B, 1.5T, 500M or 20k.
     * Must be above zero.
     */
    public static double quantity(String text, String field) {
        String v = strip(text);
        if (v.isEmpty()) {
            throw new ValidationException(field + " is required.");
        }
        double factor = switch (Character.toUpperCase(v.charAt(v.length() - 1))) {
            case 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'B', 'G' -> 1e9;
            case 'T' -> 1e12;
            default -> 1;
        };
        String digits = factor == 1 ? v : v.substring(0, v.length() - 1).strip();
        double value;
        int e = Math.max(digits.indexOf('e'), digits.indexOf('E'));
        try {
            if (e > 0 && factor == 1) {
                value = NumberText.read(digits.substring(0, e), true).doubleValue()
                        * Math.pow(10, Integer.parseInt(digits.substring(e + 1)));
            } else {
                value = NumberText.read(digits, true).doubleValue() * factor;
            }
        } catch (NumberFormatException | ArithmeticException ex) {
            throw new ValidationException(field + " must be a number such as 7B, 7e9 or 7,000,000,000, not \""
                    + shown(text) + "\".");
        }
        if (Double.isInfinite(value)) {
            throw new ValidationException(field + " is too large.");
        }
        if (!(value > 0)) {
            throw new ValidationException(field + " must be above zero.");
        }
        return value;
    }

    /** A percentage from 0 to 100, typed as {@code 40}, {@code 40%}, {@code 40 %} or {@code 12.5}; blank is refused. */
    public static double percent(String text, String field) {
        String v = strip(text);
        if (v.isEmpty()) {
            throw new ValidationException(field + " is required.");
        }
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        BigDecimal value;
        try {
            value = NumberText.read(v.replace(',', '.'), true);
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a percentage from 0 to 100, such as 40 or 40%, not \""
                    + shown(text) + "\".");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException(field + " must be between 0 and 100, not " + shown(text) + ".");
        }
        return value.doubleValue();
    }

    /** A date as ISO, as the sheet shows it or in the system locale's short form, or null when blank. */
    public static LocalDate date(String text, String field) {
        return DateInput.read(text, field, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The date, or empty when the text is blank or no date (a date picker takes what it can read). */
    public static java.util.Optional<LocalDate> dateIfAny(String text) {
        try {
            return java.util.Optional.ofNullable(date(text, "The date"));
        } catch (ValidationException e) {
            return java.util.Optional.empty();
        }
    }

    /** As {@link #date(String, String)}, with the short date form of {@code locale}. */
    public static LocalDate date(String text, String field, Locale locale) {
        return DateInput.read(text, field, locale);
    }

    private static BigDecimal decimal(String text, String field, boolean currency) {
        String v = strip(text);
        if (currency) {
            v = NumberText.withoutCurrency(v);
        }
        if (v.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = NumberText.read(v, true);
        } catch (NumberText.DecimalComma e) {
            throw new ValidationException(field + " must use a dot for decimals and commas only between "
                    + "thousands (1,250.50), not \"" + shown(text) + "\".");
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a number such as 120 or 1,250.50, not \""
                    + shown(text) + "\".");
        }
        if (value.signum() < 0) {
            throw new ValidationException(field + " cannot be negative.");
        }
        return value;
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The text for a message: stripped, shortened when long. */
    static String shown(String text) {
        String s = strip(text);
        return s.length() <= 40 ? s : s.substring(0, 40).strip() + "\u2026";
    }
}
