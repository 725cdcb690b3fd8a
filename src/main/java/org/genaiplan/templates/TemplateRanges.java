package org.genaiplan.templates;

import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The three-point ranges a template gives its tasks, derived from the estimation cheat sheet and the
 * lifecycle it comes with (seed "Generative AI project lifecycle"): the cheat sheet gives ranges, not numbers
 * (pre-training "days to weeks to months", adaptation runs "minutes to hours") and says the adapt-and-align
 * stage "is highly iterative and requires back and forth". So experiment-heavy tasks get wide, right-skewed
 * ranges and set-up tasks narrow ones. Each kind says where its range comes from ({@link Kind#source()}).
 */
public final class TemplateRanges {

    /** A kind of task with its range as factors of the most likely duration. */
    public enum Kind {
        PRE_TRAINING(0.6, 4.0, Distribution.LOGNORMAL, "training runs",
                "cheat sheet: pre-training takes \"days to weeks to months\" (a range of an order of magnitude)"),
        EXPERIMENT(0.75, 2.5, Distribution.LOGNORMAL, "training runs",
                "cheat sheet: tuning and RLHF runs take \"minutes to hours\" each, and the lifecycle says adapting"
                        + " and aligning is highly iterative (runs are repeated until a checkpoint is good enough)"),
        EVALUATION(0.8, 1.8, Distribution.PERT, null,
                "lifecycle: evaluate, tune and evaluate again until performance is acceptable"),
        DATA(0.8, 1.6, Distribution.PERT, null,
                "cheat sheet: adaptation needs domain-specific data of high quality; cleaning and labelling find"
                        + " errors and inconsistencies as they go"),
        SET_UP(0.9, 1.3, Distribution.PERT, null,
                "set-up and engineering work of known size; the cheat sheet rates its expertise, not its spread");

        private final double low;
        private final double high;
        private final Distribution distribution;
        private final String group;
        private final String source;

        Kind(double low, double high, Distribution distribution, String group, String source) {
            this.low = low;
            this.high = high;
            this.distribution = distribution;
            this.group = group;
            this.source = source;
        }

        public double low() {
            return low;
        }

        public double high() {
            return high;
        }

        public Distribution distribution() {
            return distribution;
        }

        /** Where the range comes from, in a sentence. */
        public String source() {
            return source;
        }

        Estimate estimate(long minutes) {
            return new Estimate(Math.round(minutes * low), minutes, Math.round(minutes * high), distribution, group);
        }
    }

    private static final List<String> EXPERIMENT_WORDS = List.of("run fine-tuning", "fine-tun", "train the",
            "optimise the policy", "rlhf", "benchmark", "compare runs", "hyperparameter", "distil", "quantis");
    private static final List<String> EVALUATION_WORDS = List.of("red-team", "red team", "score", "evaluat", "fix findings",
            "load and latency", "uat", "test");
    private static final List<String> DATA_WORDS = List.of("label", "annotat", "clean", "redact", "chunk", "dedup",
            "strip", "collect", "preference", "data");

    private TemplateRanges() {
    }

    /** The kind of a task, from its name and phase. */
    public static Kind kindOf(Task task) {
        String name = task.name().toLowerCase(Locale.ROOT);
        String phase = task.phase() == null ? "" : task.phase().toLowerCase(Locale.ROOT);
        if (name.contains("pre-train")) {
            return Kind.PRE_TRAINING;
        }
        if (EXPERIMENT_WORDS.stream().anyMatch(name::contains)) {
            return Kind.EXPERIMENT;
        }
        if (EVALUATION_WORDS.stream().anyMatch(name::contains) || phase.contains("evaluation")) {
            return Kind.EVALUATION;
        }
        if (DATA_WORDS.stream().anyMatch(name::contains) || phase.contains("data")) {
            return Kind.DATA;
        }
        return Kind.SET_UP;
    }

    /** Gives every leaf task with a duration and no estimate yet the range of its kind. */
    public static void apply(Plan plan) {
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && !t.isMilestone() && t.durationMinutes() > 0 && t.estimate() == null) {
                t.setEstimate(kindOf(t).estimate(t.durationMinutes()));
            }
        }
    }
}
