package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** Helpers for acting on a selection of rows: drop nested rows, sort in outline order. */
final class TaskOrder {
    private TaskOrder() {
    }

    /**
     * The tasks of {@code ids} that exist and whose ancestors are not selected too, in row order.
     * Acting on these acts on the whole selection, since a task takes its subtree along.
     */
    static List<Task> topMost(Plan plan, Collection<Long> ids) {
        Set<Long> selected = new HashSet<>(ids);
        List<Task> out = new ArrayList<>();
        for (long id : selected) {
            Task t = plan.task(id);
            if (t == null) {
                continue;
            }
            boolean nested = false;
            for (Task p = t.parent(); p != null; p = p.parent()) {
                if (selected.contains(p.id())) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(t);
            }
        }
        // each task's place in the outline is read once, not at every comparison
        Map<Task, int[]> paths = new HashMap<>();
        for (Task t : out) {
            paths.put(t, path(plan, t));
        }
        out.sort(Comparator.comparing(paths::get, TaskOrder::comparePaths));
        return out;
    }

    /**
     * The task's place in the outline, as its outline code's numbers (1.2.3 is {1, 2, 3}), read from its
     * ancestors' places among their siblings: not from the plan's outline codes, which after a change of
     * the outline would be worked out again for every task.
     */
    private static int[] path(Plan plan, Task task) {
        int depth = 0;
        for (Task p = task; p != null; p = p.parent()) {
            depth++;
        }
        int[] out = new int[depth];
        for (Task p = task; p != null; p = p.parent()) {
            out[--depth] = plan.indexOf(p) + 1;
        }
        return out;
    }

    private static int comparePaths(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** "Indent task" or "Indent 3 tasks". */
    static String label(String verb, int count) {
        return count == 1 ? verb + " task" : verb + " " + count + " tasks";
    }
}
