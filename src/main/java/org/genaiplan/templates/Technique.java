package org.genaiplan.templates;

/**
 * One column of the estimation cheat sheet: a way to adapt a model, how long its training typically
 * runs ({@code trainingTime}, a label), the default working days the template plans for the whole
 * task, the expertise it needs, and the roles (role-library names) that do the work.
 */
public record Technique(String id, String name, String trainingTime, double defaultDays, Expertise expertise,
                        String objective, String customization, java.util.List<String> roles, TrainingRun trainingRun) {

    public Technique {
        roles = roles == null ? java.util.List.of() : java.util.List.copyOf(roles);
    }

    /** The line added to a task's notes when the technique sets its duration. */
    public String noteLine() {
        return "Technique: " + name + " (expertise " + expertise.label().toLowerCase(java.util.Locale.ROOT)
                + "; training time " + trainingTime + "; default " + Days.format(defaultDays) + " working days).";
    }
}
