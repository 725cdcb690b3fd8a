package org.genaiplan.ui.quality;

/** One issue as the log shows it. */
public record IssueRow(long id, int grade, String gradeText, String title, String status, String statusKey,
                       String owner, String found, String fixed, String metric, String task, String risk,
                       String description) {
}
