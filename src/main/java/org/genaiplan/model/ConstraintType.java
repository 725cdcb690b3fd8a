package org.genaiplan.model;

/**
 * Date constraints a PM can put on a task; ASAP is the default and needs no date. Stored by name in the
 * working store and the package, so a new constant needs no schema change (an older app refuses a file
 * that uses one it does not know).
 */
public enum ConstraintType {
    AS_SOON_AS_POSSIBLE(false),
    START_NO_EARLIER_THAN(true),
    FINISH_NO_LATER_THAN(true),
    MUST_START_ON(true),
    /** The task finishes on that day or later (MS Project's constraint for a typed finish date). */
    FINISH_NO_EARLIER_THAN(true);

    private final boolean needsDate;

    ConstraintType(boolean needsDate) {
        this.needsDate = needsDate;
    }

    public boolean needsDate() {
        return needsDate;
    }
}
