package org.genaiplan.ui.gantt.layout;

import org.genaiplan.model.ConstraintType;

/**
 * The marker a date constraint gets on the chart: a pin stuck in the constraint date. A start constraint
 * is pinned at the start of the working day, head at the top; a finish constraint at the end of the
 * working day, head at the bottom. The pin's foot points to the side of the date the task may move to
 * (later, earlier, or both ways for a date it must keep).
 */
public enum ConstraintMark {
    START_NO_EARLIER_THAN(false, Side.LATER, "Start no earlier than"),
    MUST_START_ON(false, Side.EXACT, "Must start on"),
    FINISH_NO_LATER_THAN(true, Side.EARLIER, "Finish no later than"),
    FINISH_NO_EARLIER_THAN(true, Side.LATER, "Finish no earlier than");

    /** Where the task may lie relative to the constraint date. */
    public enum Side { EARLIER, LATER, EXACT }

    private final boolean finish;
    private final Side side;
    private final String label;

    ConstraintMark(boolean finish, Side side, String label) {
        this.finish = finish;
        this.side = side;
        this.label = label;
    }

    /**
     * The marker of a constraint type, or null for one without a date (as soon as possible). A new type in
     * the model is one line here; the switch names every type, so the build says when one is missing.
     */
    public static ConstraintMark of(ConstraintType type) {
        return switch (type) {
            case AS_SOON_AS_POSSIBLE -> null;
            case START_NO_EARLIER_THAN -> START_NO_EARLIER_THAN;
            case MUST_START_ON -> MUST_START_ON;
            case FINISH_NO_LATER_THAN -> FINISH_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> FINISH_NO_EARLIER_THAN;
        };
    }

    /** True when the constraint is on the task's finish (pinned at the end of the day). */
    public boolean onFinish() {
        return finish;
    }

    public Side side() {
        return side;
    }

    /** The constraint as the sheet and MS Project name it: "Start no earlier than". */
    public String label() {
        return label;
    }
}
