package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.PeopleCost;

/**
 * The tasks that name a role or person, as their owner or in a cost line, so that a rename can follow into
 * them and be put back exactly.
 */
final class OwnerReferences {
    private record Refs(long taskId, String owner, List<CostLine> lines) {
    }

    private final List<Refs> before = new ArrayList<>();

    private OwnerReferences() {
    }

    /** Renames {@code from} to {@code to} in every task that names it; returns what to put back. */
    static OwnerReferences rename(Plan plan, String from, String to) {
        OwnerReferences refs = new OwnerReferences();
        for (Task t : plan.tasksInOrder()) {
            List<CostLine> lines = renamed(t.costLines(), from, to);
            boolean owner = from.equals(t.ownerRole());
            if (owner || lines != t.costLines()) {
                refs.before.add(new Refs(t.id(), t.ownerRole(), t.costLines()));
                if (owner) {
                    t.setOwnerRole(to);
                }
                t.setCostLines(lines);
            }
        }
        return refs;
    }

    /** Puts back the owners and cost lines the rename changed. */
    void restore(Plan plan) {
        for (Refs r : before) {
            Task t = plan.task(r.taskId());
            t.setOwnerRole(r.owner());
            t.setCostLines(r.lines());
        }
    }

    /** How many tasks {@code name} owns. */
    static int ownedTasks(Plan plan, String name) {
        int owned = 0;
        for (Task t : plan.tasksInOrder()) {
            if (name.equals(t.ownerRole())) {
                owned++;
            }
        }
        return owned;
    }

    /** "1 task" or "3 tasks". */
    static String tasks(int count) {
        return count == 1 ? "1 task" : count + " tasks";
    }

    /** The lines with {@code from} renamed, or the same list when none names it. */
    private static List<CostLine> renamed(List<CostLine> lines, String from, String to) {
        List<CostLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            CostInput in = lines.get(i).input();
            CostInput changed = switch (in) {
                case PeopleCost p when from.equals(p.role()) -> new PeopleCost(to, p.hours());
                case AnnotationCost a when from.equals(a.role()) -> new AnnotationCost(to, a.items(), a.minutesPerItem());
                case EvaluationCost e when from.equals(e.role()) -> new EvaluationCost(to, e.hours());
                default -> in;
            };
            if (changed != in) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, lines.get(i).withInput(changed));
            }
        }
        return out == null ? lines : List.copyOf(out);
    }
}
