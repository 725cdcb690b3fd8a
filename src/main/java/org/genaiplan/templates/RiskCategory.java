package org.genaiplan.templates;

/** A default risk category for GenAI work; plans copy the names and may edit them. */
public record RiskCategory(String id, String name, String description) {
}
