package org.genaiplan.ui.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.Gate;
import org.genaiplan.model.quality.GateCriterion;
import org.genaiplan.model.quality.GateResult;
import org.genaiplan.model.quality.Gates;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.command.SetQualityCommand;

/** The gates as the Quality view lists them, and making, changing and removing a gate as undoable steps. */
public final class GateRows {
    private final CommandRunner runner;

    GateRows(CommandRunner runner) {
        this.runner = runner;
    }

    /** One line a gate: "Go / no-go: blocked (2 reasons)", then its reasons, for the list and its tooltip. */
    public List<String> lines() {
        Plan plan = runner.plan();
        List<String> out = new ArrayList<>();
        if (plan != null) {
            for (GateResult r : Gates.evaluate(plan)) {
                out.add(r.describe());
            }
        }
        return out;
    }

    /** The plan's milestones by id, named with their WBS codes. */
    public Map<Long, String> milestones() {
        Map<Long, String> out = new LinkedHashMap<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (Task t : plan.tasksInOrder()) {
                if (t.isMilestone()) {
                    out.put(t.id(), plan.wbsCode(t) + " " + t.name());
                }
            }
        }
        return out;
    }

    public Map<String, String> metrics() {
        Map<String, String> out = new LinkedHashMap<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (QualityMetric m : plan.quality().metrics()) {
                out.put(m.id(), m.name() + " (" + m.targetText() + ")");
            }
        }
        return out;
    }

    /** The gate on a milestone as its dialog starts, or a new one. */
    public GateInput input(long milestoneId) {
        Plan plan = runner.plan();
        Gate g = plan == null ? null : plan.quality().gate(milestoneId);
        List<String> metrics = new ArrayList<>();
        Integer grade = null;
        Integer risk = null;
        if (g != null) {
            for (GateCriterion c : g.criteria()) {
                switch (c.kind()) {
                    case METRICS_MET -> metrics.addAll(c.metricIds());
                    case NO_OPEN_ISSUES -> grade = c.grade();
                    case NO_RISK_ABOVE -> risk = c.riskScore();
                    default -> {
                        // tasks complete: kept as they are
                    }
                }
            }
        }
        return new GateInput(milestoneId, metrics, grade, risk);
    }

    /** Makes the milestone a gate with these criteria (its tasks-complete condition kept); null when done. */
    public String put(GateInput in) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("Open a plan first.");
        }
        Gate old = plan.quality().gate(in.milestoneId());
        List<GateCriterion> criteria = new ArrayList<>();
        if (!in.metricIds().isEmpty()) {
            criteria.add(GateCriterion.metrics(in.metricIds()));
        }
        if (in.issueGrade() != null) {
            criteria.add(GateCriterion.noIssuesAtOrAbove(in.issueGrade()));
        }
        if (in.riskScore() != null) {
            criteria.add(GateCriterion.noRiskAbove(in.riskScore()));
        }
        if (old != null) {
            old.criteria().stream().filter(c -> c.kind() == GateCriterion.Kind.TASKS_COMPLETE).forEach(criteria::add);
        }
        Gate made = new Gate(in.milestoneId(), criteria);
        return runner.run(new SetQualityCommand(old == null ? "Make gate" : "Edit gate", q -> withGate(q, made)));
    }

    public String remove(long milestoneId) {
        Plan plan = runner.plan();
        if (plan == null || plan.quality().gate(milestoneId) == null) {
            return runner.refuse("That milestone is no gate.");
        }
        return runner.run(new SetQualityCommand("Remove gate", q -> {
            List<Gate> gates = new ArrayList<>(q.gates());
            gates.removeIf(g -> g.taskId() == milestoneId);
            return q.withGates(gates);
        }));
    }

    private static QualityPlan withGate(QualityPlan q, Gate gate) {
        List<Gate> gates = new ArrayList<>(q.gates());
        gates.removeIf(g -> g.taskId() == gate.taskId());
        gates.add(gate);
        return q.withGates(gates);
    }

    /** The milestone ids of the gates, in date order (as {@link #lines()}). */
    public List<Long> gateIds() {
        Plan plan = runner.plan();
        List<Long> out = new ArrayList<>();
        if (plan != null) {
            for (GateResult r : Gates.evaluate(plan)) {
                out.add(r.gate().taskId());
            }
        }
        return out;
    }
}
