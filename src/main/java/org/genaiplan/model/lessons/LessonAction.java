package org.genaiplan.model.lessons;

/** What a lesson asks of the next project: do it again, or do it differently. */
public enum LessonAction {
    REPEAT("Repeat"),
    CHANGE("Change");

    private final String label;

    LessonAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The action a typed label or name names ("repeat", "Change"), or null. */
    public static LessonAction parse(String text) {
        if (text == null) {
            return null;
        }
        for (LessonAction a : values()) {
            if (a.label.equalsIgnoreCase(text.strip()) || a.name().equalsIgnoreCase(text.strip())) {
                return a;
            }
        }
        return null;
    }
}
