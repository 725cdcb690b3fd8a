package org.genaiplan.model.capacity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.ValidationException;

/**
 * Everything a plan knows about capacity beyond roles and people, as one value: the GPU pools, each task's
 * load (assignments, effort-driven flag, pool, levelling delay, priority) and people's leave. An edit makes a
 * changed copy, so undo keeps the old one.
 */
public record CapacityState(List<GpuPool> pools, Map<Long, TaskLoad> loads, List<Leave> leave) {
    public static final CapacityState EMPTY = new CapacityState(List.of(), Map.of(), List.of());

    public CapacityState {
        pools = List.copyOf(pools);
        Set<String> names = new HashSet<>();
        for (GpuPool p : pools) {
            if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
                throw new ValidationException("The plan already has a GPU pool called \"" + p.name() + "\".");
            }
        }
        Map<Long, TaskLoad> copy = new LinkedHashMap<>();
        loads.forEach((id, load) -> {
            if (load != null && !load.isEmpty()) {
                copy.put(id, load);
            }
        });
        loads = java.util.Collections.unmodifiableMap(copy);
        leave = List.copyOf(leave);
    }

    public TaskLoad load(long taskId) {
        return loads.getOrDefault(taskId, TaskLoad.NONE);
    }

    public GpuPool pool(String name) {
        for (GpuPool p : pools) {
            if (p.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return p;
            }
        }
        return null;
    }

    /** The pool a compute line of {@code gpuType} on a task draws on: the task's own pool, else the first of that type. */
    public GpuPool poolFor(TaskLoad load, String gpuType) {
        if (load.pool() != null) {
            GpuPool own = pool(load.pool());
            if (own != null) {
                return own;
            }
        }
        for (GpuPool p : pools) {
            if (p.gpuType().equalsIgnoreCase(gpuType)) {
                return p;
            }
        }
        return null;
    }

    public CapacityState withLoad(long taskId, TaskLoad load) {
        Map<Long, TaskLoad> m = new LinkedHashMap<>(loads);
        m.put(taskId, load);
        return new CapacityState(pools, m, leave);
    }

    public CapacityState withPools(List<GpuPool> newPools) {
        return new CapacityState(newPools, loads, leave);
    }

    public CapacityState withLeave(List<Leave> newLeave) {
        return new CapacityState(pools, loads, newLeave);
    }

    /** Adds the pool or replaces the one of the same name where it stands. */
    public CapacityState withPool(GpuPool pool) {
        List<GpuPool> out = new ArrayList<>(pools);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equalsIgnoreCase(pool.name())) {
                out.set(i, pool);
                return withPools(out);
            }
        }
        out.add(pool);
        return withPools(out);
    }

    public CapacityState withoutPool(String name) {
        List<GpuPool> out = new ArrayList<>(pools);
        out.removeIf(p -> p.name().equalsIgnoreCase(name));
        return withPools(out);
    }

    public boolean onLeave(String person, java.time.LocalDate day) {
        for (Leave l : leave) {
            if (l.person().equals(person) && l.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
