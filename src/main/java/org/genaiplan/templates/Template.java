package org.genaiplan.templates;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.templates.Specs.RiskRef;
import org.genaiplan.templates.Specs.TaskSpec;
import org.genaiplan.templates.Specs.TemplateFile;

/** A plan template read from its data file; {@link #instantiate(LocalDate)} builds a new plan from it. */
public final class Template {
    private final TemplateFile spec;
    private final List<RoleDefinition> roles;
    private final String rateNote;
    private final Map<String, Technique> techniques;
    private final RiskLibrary library;
    private final TemplateInfo info;
    private final PriceTable prices;

    Template(TemplateFile spec, List<RoleDefinition> roles, String rateNote, Map<String, Technique> techniques,
             RiskLibrary library, PriceTable prices) {
        this.spec = spec;
        this.prices = prices;
        this.roles = List.copyOf(roles);
        this.rateNote = rateNote;
        this.techniques = Collections.unmodifiableMap(new LinkedHashMap<>(techniques));
        this.library = library;
        int[] counts = new int[2];
        TaskBuilder.forEach(spec.tasks(), t -> {
            counts[0]++;
            if (t.isMilestone()) {
                counts[1]++;
            }
        });
        this.info = new TemplateInfo(spec.id(), spec.name(), spec.description(), counts[0], counts[1], spec.risks().size());
    }

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    /** One line on what the template is for. */
    public String description() {
        return spec.description();
    }

    public TemplateInfo info() {
        return info;
    }

    /** The roles the template brings, with their example rates. */
    public List<RoleDefinition> roles() {
        return roles;
    }

    /** The techniques its tasks may reference (the cheat sheet). */
    public List<Technique> techniques() {
        return List.copyOf(techniques.values());
    }

    /** A new plan named after the template, starting on {@code start}. */
    public Plan instantiate(LocalDate start) {
        return instantiate(spec.name(), start);
    }

    /**
     * A new plan with the template's WBS (phases, owners, notes, durations in the standard calendar's
     * working days, milestones, dependencies, cost lines), its roles at example rates, the starter price table
     * (examples too) and its starter risks, each
     * raised on {@code start}, linked to the tasks the template names and placed in the first one's phase.
     */
    public Plan instantiate(String planName, LocalDate start) {
        Plan plan = new Plan(planName, start);
        plan.setDescription(spec.description() + "\n\n" + rateNote);
        plan.setPriceTable(prices);
        for (RoleDefinition role : roles) {
            plan.putRole(role.toRole());
        }
        TaskBuilder.Built built = TaskBuilder.build(plan, null, 0, spec.tasks(), techniques);
        for (RiskRef ref : spec.risks()) {
            Risk risk = library.addTo(plan, library.entry(ref.risk()), start);
            linkAndPlace(risk, ref, built);
        }
        TemplateRanges.apply(plan);
        QualityStarter.apply(plan, spec.id(), built.byKey());
        plan.setStakeholders(org.genaiplan.model.people.StakeholderDefaults.forPlan(plan));
        return plan;
    }

    /**
     * Links the risk to the named tasks and, when there are any, puts it in the phase of the first of them,
     * so that the register uses the plan's own phase names.
     */
    static void linkAndPlace(Risk risk, RiskRef ref, TaskBuilder.Built built) {
        for (String key : ref.tasks()) {
            risk.linkTask(built.byKey().get(key).id());
        }
        if (!ref.tasks().isEmpty()) {
            String phase = built.byKey().get(ref.tasks().getFirst()).phase();
            if (phase != null) {
                risk.setPhase(phase);
            }
        }
    }

    /** The task tree as read, for checks in tests and tools. */
    List<TaskSpec> taskSpecs() {
        return spec.tasks();
    }

    @Override
    public String toString() {
        return "Template[" + id() + "]";
    }
}
