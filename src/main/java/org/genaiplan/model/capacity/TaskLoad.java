package org.genaiplan.model.capacity;

import java.util.List;
import org.genaiplan.model.ValidationException;

/**
 * What a task asks of the team and the GPU pools beyond its duration: the people and roles assigned with
 * their units; whether it is effort-driven (adding people shortens it); the GPU pool its compute lines draw
 * on (null: the first pool of the lines' GPU type); the levelling delay accepted from a levelling proposal,
 * in working minutes after the start its links and constraint allow; and a user priority (0 to 1000,
 * higher levels first among tasks of equal slack).
 */
public record TaskLoad(List<Assignment> assignments, boolean effortDriven, String pool, long levelingDelayMinutes,
                       int priority) {
    public static final int DEFAULT_PRIORITY = 500;
    public static final TaskLoad NONE = new TaskLoad(List.of(), false, null, 0, DEFAULT_PRIORITY);

    public TaskLoad {
        assignments = List.copyOf(assignments == null ? List.of() : assignments);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Assignment a : assignments) {
            if (!seen.add(a.resource().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("\"" + a.resource() + "\" is assigned to the task twice.");
            }
        }
        pool = pool == null || pool.isBlank() ? null : pool.strip();
        if (levelingDelayMinutes < 0) {
            throw new ValidationException("A levelling delay cannot be negative.");
        }
        if (priority < 0 || priority > 1000) {
            throw new ValidationException("A priority must be between 0 and 1000.");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The sum of the units of every assignment, in percent. */
    public int totalUnits() {
        return assignments.stream().mapToInt(Assignment::units).sum();
    }

    /** The work of every assignment over a task of {@code durationMinutes}. */
    public long workMinutes(long durationMinutes) {
        return assignments.stream().mapToLong(a -> a.workMinutes(durationMinutes)).sum();
    }

    /**
     * The duration an effort-driven task takes when {@code newAssignments} replace the current ones, keeping
     * its work: work / new total units. Not effort-driven, or no units before or after: the same duration.
     */
    public long effortDrivenDuration(long durationMinutes, List<Assignment> newAssignments) {
        int before = totalUnits();
        int after = newAssignments.stream().mapToInt(Assignment::units).sum();
        if (!effortDriven || before == 0 || after == 0) {
            return durationMinutes;
        }
        long work = Math.multiplyExact(durationMinutes, before);
        return (work + after / 2) / after;
    }

    public TaskLoad withAssignments(List<Assignment> list) {
        return new TaskLoad(list, effortDriven, pool, levelingDelayMinutes, priority);
    }

    public TaskLoad withEffortDriven(boolean on) {
        return new TaskLoad(assignments, on, pool, levelingDelayMinutes, priority);
    }

    public TaskLoad withPool(String name) {
        return new TaskLoad(assignments, effortDriven, name, levelingDelayMinutes, priority);
    }

    public TaskLoad withLevelingDelay(long minutes) {
        return new TaskLoad(assignments, effortDriven, pool, minutes, priority);
    }

    public TaskLoad withPriority(int p) {
        return new TaskLoad(assignments, effortDriven, pool, levelingDelayMinutes, p);
    }

    /** "Ana 50 %, ML engineer 200 %". */
    public String assignmentsText() {
        StringBuilder b = new StringBuilder();
        for (Assignment a : assignments) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(a.resource()).append(' ').append(a.units()).append(" %");
        }
        return b.toString();
    }

    /** Reads {@link #assignmentsText()}'s form back ("Ana 50%, Bo"; no units means 100 %). */
    public static List<Assignment> parseAssignments(String text) {
        List<Assignment> out = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s*(\\d+)\\s*%$").matcher(p);
            if (m.matches() && !m.group(1).isBlank()) {
                out.add(new Assignment(m.group(1), Integer.parseInt(m.group(2))));
            } else {
                out.add(new Assignment(p, 100));
            }
        }
        return out;
    }
}
