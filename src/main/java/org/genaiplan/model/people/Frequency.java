package org.genaiplan.model.people;

import java.util.Locale;
import org.genaiplan.model.ValidationException;

/** How often a communication goes out. Daily ones are not put on the plan as milestones (too many to read). */
public enum Frequency {
    DAILY("daily"), WEEKLY("weekly"), FORTNIGHTLY("fortnightly"), MONTHLY("monthly"),
    PHASE_GATE("per phase gate"), ONCE("once");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a frequency by its label or the start of it; "bi-weekly" is read as fortnightly, "gate" as per phase gate. */
    public static Frequency parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("bi-weekly") || t.equals("biweekly")) {
            return FORTNIGHTLY;
        }
        if (t.startsWith("gate") || t.startsWith("phase")) {
            return PHASE_GATE;
        }
        for (Frequency f : values()) {
            if (!t.isEmpty() && f.label.startsWith(t)) {
                return f;
            }
        }
        throw new ValidationException("A frequency is daily, weekly, fortnightly, monthly, per phase gate or once, not \""
                + (text == null ? "" : text.strip()) + "\".");
    }
}
