package org.genaiplan.ui.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.schedule.LevelProposal;
import org.genaiplan.schedule.Leveller;
import org.genaiplan.schedule.ResourceUsage;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanChange;
import org.genaiplan.ui.command.SetCapacityCommand;

/**
 * The capacity side of the Resources tab: GPU pools, each task's assignments, the usage of every resource
 * against what it has, and the levelling proposal. Edits are undoable commands returning null when accepted,
 * else the sentence saying why not.
 */
public final class CapacityViewModel {
    /** The pools table's columns that can be typed into. */
    public enum PoolColumn { NAME, GPU_TYPE, GPUS, CHANGES }

    /** The assignments table's columns that can be typed into. */
    public enum LoadColumn { ASSIGNMENTS, POOL, PRIORITY }

    /** One leaf task with what it asks for. */
    public record LoadRow(long taskId, String name, String wbs, TaskLoad load, String gpus) {
    }

    private final CommandRunner runner;
    private final ObservableList<GpuPool> pools = FXCollections.observableArrayList();
    private final ObservableList<LoadRow> loads = FXCollections.observableArrayList();
    private final ObjectProperty<ResourceUsage> usage = new SimpleObjectProperty<>(this, "usage");
    private final ObjectProperty<LevelProposal> proposal = new SimpleObjectProperty<>(this, "proposal");
    private java.util.function.BooleanSupplier active = () -> true;
    private boolean stale;

    public CapacityViewModel(CommandRunner runner) {
        this.runner = Objects.requireNonNull(runner);
        runner.editor().addChangeListener(this::changed);
        refresh();
    }

    private void changed(PlanChange change) {
        if (proposal.get() != null) {
            proposal.set(null);
        }
        if (active.getAsBoolean()) {
            refresh();
        } else {
            stale = true;
        }
    }

    /**
     * Tells when the capacity views are on screen: while they are not, a change only marks the lists stale
     * (an edit on the WBS of a large plan does not pay for the usage), and {@link #refreshIfStale} catches up.
     */
    public void setActive(java.util.function.BooleanSupplier shown) {
        active = Objects.requireNonNull(shown);
    }

    /** Brings everything up to date if a change came while the views were hidden. */
    public void refreshIfStale() {
        if (stale) {
            refresh();
        }
    }

