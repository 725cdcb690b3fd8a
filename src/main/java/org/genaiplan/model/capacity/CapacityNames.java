package org.genaiplan.model.capacity;

import org.genaiplan.model.ValidationException;

final class CapacityNames {
    static final int MAX_LENGTH = 200;

    private CapacityNames() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(what + " needs a name.");
        }
        String n = name.strip();
        if (n.length() > MAX_LENGTH) {
            throw new ValidationException(what + " has a name longer than " + MAX_LENGTH + " characters.");
        }
        return n;
    }
}
