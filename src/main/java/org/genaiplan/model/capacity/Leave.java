package org.genaiplan.model.capacity;

import java.time.LocalDate;
import org.genaiplan.model.ValidationException;

/** Days a person does not work, from {@code first} to {@code last} inclusive (holidays, a conference). */
public record Leave(String person, LocalDate first, LocalDate last, String note) {
    public Leave {
        person = CapacityNames.require(person, "A leave");
        java.util.Objects.requireNonNull(first, "first");
        last = last == null ? first : last;
        if (last.isBefore(first)) {
            throw new ValidationException("The leave of \"" + person + "\" ends before it starts.");
        }
        note = note == null ? "" : note.strip();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
