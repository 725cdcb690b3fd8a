package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;

/**
 * What {@link TemplateFragment#apply} added to a plan: the new top task(s) (with their subtrees and
 * internal dependencies), the risks it created and the roles the plan did not have before. Risks the plan
 * already had (same title) were only linked to the new tasks; removing the tasks drops those links.
 * {@link #undo(Plan)} takes all of it out again as one step.
 */
public record FragmentInsertion(List<Task> roots, List<Risk> addedRisks, List<Role> addedRoles) {

    public FragmentInsertion {
        roots = List.copyOf(roots);
        addedRisks = List.copyOf(addedRisks);
        addedRoles = List.copyOf(addedRoles);
    }

    /** Removes what the fragment added, leaving the plan as it was before; the result can redo it. */
    public Removed undo(Plan plan) {
        List<RemovedTasks> tasks = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            tasks.add(plan.remove(roots.get(i)));
        }
        List<Integer> riskIndexes = new ArrayList<>();
        for (int i = addedRisks.size() - 1; i >= 0; i--) {
            riskIndexes.add(plan.removeRisk(addedRisks.get(i)));
        }
        for (int i = addedRoles.size() - 1; i >= 0; i--) {
            plan.removeRole(addedRoles.get(i).name());
        }
        return new Removed(this, List.copyOf(tasks), List.copyOf(riskIndexes));
    }

    /** A fragment taken out by {@link #undo(Plan)}; {@link #redo(Plan)} puts it back with the same ids. */
    public record Removed(FragmentInsertion insertion, List<RemovedTasks> tasks, List<Integer> riskIndexes) {

        public FragmentInsertion redo(Plan plan) {
            insertion.addedRoles().forEach(plan::putRole);
            List<Risk> risks = insertion.addedRisks();
            for (int i = 0; i < risks.size(); i++) {
                plan.restoreRisk(risks.get(i), riskIndexes.get(risks.size() - 1 - i));
            }
            for (int i = tasks.size() - 1; i >= 0; i--) {
                plan.restore(tasks.get(i));
            }
            return insertion;
        }
    }
}
