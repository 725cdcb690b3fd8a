package org.genaiplan.ui.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostLine;

/**
 * A detached copy of some WBS branches: what the clipboard carries between plans and what a template
 * fragment brings. Links refer to tasks by their position in the pre-order walk of {@link #roots}.
 */
public record TaskSubtree(List<Node> roots, List<Link> links, List<Role> roles) {

    public TaskSubtree {
        roots = List.copyOf(roots);
        links = List.copyOf(links);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** One task: its inputs, its children, its cost lines and the actual cost of its owner's work (or null). */
    public record Node(TaskInputs inputs, List<Node> children, List<CostLine> costLines, BigDecimal workActual) {
        public Node {
            children = children == null ? List.of() : List.copyOf(children);
            costLines = costLines == null ? List.of() : List.copyOf(costLines);
        }

        /** A task with no cost lines and no actual cost yet. */
        public Node(TaskInputs inputs, List<Node> children) {
            this(inputs, children, List.of(), null);
        }
    }

    public record Link(int predecessor, int successor, DependencyType type, long lagMinutes) {
    }

    /** Copies the given branches (each with its subtree) and the links among them. */
    public static TaskSubtree copyOf(Plan plan, List<Task> branches) {
        Map<Long, Integer> position = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        List<Task> all = new ArrayList<>();
        for (Task branch : branches) {
            roots.add(copy(branch, all, position));
        }
        List<Link> links = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (Task t : all) {
            for (Dependency d : plan.predecessorsOf(t)) {
                Integer pred = position.get(d.predecessorId());
                if (pred != null) {
                    links.add(new Link(pred, position.get(t.id()), d.type(), d.lagMinutes()));
                }
            }
            Role role = plan.role(t.ownerRole());
            if (role != null && !roles.contains(role)) {
                roles.add(role);
            }
        }
        return new TaskSubtree(roots, links, roles);
    }

    private static Node copy(Task task, List<Task> all, Map<Long, Integer> position) {
        position.put(task.id(), all.size());
        all.add(task);
        List<Node> children = new ArrayList<>();
        for (Task child : task.children()) {
            children.add(copy(child, all, position));
        }
        return new Node(TaskInputs.of(task), children, task.costLines(), task.workActualCost());
    }

    /** Number of tasks in all branches. */
    public int size() {
        int[] count = {0};
        roots.forEach(n -> count[0] += count(n));
        return count[0];
    }

    private static int count(Node node) {
        int n = 1;
        for (Node c : node.children()) {
            n += count(c);
        }
        return n;
    }
}
