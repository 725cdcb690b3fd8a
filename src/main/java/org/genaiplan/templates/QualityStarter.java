package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.Gate;
import org.genaiplan.model.quality.GateCriterion;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;

/**
 * The quality plan a new plan starts with: every metric of the reference data with the seeds' targets and, for a
 * template that names them in {@code quality-gates.json}, the task that measures each metric and the gates on
 * its milestones.
 */
public final class QualityStarter {
    public static final String FILE = "quality-gates.json";

    record GateSpec(String milestone, List<String> metrics, Integer noOpenIssuesAtOrAbove, Integer noRiskAbove,
                    List<String> tasksComplete) {
    }

    record TemplateGates(String template, Map<String, String> measuredBy, List<GateSpec> gates) {
    }

    record File(List<TemplateGates> templates) {
    }

    private QualityStarter() {
    }

    /** The seeds' metrics, measured by no task and feeding no gate (a blank plan). */
    public static QualityPlan metricsOnly() {
        List<QualityMetric> metrics = new ArrayList<>();
        for (ReferenceData.QualityMetric m : ReferenceData.load().qualityMetrics()) {
            metrics.add(m.toMetric());
        }
        return new QualityPlan(metrics, List.of(), List.of(), List.of());
    }

    /** Gives {@code plan} the seeds' metrics and the template's gates, its tasks found by their keys. */
    static void apply(Plan plan, String templateId, Map<String, Task> byKey) {
        File file = new DataReader(TemplateSource.shipped()).read(FILE, File.class);
        TemplateGates spec = null;
        for (TemplateGates t : file.templates()) {
            if (t.template().equals(templateId)) {
                spec = t;
            }
        }
        QualityPlan base = metricsOnly();
        if (spec == null) {
            plan.setQuality(base);
            return;
        }
        List<Gate> gates = new ArrayList<>();
        List<QualityMetric> metrics = new ArrayList<>();
        for (QualityMetric m : base.metrics()) {
            Long taskId = id(byKey, spec.measuredBy().get(m.id()));
            Long gateId = null;
            for (GateSpec g : spec.gates()) {
                if (gateId == null && g.metrics() != null && g.metrics().contains(m.id())) {
                    gateId = id(byKey, g.milestone());
                }
            }
            metrics.add(new QualityMetric(m.id(), m.name(), m.group(), m.measure(), m.direction(), m.target(),
                    m.warning(), m.unit(), m.sampleSize(), taskId, gateId));
        }
        for (GateSpec g : spec.gates()) {
            List<GateCriterion> criteria = new ArrayList<>();
            if (g.metrics() != null && !g.metrics().isEmpty()) {
                criteria.add(GateCriterion.metrics(g.metrics()));
            }
            if (g.noOpenIssuesAtOrAbove() != null) {
                criteria.add(GateCriterion.noIssuesAtOrAbove(g.noOpenIssuesAtOrAbove()));
            }
            if (g.noRiskAbove() != null) {
                criteria.add(GateCriterion.noRiskAbove(g.noRiskAbove()));
            }
            if (g.tasksComplete() != null && !g.tasksComplete().isEmpty()) {
                List<Long> ids = new ArrayList<>();
                for (String key : g.tasksComplete()) {
                    ids.add(id(byKey, key));
                }
                criteria.add(GateCriterion.tasksComplete(ids));
            }
            gates.add(new Gate(id(byKey, g.milestone()), criteria));
        }
        plan.setQuality(new QualityPlan(metrics, List.of(), List.of(), gates));
    }

    private static Long id(Map<String, Task> byKey, String key) {
        if (key == null) {
            return null;
        }
        Task t = byKey.get(key);
        if (t == null) {
            throw new TemplateDataException(FILE + ": the task \"" + key + "\" is not in its template.");
        }
        return t.id();
    }
}
