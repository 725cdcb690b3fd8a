package org.genaiplan.app;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.model.lessons.LessonLog;
import org.genaiplan.templates.ComplianceMilestones;
import org.genaiplan.templates.RegulatoryDates;

/** The lines {@code genaiplan info} prints on compliance milestones and the lessons-learned log, when there are any. */
final class ComplianceReport {
    private ComplianceReport() {
    }

    static String of(Plan plan) {
        StringBuilder out = new StringBuilder();
        List<ComplianceMilestones.Milestone> milestones = ComplianceMilestones.of(plan, RegulatoryDates.shipped());
        if (!milestones.isEmpty()) {
            long late = milestones.stream().filter(m -> m.meetsDate().equals("no")).count();
            out.append("Compliance:   ").append(milestones.size())
                    .append(milestones.size() == 1 ? " milestone" : " milestones").append(", ")
                    .append(late == 0 ? "none" : String.valueOf(late)).append(" after its regulatory date\n");
        }
        LessonLog lessons = plan.lessons();
        if (!lessons.hasNone()) {
            int n = lessons.lessons().size();
            out.append("Lessons:      ").append(n).append(n == 1 ? " lesson" : " lessons").append(" (")
                    .append(lessons.count(LessonAction.REPEAT)).append(" to repeat, ")
                    .append(lessons.count(LessonAction.CHANGE)).append(" to change)\n");
        }
        return out.toString();
    }
}
