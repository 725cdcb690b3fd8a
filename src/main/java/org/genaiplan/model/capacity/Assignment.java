package org.genaiplan.model.capacity;

import org.genaiplan.model.ValidationException;

/**
 * A person or a role working on a task at {@code units} percent of one full-time person (50, 100, 200).
 * Work = the task's duration x units / 100.
 */
public record Assignment(String resource, int units) {
    public static final int MAX_UNITS = 100_000;

    public Assignment {
        resource = CapacityNames.require(resource, "An assignment");
        if (units <= 0 || units > MAX_UNITS) {
            throw new ValidationException("The units of \"" + resource + "\" on a task must be between 1 % and "
                    + MAX_UNITS + " %.");
        }
    }

    /** The work in minutes over a task of {@code durationMinutes}. */
    public long workMinutes(long durationMinutes) {
        return Math.multiplyExact(durationMinutes, units) / 100;
    }
}
