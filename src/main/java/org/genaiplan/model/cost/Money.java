package org.genaiplan.model.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.genaiplan.model.ValidationException;

/** Checks and rounding shared by the cost inputs: amounts are kept to the cent, rounded half up. */
public final class Money {
    public static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code value} unless it is null or negative, in which case the user is told which field is wrong. */
    public static BigDecimal notNegative(BigDecimal value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        if (value.signum() < 0) {
            throw new ValidationException(field + " cannot be negative.");
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new ValidationException(field + " cannot be negative.");
        }
        return value;
    }

    /** A name such as a role, GPU type or model; blank is refused. */
    public static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field + " is required.");
        }
        return value.strip();
    }
}
