package org.genaiplan.ui.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.CapacityState;

/**
 * Replaces the plan's capacity (GPU pools, assignments, leave, levelling delays) in one step, and the
 * durations of effort-driven tasks whose assignments changed; undo puts both back.
 */
public final class SetCapacityCommand implements PlanCommand {
    private final String name;
    private final CapacityState state;
    private final Map<Long, Long> durations;
    private CapacityState before;
    private final Map<Long, Long> durationsBefore = new HashMap<>();

    public SetCapacityCommand(String name, CapacityState state) {
        this(name, state, Map.of());
    }

    /** {@code durations}: new durations in working minutes by task id (effort-driven tasks). */
    public SetCapacityCommand(String name, CapacityState state, Map<Long, Long> durations) {
        this.name = Objects.requireNonNull(name);
        this.state = Objects.requireNonNull(state);
        this.durations = Map.copyOf(durations);
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public void execute(Plan plan) {
        before = plan.capacity().state();
        durationsBefore.clear();
        for (Map.Entry<Long, Long> e : durations.entrySet()) {
            Task t = plan.task(e.getKey());
            if (t != null) {
                durationsBefore.put(t.id(), t.durationMinutes());
            }
        }
        plan.capacity().set(state);
        durationsBefore.keySet().forEach(id -> plan.task(id).setDurationMinutes(durations.get(id)));
    }

    @Override
    public void undo(Plan plan) {
        plan.capacity().set(before);
        durationsBefore.forEach((id, d) -> plan.task(id).setDurationMinutes(d));
    }
}
