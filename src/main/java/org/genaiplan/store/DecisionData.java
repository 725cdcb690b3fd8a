package org.genaiplan.store;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.model.decision.SelectionMatrix;

/**
 * The plan's GenAI decisions as a package's decisions.json holds them (since format 9): the technique of
 * adapting a model each task carries out, what each role is responsible for, and the model selection matrix.
 * Since format 10 it also holds the business case (benefits, volume, an entered run-rate).
 * Tasks, roles and the plan keep these values; this record is only their stored form.
 */
public record DecisionData(List<TaskTechnique> techniques, List<RoleResponsibilities> responsibilities,
                           SelectionMatrix selection, BusinessCase businessCase) {

    /** No decisions recorded (a plan from before format 9). */
    public static final DecisionData NONE = new DecisionData(List.of(), List.of(), SelectionMatrix.EMPTY,
            BusinessCase.NONE);

    public DecisionData {
        selection = selection == null ? SelectionMatrix.EMPTY : selection;
        businessCase = businessCase == null ? BusinessCase.NONE : businessCase;
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }

    /** Decisions with no business case (as before format 10). */
    public DecisionData(List<TaskTechnique> techniques, List<RoleResponsibilities> responsibilities,
                        SelectionMatrix selection) {
        this(techniques, responsibilities, selection, BusinessCase.NONE);
    }

    /** The technique a task carries out (a technique id of the estimation cheat sheet). */
    public record TaskTechnique(long taskId, String technique) {
    }

    /** What a role is responsible for, in the words of the role library or the user. */
    public record RoleResponsibilities(String role, String text) {
    }

    /** The decisions the plan's tasks and roles carry now. */
    public static DecisionData of(Plan plan) {
        List<TaskTechnique> techniques = new ArrayList<>();
        PlanRows.forEachTask(plan, (t, position) -> {
            if (t.technique() != null) {
                techniques.add(new TaskTechnique(t.id(), t.technique()));
            }
        });
        List<RoleResponsibilities> responsibilities = new ArrayList<>();
        for (Role r : plan.roles()) {
            if (!r.responsibilities().isEmpty()) {
                responsibilities.add(new RoleResponsibilities(r.name(), r.responsibilities()));
            }
        }
        return new DecisionData(techniques, responsibilities, plan.selection(), plan.businessCase());
    }

    /** Puts the decisions on the plan's tasks and roles; an entry naming a task or role the plan lacks is left out. */
    void applyTo(Plan plan) {
        plan.setSelection(selection);
        plan.setBusinessCase(businessCase);
        for (TaskTechnique t : techniques) {
            Task task = t == null ? null : plan.task(t.taskId());
            if (task != null) {
                task.setTechnique(t.technique());
            }
        }
        for (RoleResponsibilities r : responsibilities) {
            Role role = r == null || r.role() == null ? null : plan.role(r.role());
            if (role != null) {
                plan.putRole(role.withResponsibilities(r.text()));
            }
        }
    }
}
