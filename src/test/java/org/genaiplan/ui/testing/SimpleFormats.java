package org.genaiplan.ui.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.TaskFormats;

/**
 * A small stand-in for the scheduler's DurationFormat and PredecessorFormat, so the editor's tests do not
 * depend on another branch: days-based durations and WBS-code references with FS/SS/FF/SF and a lag.
 */
public final class SimpleFormats implements TaskFormats {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mo|m|h|d|w)?");
    private static final Pattern LINK = Pattern.compile("(\\d+(?:\\.\\d+)*)\\s*(FS|SS|FF|SF)?\\s*([+-]\\s*\\S+)?");

    @Override
    public long parseDuration(Plan plan, String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ValidationException("\"" + text + "\" is not a duration; write it like 3d, 4h, 1.5w, 2mo or 30m.");
        }
        double n = Double.parseDouble(m.group(1));
        int day = plan.calendar().minutesPerDay();
        String unit = m.group(2) == null ? "d" : m.group(2);
        double minutes = switch (unit) {
            case "m" -> n;
            case "h" -> n * 60;
            case "w" -> n * 5 * day;
            case "mo" -> n * 20 * day;
            default -> n * day;
        };
        return Math.round(minutes);
    }

    @Override
    public String formatDuration(Plan plan, long minutes) {
        double days = minutes / (double) plan.calendar().minutesPerDay();
        return (days == Math.rint(days) ? String.valueOf((long) days) : String.format(Locale.ROOT, "%.2f", days)) + "d";
    }

    @Override
    public List<Dependency> parsePredecessors(Plan plan, Task successor, String text) {
        List<Dependency> out = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = LINK.matcher(part.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new ValidationException("\"" + part.strip() + "\" is not a predecessor; write it like 3, 3FS+2d or 1.2SS-4h.");
            }
            Task pred = plan.taskByWbsCode(m.group(1));
            if (pred == null) {
                throw new ValidationException("There is no row " + m.group(1) + " to depend on.");
            }
            if (pred == successor) {
                throw new ValidationException("A task cannot depend on itself.");
            }
            if (pred.isAncestorOf(successor) || successor.isAncestorOf(pred)) {
                throw new ValidationException("A task cannot depend on its own summary or subtask.");
            }
            DependencyType type = m.group(2) == null ? DependencyType.FS : DependencyType.valueOf(m.group(2));
            long lag = m.group(3) == null ? 0 : lag(plan, m.group(3).replace(" ", ""));
            out.add(new Dependency(pred.id(), successor.id(), type, lag));
        }
        for (Dependency d : out) {
            if (reaches(plan, successor, plan.task(d.predecessorId()))) {
                throw new ValidationException("Linking " + plan.wbsCode(plan.task(d.predecessorId())) + " to "
                        + plan.wbsCode(successor) + " would make a cycle.");
            }
        }
        return out;
    }

    private long lag(Plan plan, String signed) {
        long value = parseDuration(plan, signed.substring(1));
        return signed.startsWith("-") ? -value : value;
    }

    /** True if {@code to} follows {@code from} through successor links. */
    private static boolean reaches(Plan plan, Task from, Task to) {
        Deque<Task> stack = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        stack.push(from);
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            if (t == to) {
                return true;
            }
            if (seen.add(t.id())) {
                for (Dependency d : plan.successorsOf(t)) {
                    stack.push(plan.task(d.successorId()));
                }
            }
        }
        return false;
    }

    @Override
    public String formatPredecessors(Plan plan, Task successor) {
        List<String> parts = new ArrayList<>();
        for (Dependency d : plan.predecessorsOf(successor)) {
            String s = plan.wbsCode(plan.task(d.predecessorId()));
            if (d.type() != DependencyType.FS || d.lagMinutes() != 0) {
                s += d.type();
            }
            if (d.lagMinutes() != 0) {
                s += (d.lagMinutes() > 0 ? "+" : "-") + formatDuration(plan, Math.abs(d.lagMinutes()));
            }
            parts.add(s);
        }
        return String.join(", ", parts);
    }
}
