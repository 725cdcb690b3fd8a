package org.genaiplan.model;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.TaskLoad;

/**
 * The plan's capacity inputs (GPU pools, assignments, leave, levelling delays) as one replaceable value.
 * Replacing it logs a roles change, and a task change for every task whose load changed, so the store writes
 * it and the scheduler sees new levelling delays.
 */
public final class Capacity {
    private final ChangeLog changes;
    private CapacityState state = CapacityState.EMPTY;

    private final java.util.function.LongPredicate exists;

    Capacity(ChangeLog changes, java.util.function.LongPredicate exists) {
        this.changes = changes;
        this.exists = exists;
    }

    public CapacityState state() {
        return state;
    }

    public TaskLoad load(long taskId) {
        return state.load(taskId);
    }

    /** The levelling delay of a task in working minutes (0 when none was accepted). */
    public long levelingDelay(long taskId) {
        return state.load(taskId).levelingDelayMinutes();
    }

    public void set(CapacityState newState) {
        Objects.requireNonNull(newState, "newState");
        Set<Long> ids = new HashSet<>(state.loads().keySet());
        ids.addAll(newState.loads().keySet());
        CapacityState old = state;
        state = newState;
        for (long id : ids) {
            if (exists.test(id) && !old.load(id).equals(newState.load(id))) {
                changes.task(id);
            }
        }
        changes.roles();
    }
}
