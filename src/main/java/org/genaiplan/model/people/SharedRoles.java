package org.genaiplan.model.people;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;

/**
 * Which roles are shared, and why: a role whose responsibilities say it is shared (the seeds list the Scrum
 * Master or programme manager, the DevOps engineer, the UX designer and the subject-matter expert as shared
 * resources serving several teams or projects), or a role that owns tasks in more than one phase (top-level task)
 * of this plan, so one person's time is split between phases.
 */
public final class SharedRoles {
    private SharedRoles() {
    }

    /** For each shared role of the plan, the reason in a few words; roles not shared are absent. */
    public static Map<String, String> reasons(Plan plan) {
        Map<String, Set<String>> phases = phasesByOwner(plan);
        Map<String, String> out = new HashMap<>();
        for (Role role : plan.roles()) {
            String reason = reason(role, phases.getOrDefault(role.name(), Set.of()));
            if (reason != null) {
                out.put(role.name(), reason);
            }
        }
        return out;
    }

    /** Why {@code role} is shared, given the phases it owns tasks in, or null when it is not. */
    public static String reason(Role role, Set<String> ownedPhases) {
        boolean library = role.responsibilities().strip().toLowerCase(Locale.ROOT).startsWith("shared");
        int n = ownedPhases.size();
        if (library && n > 1) {
            return "Shared role; owns tasks in " + n + " phases";
        }
        if (library) {
            return "Shared role";
        }
        return n > 1 ? "Owns tasks in " + n + " phases" : null;
    }

    /** The phases (top-level tasks) each owner owns tasks in, in plan order. */
    public static Map<String, Set<String>> phasesByOwner(Plan plan) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Task root : plan.roots()) {
            String phase = root.name();
            Plan.forEachInSubtree(root, t -> {
                if (t.ownerRole() != null && !t.ownerRole().isBlank()) {
                    out.computeIfAbsent(t.ownerRole(), k -> new LinkedHashSet<>()).add(phase);
                }
            });
        }
        return out;
    }
}
