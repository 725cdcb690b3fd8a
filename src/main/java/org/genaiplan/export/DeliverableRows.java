package org.genaiplan.export;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The deliverables a plan's tasks name in their notes: a line starting "Deliverable:" (as the compliance and
 * responsible-AI work packages write them), with what "accepted" means when the line says "Accepted when:". The
 * due milestone is the last milestone among the task's siblings, the package's sign-off.
 */
final class DeliverableRows {
    private static final String PREFIX = "Deliverable:";
    private static final String ACCEPTED = "Accepted when:";

    record Deliverable(String text, String acceptance, String owner, String dueMilestone, String status, String task) {
    }

    private DeliverableRows() {
    }

    static List<Deliverable> of(Plan plan) {
        List<Deliverable> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            String notes = t.notes();
            if (notes == null || !notes.contains(PREFIX)) {
                continue;
            }
            for (String line : notes.split("\n")) {
                String l = line.strip();
                if (!l.startsWith(PREFIX)) {
                    continue;
                }
                String text = l.substring(PREFIX.length()).strip();
                String acceptance = "";
                int a = text.indexOf(ACCEPTED);
                if (a >= 0) {
                    acceptance = text.substring(a + ACCEPTED.length()).strip();
                    text = text.substring(0, a).strip();
                }
                out.add(new Deliverable(text, acceptance, t.ownerRole() == null ? "" : t.ownerRole(), due(plan, t),
                        t.percentComplete() >= 100 ? "done" : "open", plan.wbsCode(t) + " " + t.name()));
            }
        }
        return out;
    }

    private static String due(Plan plan, Task t) {
        Task due = null;
        for (Task sibling : plan.children(t.parent())) {
            if (sibling.isMilestone()) {
                due = sibling;
            }
        }
        return due == null ? "" : plan.wbsCode(due) + " " + due.name();
    }
}
