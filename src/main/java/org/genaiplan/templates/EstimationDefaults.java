package org.genaiplan.templates;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.templates.Specs.CatalogFile;
import org.genaiplan.templates.Specs.TechniqueSpec;
import org.genaiplan.templates.Specs.TemplateFile;

/**
 * The estimation cheat sheet: for each technique of adapting a model (pre-training, prompt engineering,
 * prompt tuning and fine-tuning, RLHF, compression and deployment) a default task duration in working
 * days and the expertise it needs. Choosing a technique for a task sets that duration.
 */
public final class EstimationDefaults {
    private final Map<String, Technique> techniques;
    private final List<Technique> ordered;

    EstimationDefaults(Map<String, Technique> techniques) {
        this.techniques = Collections.unmodifiableMap(new LinkedHashMap<>(techniques));
        this.ordered = List.copyOf(techniques.values());
    }

    /** The cheat sheet shipped with the application (the techniques table named by the catalogue). */
    public static EstimationDefaults load() {
        return load(TemplateSource.shipped());
    }

    public static EstimationDefaults load(TemplateSource source) {
        DataReader reader = new DataReader(source);
        String file = reader.read(TemplateCatalog.FILE, CatalogFile.class).estimationDefaults();
        return from(reader.read(file, TemplateFile.class).techniques(), file);
    }

    static EstimationDefaults from(List<TechniqueSpec> specs, String file) {
        SpecCheck check = new SpecCheck(file);
        if (specs.isEmpty()) {
            throw check.fail("there is no techniques table.");
        }
        Map<String, Technique> byId = new LinkedHashMap<>();
        for (TechniqueSpec t : specs) {
            if (t == null) {
                throw check.fail("a technique entry is empty.");
            }
            String id = check.text(t.id(), "the id of a technique");
            String what = "technique \"" + id + "\"";
            Double days = t.defaultDays();
            if (days == null || days.isNaN() || days <= 0 || days > SpecCheck.MAX_DAYS) {
                throw check.fail(what + " needs defaultDays between 0 and " + (int) SpecCheck.MAX_DAYS + " working days.");
            }
            if (t.expertise() == null) {
                throw check.fail(what + " has no expertise level.");
            }
            Technique technique = new Technique(id, check.text(t.name(), "the name of " + what),
                    check.text(t.trainingTime(), "the training time of " + what), days, t.expertise(),
                    check.text(t.objective(), "the objective of " + what),
                    check.text(t.customization(), "the customisation of " + what), t.roles(),
                    trainingRun(t.trainingRun(), what, check));
            if (byId.put(id, technique) != null) {
                throw check.fail("the technique id \"" + id + "\" is used twice.");
            }
        }
        return new EstimationDefaults(byId);
    }

    private static TrainingRun trainingRun(Specs.TrainingRunSpec run, String what, SpecCheck check) {
        if (run == null) {
            return null;
        }
        String of = "the training run of " + what;
        if (run.parameters() == null || !(run.parameters() > 0) || run.tokens() == null || !(run.tokens() > 0)) {
            throw check.fail(of + " needs a model size and a token count above zero.");
        }
        org.genaiplan.model.cost.TrainingEstimate.Method method;
        try {
            method = org.genaiplan.model.cost.TrainingEstimate.Method.valueOf(check.text(run.method(), "the method of " + of));
        } catch (IllegalArgumentException e) {
            throw check.fail(of + " has the method \"" + run.method() + "\"; it is FULL or LORA.");
        }
        if (run.gpus() == null || run.gpus() < 1 || run.utilisation() == null
                || !(run.utilisation() > 0 && run.utilisation() <= 1)) {
            throw check.fail(of + " needs at least one GPU and a utilisation above 0 and at most 1.");
        }
        return new TrainingRun(run.parameters(), run.tokens(), method, run.gpus(), check.text(run.gpu(), "the GPU of " + of),
                run.utilisation(), check.text(run.basis(), "the basis of " + of));
    }

    Map<String, Technique> byId() {
        return techniques;
    }

    /** The techniques in cheat-sheet order. */
    public List<Technique> techniques() {
        return ordered;
    }

    public Optional<Technique> find(String id) {
        return Optional.ofNullable(techniques.get(id));
    }

    /** The technique with this id; an unknown id gets a message that lists the known ones. */
    public Technique technique(String id) {
        Technique t = id == null ? null : techniques.get(id);
        if (t == null) {
            throw new ValidationException("There is no technique \"" + id + "\"; choose one of "
                    + String.join(", ", techniques.keySet()) + ".");
        }
        return t;
    }

    /** The technique's default duration in working minutes of {@code calendar}. */
    public long durationMinutes(String techniqueId, WorkingCalendar calendar) {
        return Days.toMinutes(technique(techniqueId).defaultDays(), calendar);
    }

    /**
     * Sets the task's duration to the technique's default and notes the technique in its notes (replacing
     * an earlier technique line). A milestone becomes a task. Returns the technique.
     */
    public Technique applyTo(Task task, String techniqueId, WorkingCalendar calendar) {
        Technique t = technique(techniqueId);
        if (task.hasChildren()) {
            throw new ValidationException("\"" + task.name() + "\" is a summary; choose a technique for one of its tasks.");
        }
        task.setMilestone(false);
        task.setDurationMinutes(Days.toMinutes(t.defaultDays(), calendar));
        StringBuilder notes = new StringBuilder();
        for (String line : task.notes().split("\n", -1)) {
            if (!line.startsWith("Technique: ") && !(line.isEmpty() && notes.isEmpty())) {
                notes.append(notes.isEmpty() ? "" : "\n").append(line);
            }
        }
        task.setNotes(notes.isEmpty() ? t.noteLine() : notes + "\n" + t.noteLine());
        return t;
    }

    /**
     * The three-point duration estimate the technique suggests for a risk analysis: the default days as the most
     * likely duration, and a range that widens with the expertise the technique needs (low: 80 % to 125 %,
     * medium: 75 % to 150 %, medium-high: 70 % to 175 %, high: 60 % to 200 %). These spreads are the planner's
     * own starting point, not figures from a study; a PM replaces them with the team's experience.
     */
    public org.genaiplan.model.Estimate estimateFor(String techniqueId, WorkingCalendar calendar) {
        Technique t = technique(techniqueId);
        double low = switch (t.expertise()) {
            case LOW -> 0.8;
            case MEDIUM -> 0.75;
            case MEDIUM_HIGH -> 0.7;
            case HIGH -> 0.6;
        };
        double high = switch (t.expertise()) {
            case LOW -> 1.25;
            case MEDIUM -> 1.5;
            case MEDIUM_HIGH -> 1.75;
            case HIGH -> 2.0;
        };
        return new org.genaiplan.model.Estimate(Days.toMinutes(t.defaultDays() * low, calendar),
                Days.toMinutes(t.defaultDays(), calendar), Days.toMinutes(t.defaultDays() * high, calendar),
                org.genaiplan.model.Distribution.PERT);
    }
}
