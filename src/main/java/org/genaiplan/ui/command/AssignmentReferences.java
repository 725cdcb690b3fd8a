package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.Leave;
import org.genaiplan.model.capacity.TaskLoad;

/**
 * The task assignments (and a person's leave) that name a role or person, so that renaming the resource
 * carries them along and removing it takes them with it, as Microsoft Project does; each returns the new
 * capacity state and leaves the old one for undo.
 */
final class AssignmentReferences {
    private AssignmentReferences() {
    }

    /** {@code state} with {@code from} renamed to {@code to} in every assignment and leave, or the same state. */
    static CapacityState renamed(CapacityState state, String from, String to) {
        boolean changed = false;
        Map<Long, TaskLoad> loads = new LinkedHashMap<>();
        for (Map.Entry<Long, TaskLoad> e : state.loads().entrySet()) {
            TaskLoad load = e.getValue();
            List<Assignment> list = new ArrayList<>();
            boolean hit = false;
            for (Assignment a : load.assignments()) {
                hit |= a.resource().equals(from);
                list.add(a.resource().equals(from) ? new Assignment(to, a.units()) : a);
            }
            changed |= hit;
            loads.put(e.getKey(), hit ? load.withAssignments(list) : load);
        }
        List<Leave> leave = new ArrayList<>();
        for (Leave l : state.leave()) {
            boolean hit = l.person().equals(from);
            changed |= hit;
            leave.add(hit ? new Leave(to, l.first(), l.last(), l.note()) : l);
        }
        return changed ? new CapacityState(state.pools(), loads, leave) : state;
    }

    /** {@code state} without the assignments and leave of {@code name}, or the same state when none names it. */
    static CapacityState without(CapacityState state, String name) {
        if (assignments(state, name) == 0 && state.leave().stream().noneMatch(l -> l.person().equals(name))) {
            return state;
        }
        Map<Long, TaskLoad> loads = new LinkedHashMap<>();
        state.loads().forEach((id, load) -> loads.put(id, load.withAssignments(load.assignments().stream()
                .filter(a -> !a.resource().equals(name)).toList())));
        List<Leave> leave = state.leave().stream().filter(l -> !l.person().equals(name)).toList();
        return new CapacityState(state.pools(), loads, leave);
    }

    /** How many tasks assign {@code name}. */
    static int assignments(CapacityState state, String name) {
        int n = 0;
        for (TaskLoad load : state.loads().values()) {
            for (Assignment a : load.assignments()) {
                if (a.resource().equals(name)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Sets {@code after} on the plan when it differs; returns the state to put back on undo, or null. */
    static CapacityState apply(Plan plan, CapacityState after) {
        CapacityState before = plan.capacity().state();
        if (after == before) {
            return null;
        }
        plan.capacity().set(after);
        return before;
    }

    /** "Removed the person "Dana" and their 3 task assignments; Undo puts them back." or null when none went with it. */
    static String removal(String what, String name, int count) {
        if (count == 0) {
            return null;
        }
        String its = "person".equals(what) ? "their " : "its ";
        return "Removed the " + what + " \"" + name + "\" and " + its + (count == 1 ? "1 task assignment"
                : count + " task assignments") + "; Undo puts them back.";
    }
}
