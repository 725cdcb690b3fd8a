package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;

/** Independent checks on built plans: cycles by plain DFS, and a full text snapshot for exact comparisons. */
final class PlanChecks {
    private PlanChecks() {
    }

    /** True if the plan's dependencies contain a loop (recursive depth-first search). */
    static boolean hasCycle(Plan plan) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (Dependency d : plan.dependencies()) {
            next.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>()).add(d.successorId());
        }
        Map<Long, Integer> colour = new HashMap<>();
        for (Task t : plan.tasksInOrder()) {
            if (visit(t.id(), next, colour)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visit(long id, Map<Long, List<Long>> next, Map<Long, Integer> colour) {
        Integer c = colour.get(id);
        if (c != null) {
            return c == 1;
        }
        colour.put(id, 1);
        for (long n : next.getOrDefault(id, List.of())) {
            if (visit(n, next, colour)) {
                return true;
            }
        }
        colour.put(id, 2);
        return false;
    }

    /**
     * Early start and finish of every leaf in working days from the plan start, by a plain forward pass
     * over the dependencies (repeated until nothing moves); summaries are left out.
     */
    static Map<Long, double[]> earlyDays(Plan plan) {
        Map<Long, double[]> early = new HashMap<>();
        double perDay = plan.calendar().minutesPerDay();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Task t : plan.tasksInOrder()) {
                if (t.hasChildren()) {
                    continue;
                }
                double d = t.durationMinutes() / perDay;
                double start = 0;
                for (Dependency dep : plan.predecessorsOf(t)) {
                    double[] p = early.getOrDefault(dep.predecessorId(), new double[2]);
                    double lag = dep.lagMinutes() / perDay;
                    double s = switch (dep.type()) {
                        case FS -> p[1] + lag;
                        case SS -> p[0] + lag;
                        case FF -> p[1] + lag - d;
                        case SF -> p[0] + lag - d;
                    };
                    start = Math.max(start, s);
                }
                double[] old = early.get(t.id());
                if (old == null || old[0] != start) {
                    early.put(t.id(), new double[] {start, start + d});
                    moved = true;
                }
            }
        }
        return early;
    }

    /** Every user-visible field of the plan's tasks, dependencies, risks and roles, as text. */
    static String snapshot(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (Task t : plan.tasksInOrder()) {
            sb.append(plan.wbsCode(t)).append(" #").append(t.id()).append(' ').append(t.name())
                    .append(" parent=").append(t.parent() == null ? "-" : t.parent().id())
                    .append(" min=").append(t.durationMinutes()).append(" ms=").append(t.isMilestone())
                    .append(" phase=").append(t.phase()).append(" owner=").append(t.ownerRole())
                    .append(" notes=").append(t.notes()).append('\n');
        }
        plan.dependencies().stream()
                .sorted(Comparator.comparingLong(Dependency::predecessorId).thenComparingLong(Dependency::successorId))
                .forEach(d -> sb.append(d).append('\n'));
        for (Risk r : plan.risks()) {
            sb.append(r.code()).append(' ').append(r.title()).append(" links=").append(r.linkedTaskIds())
                    .append(" P=").append(r.probability()).append(" I=").append(r.impact())
                    .append(" cat=").append(r.category()).append('\n');
        }
        sb.append(plan.roles().stream().map(Object::toString).collect(Collectors.joining(",")));
        return sb.toString();
    }
}
