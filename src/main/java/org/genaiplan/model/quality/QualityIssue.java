package org.genaiplan.model.quality;

import java.time.LocalDate;
import org.genaiplan.model.ValidationException;

/**
 * An entry of the issue log: a model or product fault graded 1 (critical) to 5 (informational), its status,
 * when it was found and fixed, who owns it, and the task, metric and risk it concerns (each optional).
 */
public record QualityIssue(long id, String title, int grade, IssueStatus status, LocalDate found, LocalDate fixed,
                           String owner, Long taskId, String metricId, Long riskId, String description) {
    public static final int GRADES = 5;

    public QualityIssue {
        if (id <= 0) {
            throw new ValidationException("An issue id must be positive.");
        }
        title = Texts.required(title, "An issue needs a title.");
        if (grade < 1 || grade > GRADES) {
            throw new ValidationException("Issue grades run from 1 (critical) to 5 (informational), not " + grade + ".");
        }
        if (status == null) {
            status = IssueStatus.OPEN;
        }
        if (found != null && fixed != null && fixed.isBefore(found)) {
            throw new ValidationException("Issue \"" + title + "\" cannot be fixed before it was found.");
        }
        owner = Texts.optional(owner);
        metricId = Texts.optional(metricId).isEmpty() ? null : metricId.strip();
        description = Texts.optional(description);
    }

    public QualityIssue withStatus(IssueStatus newStatus, LocalDate fixedOn) {
        return new QualityIssue(id, title, grade, newStatus, found, fixedOn, owner, taskId, metricId, riskId,
                description);
    }

    public QualityIssue withGrade(int newGrade) {
        return new QualityIssue(id, title, newGrade, status, found, fixed, owner, taskId, metricId, riskId, description);
    }

    public QualityIssue withTitle(String newTitle) {
        return new QualityIssue(id, newTitle, grade, status, found, fixed, owner, taskId, metricId, riskId, description);
    }

    public QualityIssue withOwner(String newOwner) {
        return new QualityIssue(id, title, grade, status, found, fixed, newOwner, taskId, metricId, riskId, description);
    }

    public QualityIssue withMetric(String newMetric) {
        return new QualityIssue(id, title, grade, status, found, fixed, owner, taskId, newMetric, riskId, description);
    }
}
