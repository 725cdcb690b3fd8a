package org.genaiplan.templates;

/**
 * What the catalogue shows of a template. {@code tasks} counts every WBS row the template creates
 * (summaries and milestones included), {@code milestones} the zero-length rows among them, and
 * {@code risks} the starter risks.
 */
public record TemplateInfo(String id, String name, String description, int tasks, int milestones, int risks) {
}
