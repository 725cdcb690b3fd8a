package org.genaiplan.model;

/** What a WBS node is: a task with work, a summary of its children, or a zero-length milestone. */
public enum TaskKind {
    TASK, SUMMARY, MILESTONE
}
