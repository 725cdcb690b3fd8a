package org.genaiplan.model;

/** Date constraints a PM can put on a task; ASAP is the default and needs no date. */
public enum ConstraintType {
    AS_SOON_AS_POSSIBLE(false),
    START_NO_EARLIER_THAN(true),
    FINISH_NO_LATER_THAN(true),
    MUST_START_ON(true);

    private final boolean needsDate;

    ConstraintType(boolean needsDate) {
        this.needsDate = needsDate;
    }

    public boolean needsDate() {
        return needsDate;
    }
}
