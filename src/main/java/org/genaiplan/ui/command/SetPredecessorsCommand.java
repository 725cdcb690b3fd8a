package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Replaces a task's predecessors with a new list (what typing into the Predecessors column does).
 * The list must have been checked already (references exist, no cycle).
 */
public final class SetPredecessorsCommand implements PlanCommand {
    private final long taskId;
    private final List<Dependency> newLinks;
    private List<Dependency> oldLinks;

    public SetPredecessorsCommand(long taskId, List<Dependency> newLinks) {
        this.taskId = taskId;
        this.newLinks = List.copyOf(newLinks);
    }

    @Override
    public String displayName() {
        return "Edit Predecessors";
    }

    @Override
    public void execute(Plan plan) {
        Task task = plan.task(taskId);
        List<Dependency> old = List.copyOf(plan.predecessorsOf(task));
        replace(plan, old, newLinks);
        oldLinks = old;
    }

    @Override
    public void undo(Plan plan) {
        replace(plan, newLinks, oldLinks);
    }

    @Override
    public void redo(Plan plan) {
        replace(plan, oldLinks, newLinks);
    }

    private static void replace(Plan plan, List<Dependency> out, List<Dependency> in) {
        out.forEach(plan::removeDependency);
        int added = 0;
        try {
            for (Dependency d : in) {
                plan.addDependency(d);
                added++;
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < added; i++) {
                plan.removeDependency(in.get(i));
            }
            out.forEach(plan::addDependency);
            throw e;
        }
    }
}
