package org.genaiplan.model.quality;

import java.util.List;
import org.genaiplan.model.ValidationException;

/**
 * One condition a gate milestone needs: the chosen metrics meet their targets, no unresolved issue at or above a
 * grade (grade 2 means grades 1 and 2), no open risk scoring above a number, or the chosen tasks complete.
 */
public record GateCriterion(Kind kind, List<String> metricIds, Integer grade, Integer riskScore, List<Long> taskIds) {
    /** The kinds of condition. */
    public enum Kind { METRICS_MET, NO_OPEN_ISSUES, NO_RISK_ABOVE, TASKS_COMPLETE }

    public GateCriterion {
        if (kind == null) {
            throw new ValidationException("A gate criterion needs a kind.");
        }
        metricIds = metricIds == null ? List.of() : List.copyOf(metricIds);
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        if (kind == Kind.NO_OPEN_ISSUES && (grade == null || grade < 1 || grade > QualityIssue.GRADES)) {
            throw new ValidationException("A gate's issue criterion needs a grade from 1 to 5.");
        }
        if (kind == Kind.NO_RISK_ABOVE && (riskScore == null || riskScore < 0 || riskScore > 25)) {
            throw new ValidationException("A gate's risk criterion needs a score from 0 to 25.");
        }
    }

    public static GateCriterion metrics(List<String> ids) {
        return new GateCriterion(Kind.METRICS_MET, ids, null, null, null);
    }

    public static GateCriterion noIssuesAtOrAbove(int grade) {
        return new GateCriterion(Kind.NO_OPEN_ISSUES, null, grade, null, null);
    }

    public static GateCriterion noRiskAbove(int score) {
        return new GateCriterion(Kind.NO_RISK_ABOVE, null, null, score, null);
    }

    public static GateCriterion tasksComplete(List<Long> ids) {
        return new GateCriterion(Kind.TASKS_COMPLETE, null, null, null, ids);
    }

    /** The condition in words: "no open issue of grade 1 or 2". */
    public String describe() {
        return switch (kind) {
            case METRICS_MET -> metricIds.size() == 1 ? "metric " + metricIds.getFirst() + " meets its target"
                    : metricIds.size() + " metrics meet their targets";
            case NO_OPEN_ISSUES -> grade == 1 ? "no open Grade 1 issue"
                    : "no open issue of Grade 1" + (grade == 2 ? " or 2" : " to " + grade);
            case NO_RISK_ABOVE -> "no open risk scoring above " + riskScore;
            case TASKS_COMPLETE -> taskIds.size() == 1 ? "1 task complete" : taskIds.size() + " tasks complete";
        };
    }
}
