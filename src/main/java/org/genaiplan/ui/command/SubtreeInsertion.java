package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.RemovedTasks;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;

/**
 * Puts a {@link TaskSubtree} into a plan as new tasks (new ids) at a place in the outline, with the links
 * among them and the roles they need; takes it out again and puts it back with the same ids.
 */
final class SubtreeInsertion {
    private final TaskSubtree subtree;
    private final long parentId;
    private final int index;
    private final List<Long> createdRoots = new ArrayList<>();
    private final List<Role> addedRoles = new ArrayList<>();
    private List<RemovedTasks> removed = List.of();

    SubtreeInsertion(TaskSubtree subtree, long parentId, int index) {
        this.subtree = subtree;
        this.parentId = parentId;
        this.index = index;
    }

    void execute(Plan plan) {
        Task parent = parentId == 0 ? null : plan.task(parentId);
        for (Role role : subtree.roles()) {
            if (plan.role(role.name()) == null && !plan.resources().hasPersonNamed(role.name())) {
                plan.putRole(role);
                addedRoles.add(role);
            }
        }
        List<Task> created = new ArrayList<>();
        int at = index;
        for (TaskSubtree.Node node : subtree.roots()) {
            Task root = add(plan, parent, at++, node, created);
            createdRoots.add(root.id());
        }
        for (TaskSubtree.Link link : subtree.links()) {
            plan.addDependency(new Dependency(created.get(link.predecessor()).id(),
                    created.get(link.successor()).id(), link.type(), link.lagMinutes()));
        }
    }

    private static Task add(Plan plan, Task parent, int index, TaskSubtree.Node node, List<Task> created) {
        Task task = plan.addTask(parent, index, node.inputs().name());
        node.inputs().applyTo(task);
        if (!node.costLines().isEmpty()) {
            task.setCostLines(node.costLines());
        }
        if (node.workActual() != null) {
            task.setWorkActualCost(node.workActual());
        }
        created.add(task);
        for (TaskSubtree.Node child : node.children()) {
            add(plan, task, task.children().size(), child, created);
        }
        return task;
    }

    void undo(Plan plan) {
        List<RemovedTasks> out = new ArrayList<>();
        for (long id : createdRoots.reversed()) {
            out.add(plan.remove(plan.task(id)));
        }
        removed = out;
        addedRoles.forEach(r -> plan.removeRole(r.name()));
    }

    void redo(Plan plan) {
        addedRoles.forEach(plan::putRole);
        for (RemovedTasks r : removed.reversed()) {
            plan.restore(r);
        }
    }

    List<Long> createdRoots() {
        return List.copyOf(createdRoots);
    }
}
