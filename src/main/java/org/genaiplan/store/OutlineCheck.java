package org.genaiplan.store;

import java.util.List;
import java.util.Map;

/**
 * The outline of a package's tasks: every parent exists, no task is its own ancestor and no task lies deeper
 * than the outline may go. Each task's depth is worked out once, so the check is linear in the tasks.
 */
final class OutlineCheck {
    private static final int ON_PATH = -1;

    private final ValueCheck values;
    private final int maxLevels;

    OutlineCheck(ValueCheck values, int maxLevels) {
        this.values = values;
        this.maxLevels = maxLevels;
    }

    /** {@code index} maps each task id to its row. */
    void check(List<PlanData.TaskRow> rows, Map<Long, Integer> index) throws PlanFileException {
        int n = rows.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            Long p = rows.get(i).parentId();
            Integer at = p == null ? Integer.valueOf(-1) : index.get(p);
            if (at == null) {
                throw refuse(rows.get(i), "has the parent " + p + ", which does not exist");
            }
            parent[i] = at;
        }
        int[] depth = new int[n];
        int[] path = new int[Math.min(n, maxLevels + 1) + 1];
        for (int i = 0; i < n; i++) {
            int size = 0;
            int j = i;
            while (j >= 0 && depth[j] == 0) {
                if (size == path.length) {
                    throw tooDeep(rows.get(i), "more than " + Sentences.number(maxLevels));
                }
                depth[j] = ON_PATH;
                path[size++] = j;
                j = parent[j];
            }
            if (j >= 0 && depth[j] == ON_PATH) {
                throw refuse(rows.get(j), "is its own ancestor (its chain of parents loops back to it)");
            }
            int d = j < 0 ? 0 : depth[j];
            for (int k = size - 1; k >= 0; k--) {
                depth[path[k]] = ++d;
                if (d > maxLevels) {
                    throw tooDeep(rows.get(path[k]), Sentences.number(d));
                }
            }
        }
    }

    private PlanFileException tooDeep(PlanData.TaskRow row, String levels) {
        return refuse(row, "lies " + levels + " levels deep; an outline may have at most " + Sentences.number(maxLevels)
                + " levels");
    }

    private PlanFileException refuse(PlanData.TaskRow row, String problem) {
        return values.refuse(ValueCheck.named("task", row.id(), row.name()) + values.in(PackageFormat.TASKS), problem);
    }
}
