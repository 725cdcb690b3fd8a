package org.genaiplan.model.people;

import java.util.Locale;
import org.genaiplan.model.ValidationException;

/** A stakeholder's interest in the project or influence over it: low, medium or high. */
public enum Level {
    LOW, MEDIUM, HIGH;

    /** The word as the register shows it ("high"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "low", "medium" or "high" (or their first letter); {@code what} names the field in the refusal. */
    public static Level parse(String text, String what) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Level l : values()) {
            if (!t.isEmpty() && l.label().startsWith(t)) {
                return l;
            }
        }
        throw new ValidationException(what + " is low, medium or high, not \"" + (text == null ? "" : text.strip()) + "\".");
    }
}