    /** Brings pools, rows and usage up to date with the plan. */
    public void refresh() {
        stale = false;
        Plan plan = runner.plan();
        if (plan == null) {
            pools.clear();
            loads.clear();
            usage.set(null);
            return;
        }
        CapacityState s = plan.capacity().state();
        if (!pools.equals(s.pools())) {
            pools.setAll(s.pools());
        }
        List<LoadRow> rows = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && !t.isMilestone()) {
                rows.add(new LoadRow(t.id(), t.name(), plan.wbsCode(t), s.load(t.id()), gpusText(t)));
            }
        }
        loads.setAll(rows);
        usage.set(new ResourceUsage(plan));
    }

    private static String gpusText(Task t) {
        StringBuilder b = new StringBuilder();
        for (CostLine l : t.costLines()) {
            if (l.input() instanceof ComputeCost c && c.gpuCount() > 0) {
                b.append(b.isEmpty() ? "" : ", ").append(c.gpuCount()).append(" x ").append(c.gpuType());
            }
        }
        return b.toString();
    }

    public ObservableList<GpuPool> pools() {
        return pools;
    }

    public ObservableList<LoadRow> loads() {
        return loads;
    }

    public ObjectProperty<ResourceUsage> usageProperty() {
        return usage;
    }

    public ObjectProperty<LevelProposal> proposalProperty() {
        return proposal;
    }

    /** The tasks working in an over-allocated period. */
    public Set<Long> overloadedTasks() {
        return usage.get() == null ? Set.of() : usage.get().overloadedTasks();
    }

    // ---- pools ----

    public String addPool(String name) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("No plan is open.");
        }
        if (name == null || name.isBlank()) {
            return runner.refuse("Type a name for the GPU pool first.");
        }
        if (plan.capacity().state().pool(name) != null) {
            return runner.refuse("The plan already has a GPU pool called \"" + name.strip() + "\".");
        }
        String type = plan.priceTable().gpus().isEmpty() ? "H100" : plan.priceTable().gpus().getFirst().name();
        return set("Add GPU Pool", s -> s.withPool(new GpuPool(name, type, 8)));
    }

    public String removePool(int index) {
        if (index < 0 || index >= pools.size()) {
            return runner.refuse("Select a GPU pool to remove.");
        }
        String name = pools.get(index).name();
        return set("Remove GPU Pool", s -> s.withoutPool(name));
    }

    public String editPool(int index, PoolColumn column, String text) {
        if (index < 0 || index >= pools.size()) {
            return runner.refuse("That GPU pool no longer exists.");
        }
        GpuPool p = pools.get(index);
        return set("Edit GPU Pool", s -> {
            GpuPool changed = switch (column) {
                case NAME -> new GpuPool(text, p.gpuType(), p.gpus(), p.steps());
                case GPU_TYPE -> {
                    Plan plan = runner.plan();
                    if (plan.priceTable().gpu(text) == null) {
                        throw new ValidationException("The price table has no GPU type \"" + text.strip()
                                + "\"; add it on the Costs tab first.");
                    }
                    yield new GpuPool(p.name(), plan.priceTable().gpu(text).name(), p.gpus(), p.steps());
                }
                case GPUS -> p.withGpus(number(text, "GPUs"));
                case CHANGES -> p.withSteps(GpuPool.parseSteps(text));
            };
            List<GpuPool> list = new ArrayList<>(s.pools());
            list.set(index, changed);
            return s.withPools(list);
        });
    }

    // ---- assignments ----

    public String editLoad(int index, LoadColumn column, String text) {
        if (index < 0 || index >= loads.size()) {
            return runner.refuse("That task no longer exists.");
        }
        Plan plan = runner.plan();
        Task task = plan == null ? null : plan.task(loads.get(index).taskId());
        if (task == null) {
            return runner.refuse("That task no longer exists.");
        }
        try {
            TaskLoad old = plan.capacity().load(task.id());
            TaskLoad changed;
            Map<Long, Long> durations = Map.of();
            switch (column) {
                case ASSIGNMENTS -> {
                    List<Assignment> list = new ArrayList<>();
                    for (Assignment a : TaskLoad.parseAssignments(text)) {
                        String name = plan.resources().ownerName(a.resource());
                        if (name == null) {
                            throw new ValidationException("The plan has no role or person \"" + a.resource()
                                    + "\"; add them above first.");
                        }
                        list.add(new Assignment(name, a.units()));
                    }
                    changed = old.withAssignments(list);
                    long d = old.effortDrivenDuration(task.durationMinutes(), list);
                    if (d != task.durationMinutes()) {
                        durations = Map.of(task.id(), d);
                    }
                }
                case POOL -> {
                    if (!text.isBlank() && plan.capacity().state().pool(text) == null) {
                        throw new ValidationException("The plan has no GPU pool \"" + text.strip() + "\".");
                    }
                    changed = old.withPool(text.isBlank() ? null : plan.capacity().state().pool(text).name());
                }
                case PRIORITY -> changed = old.withPriority(number(text, "The priority"));
                default -> throw new IllegalStateException();
            }
            return runner.run(new SetCapacityCommand("Edit Assignments",
                    plan.capacity().state().withLoad(task.id(), changed), durations));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    public String setEffortDriven(int index, boolean on) {
        if (index < 0 || index >= loads.size()) {
            return runner.refuse("That task no longer exists.");
        }
        long id = loads.get(index).taskId();
        return set(on ? "Make Task Effort-Driven" : "Make Task Fixed-Duration",
                s -> s.withLoad(id, s.load(id).withEffortDriven(on)));
    }

    // ---- leave ----

    /** A person's days off as typed: "2027-04-06 to 2027-04-10; 2027-05-03". */
    public String leaveText(String person) {
        Plan plan = runner.plan();
        if (plan == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (org.genaiplan.model.capacity.Leave l : plan.capacity().state().leave()) {
            if (l.person().equals(person)) {
                b.append(b.isEmpty() ? "" : "; ").append(l.first());
                if (!l.last().equals(l.first())) {
                    b.append(" to ").append(l.last());
                }
            }
        }
        return b.toString();
    }

    /** Replaces a person's days off with those typed (see {@link #leaveText}); blank clears them. */
    public String setLeave(String person, String text) {
        List<org.genaiplan.model.capacity.Leave> mine = new ArrayList<>();
        try {
            for (String part : (text == null ? "" : text).split(";")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String[] ends = p.split("\\s+to\\s+");
                try {
                    java.time.LocalDate first = java.time.LocalDate.parse(ends[0].strip());
                    java.time.LocalDate last = ends.length > 1 ? java.time.LocalDate.parse(ends[1].strip()) : first;
                    mine.add(new org.genaiplan.model.capacity.Leave(person, first, last, ""));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new ValidationException("Write days off as \"2027-04-06 to 2027-04-10\" or \"2027-05-03\","
                            + " separated by semicolons, not \"" + p + "\".");
                }
            }
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        return set("Edit Leave", s -> {
            List<org.genaiplan.model.capacity.Leave> all = new ArrayList<>(s.leave());
            all.removeIf(l -> l.person().equals(person));
            all.addAll(mine);
            return s.withLeave(all);
        });
    }

    // ---- levelling ----

    /** Computes a levelling proposal for review; changes nothing. */
    public LevelProposal level() {
        Plan plan = runner.plan();
        if (plan == null) {
            runner.refuse("No plan is open.");
            return null;
        }
        LevelProposal p = new Leveller().level(plan);
        proposal.set(p);
        return p;
    }

    /** Accepts the chosen moves as one undoable step; null when accepted, else why not. */
    public String accept(List<LevelProposal.Move> moves) {
        List<LevelProposal.Move> changing = moves.stream().filter(LevelProposal.Move::changesDelay).toList();
        if (changing.isEmpty()) {
            return runner.refuse("Tick at least one task whose levelling delay changes.");
        }
        String result = set(changing.size() == 1 ? "Level 1 Task" : "Level " + changing.size() + " Tasks", s -> {
            CapacityState out = s;
            for (LevelProposal.Move m : changing) {
                out = out.withLoad(m.taskId(), out.load(m.taskId()).withLevelingDelay(m.newDelayMinutes()));
            }
            return out;
        });
        if (result == null) {
            proposal.set(null);
        }
        return result;
    }

    /** Clears every accepted levelling delay as one undoable step. */
    public String clearDelays() {
        return set("Clear Levelling Delays", s -> {
            CapacityState out = s;
            for (Map.Entry<Long, TaskLoad> e : s.loads().entrySet()) {
                out = out.withLoad(e.getKey(), e.getValue().withLevelingDelay(0));
            }
            return out;
        });
    }

    public void discard() {
        proposal.set(null);
    }

    private String set(String name, java.util.function.UnaryOperator<CapacityState> change) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("No plan is open.");
        }
        try {
            return runner.run(new SetCapacityCommand(name, change.apply(plan.capacity().state())));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(what + " must be a whole number, not \"" + text.strip() + "\".");
        }
    }

    /** Working minutes as days: "3 d", "1.5 d"; "" for none. */
    public String days(long minutes, boolean signed) {
        if (minutes == 0 && !signed) {
            return "";
        }
        Plan plan = runner.plan();
        int mpd = plan == null ? 480 : plan.calendar().minutesPerDay();
        double d = minutes / (double) mpd;
        String text = Math.abs(d - Math.rint(d)) < 0.01 ? String.format(java.util.Locale.ROOT, "%.0f", d)
                : String.format(java.util.Locale.ROOT, "%.1f", d);
        return (signed && minutes > 0 ? "+" : "") + text + " d";
    }

    /** Each over-allocation in a sentence: who, when, how much against what, and the tasks causing it. */
    public List<String> overloadLines() {
        ResourceUsage u = usage.get();
        Plan plan = runner.plan();
        List<String> lines = new ArrayList<>();
        if (u == null || plan == null) {
            return lines;
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH);
        for (ResourceUsage.Overload o : u.overloads()) {
            StringBuilder b = new StringBuilder(o.name()).append(": ").append(o.first().format(day));
            if (!o.last().equals(o.first())) {
                b.append(" to ").append(o.last().format(day));
            }
            b.append(", ").append(u.profile().amount(o.resource(), (int) Math.round(o.peak()))).append(" needed, ")
                    .append(u.profile().amount(o.resource(), o.available())).append(" available; by ");
            int n = 0;
            for (long id : o.taskIds()) {
                Task t = plan.task(id);
                if (t != null) {
                    b.append(n++ == 0 ? "" : ", ").append(plan.wbsCode(t)).append(' ').append(t.name());
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }

    public CommandRunner runner() {
        return runner;
    }
}
