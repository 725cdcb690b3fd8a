package org.genaiplan.model.people;

import java.util.Locale;
import org.genaiplan.model.ValidationException;

/** Where a stakeholder stands on the project today. */
public enum Attitude {
    CHAMPION, SUPPORTIVE, NEUTRAL, SCEPTICAL, RESISTANT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads an attitude by its name or the start of it ("supp"). */
    public static Attitude parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Attitude a : values()) {
            if (!t.isEmpty() && a.label().startsWith(t)) {
                return a;
            }
        }
        throw new ValidationException("An attitude is champion, supportive, neutral, sceptical or resistant, not \""
                + (text == null ? "" : text.strip()) + "\".");
    }
}
