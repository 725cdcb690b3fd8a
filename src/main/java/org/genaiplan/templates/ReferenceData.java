package org.genaiplan.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GenAI reference tables for quality plans, bug triage and cost tracking: the five bug severity grades,
 * the usual quality metrics with example targets, and the cost components of a GenAI budget.
 */
public final class ReferenceData {
    public static final String FILE = "reference-data.json";

    /** A bug grade, 1 (critical) to 5 (informational), what it covers and how to respond. */
    public record BugSeverity(int grade, String name, String covers, String example, String response) {
    }

    /**
     * A quality metric; {@code group} is performance, operations, or quality and safety. {@code direction},
     * {@code target}, {@code warning}, {@code unit} and {@code sampleSize} are the seeds' figures (no target
     * where the seeds give none in numbers).
     */
    public record QualityMetric(String id, String name, String group, String measure, String exampleTarget,
                                String direction, Double target, Double warning, String unit, Integer sampleSize) {
        /** The metric as a new plan starts with it, measured by and feeding no task yet. */
        public org.genaiplan.model.quality.QualityMetric toMetric() {
            return new org.genaiplan.model.quality.QualityMetric(id, name, group, measure,
                    direction == null ? null : org.genaiplan.model.quality.MetricDirection.parse(direction),
                    target, warning, unit, sampleSize, null, null);
        }
    }

    /** A line of a GenAI budget and how to track it. */
    public record CostComponent(String id, String name, String tracking) {
    }

    record File(List<BugSeverity> bugSeverity, List<QualityMetric> qualityMetrics, List<CostComponent> costComponents) {
        File {
            bugSeverity = bugSeverity == null ? List.of() : List.copyOf(bugSeverity);
            qualityMetrics = qualityMetrics == null ? List.of() : List.copyOf(qualityMetrics);
            costComponents = costComponents == null ? List.of() : List.copyOf(costComponents);
        }
    }

    private final File data;

    private ReferenceData(File data) {
        this.data = data;
    }

    public static ReferenceData load() {
        return load(TemplateSource.shipped());
    }

    public static ReferenceData load(TemplateSource source) {
        File data = new DataReader(source).read(FILE, File.class);
        SpecCheck check = new SpecCheck(FILE);
        for (int i = 0; i < data.bugSeverity().size(); i++) {
            BugSeverity b = data.bugSeverity().get(i);
            if (b == null || b.grade() != i + 1) {
                throw check.fail("bug grades must run 1, 2, 3... in order; entry " + (i + 1) + " is grade "
                        + (b == null ? "missing" : b.grade()) + ".");
            }
            check.text(b.name(), "the name of bug grade " + b.grade());
            check.text(b.response(), "the response to bug grade " + b.grade());
        }
        if (data.bugSeverity().isEmpty() || data.qualityMetrics().isEmpty() || data.costComponents().isEmpty()) {
            throw check.fail("bugSeverity, qualityMetrics and costComponents each need at least one entry.");
        }
        Set<String> ids = new HashSet<>();
        for (QualityMetric m : data.qualityMetrics()) {
            if (m == null || !ids.add(check.text(m.id(), "the id of a quality metric"))) {
                throw check.fail("the quality metric id \"" + (m == null ? null : m.id()) + "\" is used twice or empty.");
            }
            check.text(m.name(), "the name of metric \"" + m.id() + "\"");
            check.text(m.measure(), "how metric \"" + m.id() + "\" is measured");
            try {
                m.toMetric();
            } catch (IllegalArgumentException e) {
                throw check.fail(e.getMessage());
            }
        }
        ids.clear();
        for (CostComponent c : data.costComponents()) {
            if (c == null || !ids.add(check.text(c.id(), "the id of a cost component"))) {
                throw check.fail("the cost component id \"" + (c == null ? null : c.id()) + "\" is used twice or empty.");
            }
            check.text(c.name(), "the name of cost component \"" + c.id() + "\"");
        }
        return new ReferenceData(data);
    }

    /** Grades 1 (critical) to 5 (informational), in order. */
    public List<BugSeverity> bugSeverity() {
        return data.bugSeverity();
    }

    public BugSeverity grade(int grade) {
        if (grade < 1 || grade > data.bugSeverity().size()) {
            throw new org.genaiplan.model.ValidationException("Bug grades run from 1 to " + data.bugSeverity().size() + ", not " + grade + ".");
        }
        return data.bugSeverity().get(grade - 1);
    }

    public List<QualityMetric> qualityMetrics() {
        return data.qualityMetrics();
    }

    public List<CostComponent> costComponents() {
        return data.costComponents();
    }
}
