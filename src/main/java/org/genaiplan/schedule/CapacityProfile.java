package org.genaiplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;

/**
 * The capacity side of a plan in the scheduler's terms: every role, person and GPU pool as a numbered
 * resource with its availability per working day, and every leaf task's demands on them. People and roles
 * are counted in percent of one full-time person (units), pools in GPUs. Loads are kept in unit-minutes per
 * working day (units x the minutes of the day the task works), so two half-day tasks fit one full day.
 */
public final class CapacityProfile {
    /** What a resource is. */
    public enum Kind { PERSON, ROLE, POOL }

    final Plan plan;
    final WorkTime time;
    final int mpd;
    final List<String> names = new ArrayList<>();
    final List<Kind> kinds = new ArrayList<>();
    final List<String> detail = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<GpuPool> pools = new ArrayList<>();
    private final CapacityState state;
    private final Map<Long, LocalDate> dates = new HashMap<>();
    /** Leaf tasks with a duration, in plan order. */
    final List<Task> leaves = new ArrayList<>();
    /** Per leaf: resource indexes and amounts (units or GPUs). */
    final List<int[]> demandRes = new ArrayList<>();
    final List<int[]> demandAmt = new ArrayList<>();
    /** Demands that can never fit, as sentences. */
    final List<String> impossible = new ArrayList<>();

    public CapacityProfile(Plan plan, WorkTime time) {
        this.plan = plan;
        this.time = time;
        this.mpd = time.minutesPerDay();
        this.state = plan.capacity().state();
        Map<String, Integer> index = new HashMap<>();
        for (Role r : plan.resources().roles()) {
            index.put(r.name(), names.size());
            add(r.name(), Kind.ROLE, "");
            roles.add(r);
            people.add(null);
            pools.add(null);
        }
        for (Person p : plan.resources().people()) {
            index.put(p.name(), names.size());
            add(p.name(), Kind.PERSON, "");
            roles.add(null);
            people.add(p);
            pools.add(null);
        }
        Map<String, Integer> poolIndex = new HashMap<>();
        for (GpuPool g : state.pools()) {
            poolIndex.put(g.name(), names.size());
            add(g.name(), Kind.POOL, g.gpuType());
            roles.add(null);
            people.add(null);
            pools.add(g);
        }
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren() || t.isMilestone() || t.durationMinutes() == 0) {
                continue;
            }
            TaskLoad load = state.load(t.id());
            Map<Integer, Integer> demand = new java.util.LinkedHashMap<>();
            for (Assignment a : load.assignments()) {
                Integer r = index.get(a.resource());
                if (r != null) {
                    demand.merge(r, a.units(), Integer::sum);
                }
            }
            for (CostLine line : t.costLines()) {
                if (line.input() instanceof ComputeCost c && c.gpuCount() > 0) {
                    GpuPool pool = state.poolFor(load, c.gpuType());
                    if (pool != null) {
                        demand.merge(poolIndex.get(pool.name()), (int) Math.min(c.gpuCount(), GpuPool.MAX_GPUS),
                                Integer::sum);
                    }
                }
            }
            if (demand.isEmpty()) {
                continue;
            }
            int[] res = new int[demand.size()];
            int[] amt = new int[demand.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : demand.entrySet()) {
                res[k] = e.getKey();
                amt[k++] = e.getValue();
            }
            leaves.add(t);
            demandRes.add(res);
            demandAmt.add(amt);
        }
    }

    private void add(String name, Kind kind, String d) {
        names.add(name);
        kinds.add(kind);
        detail.add(d);
    }

    public int size() {
        return names.size();
    }

    public String name(int r) {
        return names.get(r);
    }

    public Kind kind(int r) {
        return kinds.get(r);
    }

    /** The GPU type of a pool, else "". */
    public String gpuType(int r) {
        return detail.get(r);
    }

    /** The working date of working-day number {@code day} (0 = the plan's first working day). */
    public LocalDate date(long day) {
        return dates.computeIfAbsent(day, d -> time.dateAt(d * mpd));
    }

    /** What resource {@code r} has on working day {@code day}: units for people and roles, GPUs for pools. */
    public int available(int r, long day) {
        return switch (kinds.get(r)) {
            case ROLE -> roles.get(r).maxUnits();
            case PERSON -> state.leave().isEmpty() || !state.onLeave(names.get(r), date(day))
                    ? people.get(r).maxUnits() : 0;
            case POOL -> pools.get(r).gpusOn(date(day));
        };
    }

    /** The most resource {@code r} ever has. */
    public int mostAvailable(int r) {
        return switch (kinds.get(r)) {
            case ROLE -> roles.get(r).maxUnits();
            case PERSON -> people.get(r).maxUnits();
            case POOL -> {
                int m = pools.get(r).gpus();
                for (GpuPool.Step s : pools.get(r).steps()) {
                    m = Math.max(m, s.gpus());
                }
                yield m;
            }
        };
    }

    /** Minutes of working day {@code day} inside [from, to). */
    long overlap(long day, long from, long to) {
        long a = Math.max(from, day * mpd);
        long b = Math.min(to, (day + 1) * mpd);
        return Math.max(0, b - a);
    }

    /** How an amount of resource {@code r} reads: "8 H100" or "50 %". */
    public String amount(int r, int amount) {
        return kinds.get(r) == Kind.POOL ? amount + " " + detail.get(r) : amount + " %";
    }
}
