package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The plan's compliance milestones: milestones whose notes name a regulatory date (as the compliance fragments
 * write them), each with that date and whether the scheduled milestone meets it.
 */
public final class ComplianceMilestones {
    private ComplianceMilestones() {
    }

    /** A compliance milestone and the regulatory date its notes name. */
    public record Milestone(Task task, RegulatoryDate date) {
        /** "yes", "no", "no legal date" or "not scheduled": whether the milestone finishes on or before the date. */
        public String meetsDate() {
            if (!date.hasDate()) {
                return "no legal date";
            }
            if (task.finish() == null) {
                return "not scheduled";
            }
            return task.finish().toLocalDate().isAfter(date.date()) ? "no" : "yes";
        }
    }

    /** The plan's milestones whose notes name a date of {@code dates}, in WBS order. */
    public static List<Milestone> of(Plan plan, RegulatoryDates dates) {
        List<Milestone> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            RegulatoryDate d = t.isMilestone() ? dates.forNotes(t.notes()) : null;
            if (d != null) {
                out.add(new Milestone(t, d));
            }
        }
        return out;
    }
}
