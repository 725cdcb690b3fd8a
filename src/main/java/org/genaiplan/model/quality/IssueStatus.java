package org.genaiplan.model.quality;

/** Where an issue of the log stands; open, in progress and fixed (not yet verified) issues still count. */
public enum IssueStatus {
    OPEN("open"), IN_PROGRESS("in progress"), FIXED("fixed"), VERIFIED("verified"), WONT_FIX("won't fix");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an issue in this state still stands in the way of a gate (a fix counts once it is verified). */
    public boolean unresolved() {
        return this == OPEN || this == IN_PROGRESS || this == FIXED;
    }

    public static IssueStatus parse(String text) {
        for (IssueStatus s : values()) {
            if (s.name().equalsIgnoreCase(text) || s.label.equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new org.genaiplan.model.ValidationException("An issue's status is one of open, in progress, fixed,"
                + " verified or won't fix, not \"" + text + "\".");
    }
}
