package org.genaiplan.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Reads and writes a task's predecessors in the notation of MS Project's Predecessors column, by ID (the
 * row number, see {@link TaskIds}): comma-separated entries such as {@code 3}, {@code 3FS+2d},
 * {@code 7SS-4h}, {@code 5FF}.
 *
 * <p>An entry names a task by its ID, then optionally a link type (FS when left out) and a lag or lead in
 * working time ({@code +2d}, {@code -4h}; a number alone is in days). A WBS code is also accepted after the
 * prefix {@code W} ({@code W1.2}, {@code w3FS+2d}). Written back, every predecessor appears by ID, so that
 * the column has one notation and the text reads back to the same links. How the text is read:
 * {@link PredecessorScanner}.
 */
public final class PredecessorFormat {
    /** Text for a tooltip over a predecessors cell. */
    public static final String HELP = "Predecessors, separated by commas: a task's ID (its row number, such as 3) "
            + "or W and a WBS code (W1.2), then optionally FS, SS, FF or SF and a lag or lead such as +2d or -4h. "
            + "Example: 3, 7SS+1d, W1.2FF.";

    private final Plan plan;
    private final DurationFormat durations;
    private final PredecessorScanner scanner;
    private final TaskIds ids;

    public PredecessorFormat(Plan plan) {
        this(plan, new TaskIds(plan));
    }

    /** A format that shares the plan's ID index with the caller. */
    public PredecessorFormat(Plan plan, TaskIds ids) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.durations = new DurationFormat(plan.calendar());
        this.scanner = new PredecessorScanner(durations, false);
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The plan's IDs as this format reads and writes them. */
    public TaskIds ids() {
        return ids;
    }

    /**
     * The links the text gives {@code successor}, checked: every entry names an existing task, none is the
     * task itself, none is listed twice, and none would close a loop. Empty text means no predecessors.
     * Does not change the plan; the first entry that fails is refused with a sentence naming it.
     */
    public List<Dependency> parse(Task successor, String text) {
        List<Dependency> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String raw : PredecessorScanner.split(text)) {
            PredecessorEntry entry = scanner.readEntry(raw);
            Dependency d = link(successor, resolve(entry), entry);
            if (!seen.add(d.predecessorId())) {
                throw new ValidationException("Entry " + entry.shown() + " lists \""
                        + plan.task(d.predecessorId()).name() + "\" a second time.");
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The link an entry gives {@code successor} from {@code predecessor}, refused with a sentence naming the
     * entry when it links the task to itself or would close a loop. Does not change the plan.
     */
    public Dependency link(Task successor, Task predecessor, PredecessorEntry entry) {
        if (predecessor == successor) {
            throw new ValidationException("Entry " + entry.shown() + " is this task itself; a task cannot depend "
                    + "on itself.");
        }
        Dependency d = new Dependency(predecessor.id(), successor.id(), entry.type(), entry.lagMinutes());
        DependencyGraph.findCycleIfAdded(plan, d).ifPresent(cycle -> {
            List<String> path = new ArrayList<>();
            cycle.tasks().forEach(t -> path.add(reference(t)));
            throw new ValidationException("Entry " + entry.shown() + " would make a loop: "
                    + String.join(" -> ", path) + ".");
        });
        return d;
    }

    /** The task's predecessors as text, such as {@code 3, 7SS+1d}. */
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

    /** One link as text, naming its predecessor by ID. */
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

    /** How the text names a task: its ID. */
    public String reference(Task task) {
        return Integer.toString(ids.idOf(task));
    }

    private Task resolve(PredecessorEntry entry) {
        String ref = entry.reference();
        if (entry.byWbsCode()) {
            Task t = plan.taskByWbsCode(ref);
            if (t == null) {
                throw new ValidationException("Entry " + entry.shown() + ": no task has the WBS code " + ref + ".");
            }
            return t;
        }
        Task t = ref.length() > 10 ? null : ids.taskWithId(Long.parseLong(ref));
        if (t == null) {
            throw new ValidationException("Entry " + entry.shown() + ": no task has the ID "
                    + PredecessorScanner.shorten(ref) + " (the IDs go from 1 to " + ids.count() + ").");
        }
        return t;
    }
}
