package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.util.Locale;
import org.genaiplan.model.ValidationException;

/**
 * Reads the numbers typed into the cost view: thousands separators and spaces are ignored; blank, text and
 * negative values are refused with one sentence naming the field. Money is shown by {@link
 * org.genaiplan.ui.MoneyText}.
 */
public final class Numbers {
    private Numbers() {
    }

    /** A whole number of at least zero ("1,000" is fine). */
    public static long count(String text, String field) {
        BigDecimal value = decimal(text, field);
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field + " must be a whole number, not \"" + text.strip() + "\".");
        }
    }

    /** A number of at least zero; blank is refused. */
    public static BigDecimal decimal(String text, String field) {
        BigDecimal value = optionalDecimal(text, field);
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        return value;
    }

    /** A number of at least zero, or null when the text is blank. */
    public static BigDecimal optionalDecimal(String text, String field) {
        String v = text == null ? "" : text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip();
        if (v.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a number such as 120 or 1,250.50, not \""
                    + text.strip() + "\".");
        }
        if (value.signum() < 0) {
            throw new ValidationException(field + " cannot be negative.");
        }
        return value;
    }

    /**
     * A large quantity such as a model size or a token count: 7e9, 7,000,000,000, 7B, 1.5T, 500M or 20k.
     * Must be above zero.
     */
    public static double quantity(String text, String field) {
        String v = text == null ? "" : text.replace(",", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new ValidationException(field + " is required.");
        }
        double factor = 1;
        char last = v.charAt(v.length() - 1);
        switch (last) {
            case 'K' -> factor = 1e3;
            case 'M' -> factor = 1e6;
            case 'B', 'G' -> factor = 1e9;
            case 'T' -> factor = 1e12;
            default -> { }
        }
        if (factor != 1) {
            v = v.substring(0, v.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(v) * factor;
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a number such as 7B, 7e9 or 7,000,000,000, not \""
                    + text.strip() + "\".");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ValidationException(field + " must be above zero.");
        }
        return value;
    }

    /** A plain decimal (such as a TFLOP/s figure), at least zero. */
    public static double real(String text, String field) {
        return decimal(text, field).doubleValue();
    }

    /** A count or decimal as typed back into a field: no trailing zeros, no separators. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A large count in short form, e.g. 7B or 1.5T. */
    public static String shortQuantity(double value) {
        String[] suffix = {"", "k", "M", "B", "T"};
        int i = 0;
        double v = value;
        while (v >= 1000 && i < suffix.length - 1) {
            v /= 1000;
            i++;
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + suffix[i];
    }
}
