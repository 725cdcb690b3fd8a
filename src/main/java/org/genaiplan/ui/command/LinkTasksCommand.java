package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.DependencyGraph;

/**
 * Links the given tasks one after the other, finish to start, in the order given (MS Project's Link Tasks,
 * Ctrl+F2). Pairs already linked are left as they are; a link that would close a loop refuses the whole
 * action before anything changes.
 */
public final class LinkTasksCommand implements PlanCommand {
    private final List<Long> taskIds;
    private final List<Dependency> added = new ArrayList<>();

    public LinkTasksCommand(List<Long> taskIds) {
        this.taskIds = List.copyOf(taskIds);
    }

    @Override
    public String displayName() {
        return "Link Tasks";
    }

    @Override
    public void execute(Plan plan) {
        if (taskIds.size() < 2) {
            throw new ValidationException("Select two or more tasks to link them one after the other.");
        }
        List<Dependency> wanted = new ArrayList<>();
        for (int i = 1; i < taskIds.size(); i++) {
            Task pred = plan.task(taskIds.get(i - 1));
            Task succ = plan.task(taskIds.get(i));
            if (pred == null || succ == null) {
                throw new ValidationException("A selected task no longer exists.");
            }
            if (pred.isAncestorOf(succ) || succ.isAncestorOf(pred)) {
                throw new ValidationException("\"" + pred.name() + "\" and \"" + succ.name()
                        + "\" are a summary and its subtask; a summary cannot be linked to its own subtasks.");
            }
            boolean linked = plan.predecessorsOf(succ).stream().anyMatch(d -> d.predecessorId() == pred.id());
            if (!linked) {
                wanted.add(new Dependency(pred.id(), succ.id(), DependencyType.FS, 0));
            }
        }
        if (wanted.isEmpty()) {
            throw new ValidationException("The selected tasks are already linked.");
        }
        added.clear();
        try {
            for (Dependency d : wanted) {
                DependencyGraph.findCycleIfAdded(plan, d).ifPresent(cycle -> {
                    throw new ValidationException(cycle.message());
                });
                plan.addDependency(d);
                added.add(d);
            }
        } catch (ValidationException e) {
            undo(plan);
            throw e;
        }
    }

    @Override
    public void undo(Plan plan) {
        for (int i = added.size() - 1; i >= 0; i--) {
            plan.removeDependency(added.get(i));
        }
    }

    @Override
    public void redo(Plan plan) {
        for (Dependency d : added) {
            plan.addDependency(d);
        }
    }
}
