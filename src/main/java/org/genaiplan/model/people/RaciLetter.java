package org.genaiplan.model.people;

import java.util.Locale;
import org.genaiplan.model.ValidationException;

/** A cell of the RACI matrix: Responsible (does the work), Accountable (answers for it), Consulted, Informed. */
public enum RaciLetter {
    R("Responsible"), A("Accountable"), C("Consulted"), I("Informed");

    private final String meaning;

    RaciLetter(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Reads R, A, C or I (either case, or the word); blank is null (an empty cell). */
    public static RaciLetter parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("-")) {
            return null;
        }
        for (RaciLetter l : values()) {
            if (t.equals(l.name()) || t.equalsIgnoreCase(l.meaning)) {
                return l;
            }
        }
        throw new ValidationException("A RACI cell holds R, A, C or I (or is empty), not \"" + text.strip() + "\".");
    }
}
