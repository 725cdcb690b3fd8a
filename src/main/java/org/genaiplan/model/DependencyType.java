package org.genaiplan.model;

/** The four precedence links of the precedence diagramming method. */
public enum DependencyType {
    /** Finish-to-start: the successor starts after the predecessor finishes. */
    FS,
    /** Start-to-start. */
    SS,
    /** Finish-to-finish. */
    FF,
    /** Start-to-finish. */
    SF
}
