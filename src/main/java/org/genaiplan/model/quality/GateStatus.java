package org.genaiplan.model.quality;

/**
 * A gate's state: passed (every criterion holds), blocked (a measurement, an issue or a risk stands against it)
 * or pending (nothing stands against it yet, but something is still unmeasured or unfinished).
 */
public enum GateStatus {
    PASSED("passed"), BLOCKED("blocked"), PENDING("pending");

    private final String label;

    GateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
