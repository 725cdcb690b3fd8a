package org.genaiplan.model;

/** How the team has chosen to respond to a risk. */
public enum ResponseStrategy {
    AVOID, MITIGATE, TRANSFER, ACCEPT, ESCALATE
}
