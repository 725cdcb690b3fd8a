package org.genaiplan.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Loop checks on a plan's dependency network, where a link to or from a summary stands for its whole
 * subtree. Commands call {@link #findCycleIfAdded} before {@link Plan#addDependency}.
 */
public final class DependencyGraph {
    private DependencyGraph() {
    }

    /** A loop the new link would close: the tasks along it, first task repeated at the end. */
    public record Cycle(List<Task> tasks, String path, String message) {
    }

    /**
     * Whether adding {@code dependency} would make a loop, and if so which. A link between a summary and
     * one of its own subtasks is a loop too (the summary spans the subtask).
     */
    public static Optional<Cycle> findCycleIfAdded(Plan plan, Dependency dependency) {
        Task pred = plan.task(dependency.predecessorId());
        Task succ = plan.task(dependency.successorId());
        if (pred == null || succ == null) {
            return Optional.empty();
        }
        if (pred.isAncestorOf(succ) || succ.isAncestorOf(pred)) {
            Task summary = pred.isAncestorOf(succ) ? pred : succ;
            Task sub = summary == pred ? succ : pred;
            String path = plan.wbsCode(pred) + " -> " + plan.wbsCode(succ) + " -> " + plan.wbsCode(pred);
            return Optional.of(new Cycle(List.of(pred, succ, pred), path,
                    "\"" + summary.name() + "\" (" + plan.wbsCode(summary) + ") contains \"" + sub.name() + "\" ("
                            + plan.wbsCode(sub) + "); a summary cannot be linked to its own subtasks."));
        }
        // Search forward from the new link's successor for the predecessor's outgoing node.
        long target = outKey(pred);
        long startKey = inKey(succ);
        Map<Long, Long> cameFrom = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        cameFrom.put(startKey, startKey);
        queue.add(startKey);
        boolean found = false;
        while (!queue.isEmpty() && !found) {
            long key = queue.poll();
            for (long next : successors(plan, key)) {
                if (cameFrom.putIfAbsent(next, key) == null) {
                    if (next == target) {
                        found = true;
                        break;
                    }
                    queue.add(next);
                }
            }
        }
        if (!found) {
            return Optional.empty();
        }
        List<Task> path = new ArrayList<>();
        for (long key = target; ; key = cameFrom.get(key)) {
            Task t = plan.task(key >>> 1);
            if (path.isEmpty() || path.get(path.size() - 1) != t) {
                path.add(t);
            }
            if (key == startKey) {
                break;
            }
        }
        Collections.reverse(path); // succ ... pred
        List<Task> loop = new ArrayList<>();
        loop.add(pred);
        loop.addAll(path);
        if (loop.get(loop.size() - 1) != pred) {
            loop.add(pred);
        }
        List<String> codes = new ArrayList<>();
        for (Task t : loop) {
            codes.add(plan.wbsCode(t));
        }
        String named = String.join(" -> ", codes);
        return Optional.of(new Cycle(loop, named, "This link would make a loop: " + named + "."));
    }

    /** The loops in a plan (for example one loaded from a file), each named by WBS codes. */
    public static List<String> findCycles(Plan plan) {
        Network net = new Network(plan);
        List<String> out = new ArrayList<>();
        for (List<Task> loop : net.loops) {
            List<String> codes = new ArrayList<>();
            loop.forEach(t -> codes.add(plan.wbsCode(t)));
            out.add(String.join(" -> ", codes));
        }
        return out;
    }

    // Nodes are keyed id * 2 + 0 for a task's incoming side (a leaf, or a summary's gate) and id * 2 + 1
    // for a summary's outgoing side (its envelope). A leaf's outgoing side is its incoming key.

    private static long inKey(Task t) {
        return t.id() << 1;
    }

    private static long outKey(Task t) {
        return t.hasChildren() ? (t.id() << 1) | 1 : t.id() << 1;
    }

    private static List<Long> successors(Plan plan, long key) {
        Task t = plan.task(key >>> 1);
        List<Long> out = new ArrayList<>();
        boolean gate = (key & 1) == 0 && t.hasChildren();
        if (gate) {
            for (Task c : t.children()) {
                out.add(inKey(c));
            }
            return out;
        }
        if (t.parent() != null) {
            out.add(outKey(t.parent()));
        }
        for (Dependency d : plan.successorsOf(t)) {
            out.add(inKey(plan.task(d.successorId())));
        }
        return out;
    }
}
