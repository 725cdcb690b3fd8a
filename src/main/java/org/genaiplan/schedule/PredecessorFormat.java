package org.genaiplan.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Reads and writes a task's predecessors in the notation of MS Project's Predecessors column:
 * comma-separated entries such as {@code 3}, {@code 3FS+2d}, {@code 1.2SS-4h}, {@code 5FF}.
 *
 * <p>An entry names a row, then optionally a link type (FS when left out) and a lag or lead in working
 * time ({@code +2d}, {@code -4h}; a number alone is in days). <b>A number without a dot is a row number</b>
 * (1 is the first row of the WBS, as in MS Project's ID column); <b>a code with a dot is a WBS code</b>
 * ({@code 1.2}). Written back, nested tasks appear by WBS code and top-level tasks by row number, so that the
 * text reads back to the same links.
 */
public final class PredecessorFormat {
    /** Text for a tooltip over a predecessors cell. */
    public static final String HELP = "Predecessors, separated by commas: a row number (3) or a WBS code with a "
            + "dot (1.2), then optionally FS, SS, FF or SF and a lag or lead such as +2d or -4h. Example: 3, 1.2SS+1d.";

    private static final Pattern ENTRY = Pattern.compile(
            "(\\d+(?:\\.\\d+)*)\\s*(fs|ss|ff|sf)?\\s*(?:([+-])\\s*(\\S(?:.*\\S)?))?", Pattern.CASE_INSENSITIVE);

    private final Plan plan;
    private final DurationFormat durations;
    private List<Task> rows;
    private Map<Long, Integer> rowOfId;
    private long rowsVersion = -1;

    public PredecessorFormat(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.durations = new DurationFormat(plan.calendar());
    }

    /**
     * The links the text gives {@code successor}, checked: every entry names an existing row, none is the
     * task itself, none is listed twice, and none would close a loop. Empty text means no predecessors.
     * Does not change the plan.
     */
    public List<Dependency> parse(Task successor, String text) {
        List<Dependency> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Set<Long> seen = new HashSet<>();
        for (String raw : text.split("[,;]")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new ValidationException("Entry \"" + entry + "\" is not understood; write a row number or WBS code, "
                        + "optionally a type (FS, SS, FF, SF) and a lag, such as 3FS+2d.");
            }
            Task pred = resolve(entry, m.group(1));
            if (pred == successor) {
                throw new ValidationException("Entry \"" + entry + "\" is this task itself; a task cannot depend on itself.");
            }
            if (!seen.add(pred.id())) {
                throw new ValidationException("Entry \"" + entry + "\" lists \"" + pred.name() + "\" a second time.");
            }
            DependencyType type = m.group(2) == null ? DependencyType.FS
                    : DependencyType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            long lag = 0;
            if (m.group(3) != null) {
                try {
                    lag = durations.parse(m.group(4));
                } catch (ValidationException e) {
                    throw new ValidationException("Entry \"" + entry + "\" has a lag that is not a duration; write it "
                            + "like +2d or -4h.");
                }
                if (m.group(3).equals("-")) {
                    lag = -lag;
                }
            }
            Dependency d = new Dependency(pred.id(), successor.id(), type, lag);
            DependencyGraph.findCycleIfAdded(plan, d).ifPresent(cycle -> {
                throw new ValidationException("Entry \"" + entry + "\" would make a loop: " + cycle.path() + ".");
            });
            out.add(d);
        }
        return out;
    }

    /** The task's predecessors as text, such as {@code 3, 1.2SS+1d}. */
    public String format(Task successor) {
        StringBuilder sb = new StringBuilder();
        for (Dependency d : plan.predecessorsOf(successor)) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(format(d));
        }
        return sb.toString();
    }

    /** One link as text, naming its predecessor. */
    public String format(Dependency d) {
        Task pred = plan.task(d.predecessorId());
        StringBuilder sb = new StringBuilder(reference(pred));
        if (d.type() != DependencyType.FS || d.lagMinutes() != 0) {
            sb.append(d.type());
        }
        if (d.lagMinutes() > 0) {
            sb.append('+').append(durations.format(d.lagMinutes()));
        } else if (d.lagMinutes() < 0) {
            sb.append(durations.format(d.lagMinutes()));
        }
        return sb.toString();
    }

    /** How the text names a task: its WBS code when nested, its row number when top-level. */
    public String reference(Task task) {
        if (task.parent() != null) {
            return plan.wbsCode(task);
        }
        refreshRows();
        return Integer.toString(rowOfId.get(task.id()) + 1);
    }

    private Task resolve(String entry, String ref) {
        if (ref.contains(".")) {
            Task t = plan.taskByWbsCode(ref);
            if (t == null) {
                throw new ValidationException("Entry \"" + entry + "\": no task has the WBS code " + ref + ".");
            }
            return t;
        }
        refreshRows();
        long row;
        try {
            row = Long.parseLong(ref);
        } catch (NumberFormatException e) {
            row = Long.MAX_VALUE;
        }
        if (row < 1 || row > rows.size()) {
            throw new ValidationException("Entry \"" + entry + "\": there is no row " + ref + " (the plan has "
                    + rows.size() + (rows.size() == 1 ? " row)." : " rows)."));
        }
        return rows.get((int) row - 1);
    }

    private void refreshRows() {
        if (rowsVersion != plan.structureVersion() || rows == null) {
            rows = plan.tasksInOrder();
            rowOfId = new HashMap<>(rows.size() * 2);
            for (int i = 0; i < rows.size(); i++) {
                rowOfId.put(rows.get(i).id(), i);
            }
            rowsVersion = plan.structureVersion();
        }
    }
}
