package org.genaiplan.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.Leave;
import org.genaiplan.model.capacity.TaskLoad;

/**
 * The capacity entry of a package (format 5) and the working store's capacity row: GPU pools, each task's
 * load (assignments, effort-driven, pool, levelling delay, priority) and people's leave, as plain rows.
 */
public record CapacityData(List<PoolRow> pools, List<LoadRow> loads, List<LeaveRow> leave) {

    public CapacityData {
        pools = pools == null ? List.of() : List.copyOf(pools);
        loads = loads == null ? List.of() : List.copyOf(loads);
        leave = leave == null ? List.of() : List.copyOf(leave);
    }

    public static CapacityData none() {
        return new CapacityData(List.of(), List.of(), List.of());
    }

    public record PoolRow(String name, String gpuType, int gpus, List<StepRow> steps) {
    }

    public record StepRow(LocalDate from, int gpus) {
    }

    public record LoadRow(long taskId, List<AssignmentRow> assignments, boolean effortDriven, String pool,
                          long levelingDelayMinutes, int priority) {
    }

    public record AssignmentRow(String resource, int units) {
    }

    public record LeaveRow(String person, LocalDate first, LocalDate last, String note) {
    }

    /** The rows of a plan's capacity; loads of tasks no longer in the plan are left out. */
    public static CapacityData of(Plan plan) {
        CapacityState s = plan.capacity().state();
        List<PoolRow> pools = new ArrayList<>();
        for (GpuPool p : s.pools()) {
            pools.add(new PoolRow(p.name(), p.gpuType(), p.gpus(),
                    p.steps().stream().map(x -> new StepRow(x.from(), x.gpus())).toList()));
        }
        List<LoadRow> loads = new ArrayList<>();
        s.loads().forEach((id, l) -> {
            if (plan.task(id) != null) {
                loads.add(new LoadRow(id, l.assignments().stream()
                        .map(a -> new AssignmentRow(a.resource(), a.units())).toList(), l.effortDriven(), l.pool(),
                        l.levelingDelayMinutes(), l.priority()));
            }
        });
        List<LeaveRow> leave = s.leave().stream().map(l -> new LeaveRow(l.person(), l.first(), l.last(), l.note()))
                .toList();
        return new CapacityData(pools, loads, leave);
    }

    /** The model value; throws a {@link org.genaiplan.model.ValidationException} on a broken row. */
    public CapacityState toState() {
        List<GpuPool> p = new ArrayList<>();
        for (PoolRow r : pools) {
            List<GpuPool.Step> steps = new ArrayList<>();
            for (StepRow s : r.steps() == null ? List.<StepRow>of() : r.steps()) {
                steps.add(new GpuPool.Step(s.from(), s.gpus()));
            }
            p.add(new GpuPool(r.name(), r.gpuType(), r.gpus(), steps));
        }
        Map<Long, TaskLoad> l = new LinkedHashMap<>();
        for (LoadRow r : loads) {
            List<Assignment> a = new ArrayList<>();
            for (AssignmentRow x : r.assignments() == null ? List.<AssignmentRow>of() : r.assignments()) {
                a.add(new Assignment(x.resource(), x.units()));
            }
            l.put(r.taskId(), new TaskLoad(a, r.effortDriven(), r.pool(), r.levelingDelayMinutes(), r.priority()));
        }
        List<Leave> v = new ArrayList<>();
        for (LeaveRow r : leave) {
            v.add(new Leave(r.person(), r.first(), r.last(), r.note()));
        }
        return new CapacityState(p, l, v);
    }
}
