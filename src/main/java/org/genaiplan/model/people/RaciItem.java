package org.genaiplan.model.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genaiplan.model.ValidationException;

/**
 * A row of the RACI matrix: a phase or a deliverable, and the letter each party (a role or a stakeholder, by
 * name) holds for it. A party without a letter is left out of {@code cells}.
 */
public record RaciItem(String name, boolean phase, Map<String, RaciLetter> cells) {
    public RaciItem {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new ValidationException("A RACI row needs the name of a phase or deliverable.");
        }
        Map<String, RaciLetter> copy = new LinkedHashMap<>();
        if (cells != null) {
            cells.forEach((party, letter) -> {
                if (party != null && letter != null) {
                    copy.put(party, letter);
                }
            });
        }
        cells = Collections.unmodifiableMap(copy);
    }

    public RaciItem(String name, boolean phase) {
        this(name, phase, Map.of());
    }

    /** The letter {@code party} holds, or null. */
    public RaciLetter letter(String party) {
        return cells.get(party);
    }

    /** This row with {@code party} holding {@code letter} (null empties the cell). */
    public RaciItem with(String party, RaciLetter letter) {
        Map<String, RaciLetter> copy = new LinkedHashMap<>(cells);
        if (letter == null) {
            copy.remove(party);
        } else {
            copy.put(party, letter);
        }
        return new RaciItem(name, phase, copy);
    }

    public RaciItem withName(String newName) {
        return new RaciItem(newName, phase, cells);
    }

    /** How many parties hold {@code letter} on this row. */
    public int count(RaciLetter letter) {
        int n = 0;
        for (RaciLetter l : cells.values()) {
            if (l == letter) {
                n++;
            }
        }
        return n;
    }

    /**
     * What is wrong with the row, as a sentence, or null: exactly one party is accountable and at least one is
     * responsible.
     */
    public String warning() {
        int a = count(RaciLetter.A);
        boolean noR = count(RaciLetter.R) == 0;
        String what = (phase ? "Phase" : "Deliverable") + " \"" + name + "\" ";
        if (a == 0 && noR) {
            return what + "has no one accountable (A) and no one responsible (R).";
        }
        if (a == 0) {
            return what + "has no one accountable (A).";
        }
        if (a > 1) {
            return what + "has " + a + " parties accountable (A); give it exactly one.";
        }
        return noR ? what + "has no one responsible (R)." : null;
    }
}
