package org.genaiplan.model.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;

/** Works out each gate's status and reasons from the plan as it stands; nothing is stored. */
public final class Gates {
    private Gates() {
    }

    /** Every gate whose milestone is in the plan, in date order (undated last). */
    public static List<GateResult> evaluate(Plan plan) {
        List<GateResult> out = new ArrayList<>();
        for (Gate g : plan.quality().gates()) {
            Task t = plan.task(g.taskId());
            if (t != null) {
                out.add(evaluate(plan, g, t));
            }
        }
        out.sort(Comparator.comparing(GateResult::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The gate on this milestone, evaluated, or null when the task is no gate. */
    public static GateResult of(Plan plan, long taskId) {
        Gate g = plan.quality().gate(taskId);
        Task t = plan.task(taskId);
        return g == null || t == null ? null : evaluate(plan, g, t);
    }

    /** The first gate (by date) whose milestone is not complete yet, or null. */
    public static GateResult next(Plan plan) {
        for (GateResult r : evaluate(plan)) {
            Task t = plan.task(r.gate().taskId());
            if (t.percentComplete() < 100) {
                return r;
            }
        }
        return null;
    }

    static GateResult evaluate(Plan plan, Gate gate, Task milestone) {
        List<String> blocking = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        QualityPlan q = plan.quality();
        for (GateCriterion c : gate.criteria()) {
            switch (c.kind()) {
                case METRICS_MET -> metrics(q, c, blocking, waiting);
                case NO_OPEN_ISSUES -> {
                    for (QualityIssue i : q.issues()) {
                        if (i.grade() <= c.grade() && i.status().unresolved()) {
                            blocking.add("Grade " + i.grade() + " issue #" + i.id() + " \"" + i.title() + "\" is "
                                    + i.status().label());
                        }
                    }
                }
                case NO_RISK_ABOVE -> {
                    for (Risk r : plan.risks()) {
                        if (r.status() != RiskStatus.CLOSED && r.score() > c.riskScore()) {
                            blocking.add("risk \"" + r.title() + "\" scores " + r.score() + ", above "
                                    + c.riskScore());
                        }
                    }
                }
                case TASKS_COMPLETE -> {
                    for (long id : c.taskIds()) {
                        Task t = plan.task(id);
                        if (t != null && t.rolledUpPercentComplete() < 100) {
                            waiting.add("task " + plan.wbsCode(t) + " \"" + t.name() + "\" is "
                                    + Math.round(t.rolledUpPercentComplete()) + " % complete");
                        }
                    }
                }
            }
        }
        GateStatus status = !blocking.isEmpty() ? GateStatus.BLOCKED
                : !waiting.isEmpty() ? GateStatus.PENDING : GateStatus.PASSED;
        List<String> reasons = new ArrayList<>(blocking);
        reasons.addAll(waiting);
        LocalDateTime date = milestone.start();
        return new GateResult(gate, milestone.name(), date, status, reasons);
    }

    private static void metrics(QualityPlan q, GateCriterion c, List<String> blocking, List<String> waiting) {
        for (String id : c.metricIds()) {
            QualityMetric m = q.metric(id);
            if (m == null) {
                continue; // a metric the user removed no longer counts
            }
            Measurement last = q.latest(m.id());
            switch (m.statusOf(last == null ? null : last.value())) {
                case NOT_MET -> blocking.add(m.name() + " is " + m.valueText(last.value()) + ", target "
                        + m.targetText());
                case NOT_MEASURED -> waiting.add(m.name() + " is not measured yet");
                case NO_TARGET -> waiting.add(m.name() + " has no target yet");
                default -> {
                    // met or at risk: the target holds
                }
            }
        }
    }
}
