package org.genaiplan.model;

/** Where a risk stands in its life. */
public enum RiskStatus {
    OPEN, MONITORING, OCCURRED, CLOSED
}
