package org.genaiplan.model;

/** Checks for the free-text names users give to plans, tasks, risks and roles. */
final class Names {
    static final int MAX_LENGTH = 500;

    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(what + " needs a name.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException(what + " name is longer than " + MAX_LENGTH + " characters.");
        }
        return trimmed;
    }
}
