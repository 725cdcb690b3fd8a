package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;

/**
 * Removes the links between the given tasks (MS Project's Unlink Tasks, Ctrl+Shift+F2); with one task,
 * removes all of its links. Undo puts the same links back.
 */
public final class UnlinkTasksCommand implements PlanCommand {
    private final Set<Long> taskIds;
    private final List<Dependency> removed = new ArrayList<>();

    public UnlinkTasksCommand(List<Long> taskIds) {
        this.taskIds = new HashSet<>(taskIds);
    }

    @Override
    public String displayName() {
        return "Unlink Tasks";
    }

    @Override
    public void execute(Plan plan) {
        boolean single = taskIds.size() == 1;
        List<Dependency> doomed = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            boolean from = taskIds.contains(d.predecessorId());
            boolean to = taskIds.contains(d.successorId());
            if (single ? from || to : from && to) {
                doomed.add(d);
            }
        }
        if (doomed.isEmpty()) {
            throw new ValidationException(single ? "The selected task has no links."
                    : "The selected tasks are not linked to each other.");
        }
        removed.clear();
        for (Dependency d : doomed) {
            plan.removeDependency(d);
            removed.add(d);
        }
    }

    @Override
    public void undo(Plan plan) {
        for (Dependency d : removed) {
            plan.addDependency(d);
        }
    }

    @Override
    public void redo(Plan plan) {
        for (Dependency d : removed) {
            plan.removeDependency(d);
        }
    }
}
