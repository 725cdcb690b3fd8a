package org.genaiplan.templates;

/** The expertise a technique of the estimation cheat sheet demands of the team. */
public enum Expertise {
    LOW("Low"), MEDIUM("Medium"), MEDIUM_HIGH("Medium-high"), HIGH("High");

    private final String label;

    Expertise(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
