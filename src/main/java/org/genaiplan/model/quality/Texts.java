package org.genaiplan.model.quality;

import java.math.BigDecimal;
import org.genaiplan.model.ValidationException;

/** The small checks and formats the quality records share. */
final class Texts {
    private Texts() {
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(message);
        }
        return text.strip();
    }

    static String optional(String text) {
        return text == null ? "" : text.strip();
    }

    static void finite(Double value, String what) {
        if (value != null && (value.isNaN() || value.isInfinite() || Math.abs(value) > 1e15)) {
            throw new ValidationException(what + " must be a number of reasonable size.");
        }
    }

    /** A number without trailing zeros: 5, 0.1, 4.25. */
    static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
