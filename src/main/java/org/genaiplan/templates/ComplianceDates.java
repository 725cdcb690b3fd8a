package org.genaiplan.templates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Task;
import org.genaiplan.templates.Specs.TaskSpec;

/** Puts the regulatory dates a fragment's milestones name ({@code "dueBy"}) on the tasks built from them. */
final class ComplianceDates {
    private ComplianceDates() {
    }

    /** Every {@code dueBy} names a known date and sits on a milestone; templates ({@code none()}) have none. */
    static void check(SpecCheck check, Collection<TaskSpec> tasks, RegulatoryDates dates) {
        for (TaskSpec t : tasks) {
            if (t.dueBy() == null) {
                continue;
            }
            if (dates.get(t.dueBy()) == null) {
                throw check.fail("task \"" + t.key() + "\" is due by \"" + t.dueBy()
                        + "\", which is not a date of " + RegulatoryDates.FILE + ".");
            }
            if (!t.isMilestone()) {
                throw check.fail("task \"" + t.key() + "\" has a regulatory date, so it must be a milestone (0 days).");
            }
        }
    }

    /** Sets each named date as the milestone's deadline and adds its source and checked date to the notes. */
    static void apply(List<TaskSpec> specs, Map<String, Task> byKey, RegulatoryDates dates) {
        TaskBuilder.forEach(specs, spec -> {
            RegulatoryDate date = dates.get(spec.dueBy());
            if (date == null) {
                return;
            }
            Task task = byKey.get(spec.key().strip());
            if (date.hasDate()) {
                task.setDeadline(date.date());
            }
            String notes = task.notes();
            task.setNotes(notes == null || notes.isBlank() ? date.noteLines() : notes + "\n" + date.noteLines());
        });
    }
}
