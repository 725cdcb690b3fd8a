package org.genaiplan.model;

/** Checks shared by roles and people: max units in percent and the availability note. */
final class Units {
    static final int FULL_TIME = 100;
    /** A thousand people's worth; more is a typing mistake. */
    static final int MAX = 100_000;

    private Units() {
    }

    static void check(int maxUnits, String what, String name) {
        if (maxUnits <= 0 || maxUnits > MAX) {
            throw new ValidationException("The max units of " + what + " \"" + name + "\" must be between 1 % and "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX) + " %.");
        }
    }

    static String note(String availability) {
        String note = availability == null ? "" : availability.strip();
        if (note.length() > Names.MAX_LENGTH) {
            throw new ValidationException("An availability note is longer than " + Names.MAX_LENGTH + " characters.");
        }
        return note;
    }
}
