package org.genaiplan.ui.quality;

import java.time.LocalDate;
import org.genaiplan.model.quality.IssueStatus;

/** What the issue dialog gives back: the fields a user fills in (metric by id, task and risk by id, or null). */
public record IssueInput(String title, int grade, IssueStatus status, LocalDate found, String owner, String metricId,
                         Long taskId, Long riskId, String description) {
}
