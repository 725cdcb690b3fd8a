package org.genaiplan.ui.gantt.layout;

/** What lies under the mouse. */
public enum HitKind {
    /** Outside every row. */
    NONE,
    /** A row, but no bar. */
    EMPTY,
    /** The body of a task bar (drag to move, or to another bar to link). */
    BAR,
    /** The right end of a task bar (drag to change the duration). */
    RESIZE,
    /** The progress handle under a task bar (drag to set % complete). */
    PROGRESS,
    MILESTONE,
    SUMMARY,
    /** A task's constraint marker beside its bar (its tooltip names the constraint). */
    CONSTRAINT,
    /** A task's deadline marker, the small arrow at its deadline (its tooltip names the deadline). */
    DEADLINE
}
