package org.genaiplan.ui.rows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.schedule.ResourceUsage;

/**
 * Which tasks work while one of their roles, people or GPU pools is over-allocated, and a sentence naming the
 * resource and the weeks, for the WBS sheet's name cells and the Gantt chart's bars. Worked out from
 * {@link ResourceUsage} once after a change, when a row first asks; a plan without assignments and GPU pools
 * costs one check and nothing else.
 */
public final class OverAllocations {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int MOST_NAMED = 3;

    private Plan plan;
    private Map<Long, String> tips;

    /** Forgets what was worked out: the plan changed or was rescheduled. */
    public void invalidate() {
        tips = null;
    }

    /** The sentence for a task working in an over-allocated period, or null. */
    public String of(Plan now, long taskId) {
        if (now == null) {
            return null;
        }
        if (tips == null || now != plan) {
            plan = now;
            tips = compute(now);
        }
        return tips.isEmpty() ? null : tips.get(taskId);
    }

    /** Whether a plan has anything that can be over-allocated: an assignment or a GPU pool. */
    static boolean hasCapacityData(CapacityState state) {
        return !state.pools().isEmpty() || !state.loads().isEmpty() && state.loads().values().stream()
                .anyMatch(l -> !l.assignments().isEmpty());
    }

    static Map<Long, String> compute(Plan plan) {
        if (!hasCapacityData(plan.capacity().state())) {
            return Map.of();
        }
        ResourceUsage usage;
        try {
            usage = new ResourceUsage(plan);
        } catch (RuntimeException e) {
            return Map.of(); // an unscheduled plan: nothing to mark until it has dates
        }
        Map<Long, Map<String, String>> byTask = new HashMap<>();
        for (ResourceUsage.Overload o : usage.overloads()) {
            String what = (o.name() + " " + weeks(o.first(), o.last()) + " ("
                    + usage.profile().amount(o.resource(), (int) Math.round(o.peak())) + " needed, "
                    + usage.profile().amount(o.resource(), o.available()) + " available)").replace(" %", "\u00a0%");
            for (long id : o.taskIds()) {
                byTask.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(o.name() + o.first(), what);
            }
        }
        Map<Long, String> out = new HashMap<>();
        byTask.forEach((id, lines) -> {
            StringBuilder b = new StringBuilder("Over-allocated: ");
            int n = 0;
            for (String line : lines.values()) {
                if (n == MOST_NAMED) {
                    b.append("\n... and ").append(lines.size() - MOST_NAMED).append(" more (see Resources > Usage)");
                    break;
                }
                b.append(n++ == 0 ? "" : "\n").append(line);
            }
            out.put(id, b.toString());
        });
        return out;
    }

    /** "in the week of 9 Mar 2026" or "from the week of 9 Mar 2026 to the week of 23 Mar 2026". */
    static String weeks(LocalDate first, LocalDate last) {
        LocalDate a = monday(first);
        LocalDate b = monday(last);
        if (a.equals(b)) {
            return "in the week of " + a.format(DAY);
        }
        return "from the week of " + a.format(DAY) + " to the week of " + b.format(DAY);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(java.time.DayOfWeek.MONDAY);
    }
}
