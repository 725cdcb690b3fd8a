package org.genaiplan.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.templates.Specs.FragmentSpec;
import org.genaiplan.templates.Specs.RiskRef;

/**
 * A reusable piece of WBS (an RLHF work package, a red-teaming package...) that is inserted into an open
 * plan under a chosen row. {@link #apply} returns everything it added so that the editor can undo it as
 * one step.
 */
public final class TemplateFragment {
    private final FragmentSpec spec;
    private final Map<String, RoleDefinition> roles;
    private final Map<String, Technique> techniques;
    private final RiskLibrary library;
    private final int taskCount;
    private final RegulatoryDates dates;

    TemplateFragment(FragmentSpec spec, Map<String, RoleDefinition> roles, Map<String, Technique> techniques,
                     RiskLibrary library, RegulatoryDates dates) {
        this.dates = dates;
        this.spec = spec;
        this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        this.techniques = Collections.unmodifiableMap(new LinkedHashMap<>(techniques));
        this.library = library;
        int[] n = new int[1];
        TaskBuilder.forEach(spec.tasks(), t -> n[0]++);
        this.taskCount = n[0];
    }

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    public String description() {
        return spec.description();
    }

    /** How many WBS rows the fragment adds. */
    public int taskCount() {
        return taskCount;
    }

    /**
     * Inserts the fragment's task tree(s) as children of {@code parent} (null: top level), the first at
     * position {@code index}, with their dependencies. A phase the plan does not use yet gives way to the
     * parent row's phase, so the fragment speaks the plan's phase names. Owner roles the plan lacks are added at their example
     * rates; starter risks are added from the library (raised today) unless the plan
     * already has a risk of the same title, which is then linked to the new tasks instead.
     *
     * @throws IllegalArgumentException if {@code parent} is not a task of {@code plan}
     * @throws IndexOutOfBoundsException if {@code index} is not a position among the parent's children
     */
    public FragmentInsertion apply(Plan plan, Task parent, int index) {
        return apply(plan, parent, index, LocalDate.now());
    }

    /** As {@link #apply(Plan, Task, int)}, with new risks raised on {@code raised}. */
    public FragmentInsertion apply(Plan plan, Task parent, int index, LocalDate raised) {
        if (parent != null && !plan.contains(parent)) {
            throw new IllegalArgumentException("not a task of this plan: " + parent);
        }
        int size = plan.children(parent).size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        Set<String> planPhases = new HashSet<>();
        plan.tasksInOrder().forEach(t -> planPhases.add(t.phase()));
        String parentPhase = parent == null ? null : parent.phase();
        UnaryOperator<String> phases = phase -> parentPhase == null || planPhases.contains(phase) ? phase : parentPhase;
        TaskBuilder.Built built = TaskBuilder.build(plan, parent, index, spec.tasks(), techniques, phases);
        ComplianceDates.apply(spec.tasks(), built.byKey(), dates);

        Set<String> owners = new LinkedHashSet<>();
        TaskBuilder.forEach(spec.tasks(), t -> {
            if (t.owner() != null) {
                owners.add(t.owner());
            }
        });
        List<Role> addedRoles = new ArrayList<>();
        for (String owner : owners) {
            if (plan.role(owner) == null && !plan.resources().hasPersonNamed(owner)) {
                Role role = roles.get(owner).toRole();
                plan.putRole(role);
                addedRoles.add(role);
            }
        }

        List<Risk> addedRisks = new ArrayList<>();
        for (RiskRef ref : spec.risks()) {
            RiskLibraryEntry entry = library.entry(ref.risk());
            Risk risk = plan.risks().stream().filter(r -> r.title().equalsIgnoreCase(entry.title())).findFirst()
                    .orElse(null);
            if (risk == null) {
                risk = library.addTo(plan, entry, raised);
                addedRisks.add(risk);
                Template.linkAndPlace(risk, ref, built);
            } else {
                for (String key : ref.tasks()) {
                    risk.linkTask(built.byKey().get(key).id());
                }
            }
        }
        return new FragmentInsertion(built.roots(), addedRisks, addedRoles);
    }

    @Override
    public String toString() {
        return "TemplateFragment[" + id() + "]";
    }
}
