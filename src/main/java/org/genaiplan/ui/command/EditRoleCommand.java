package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;

/**
 * Replaces a role with new values in its place in the list. A new name follows into the tasks it owns, the
 * cost lines that name it and the people who hold it; undo puts all of it back.
 */
public final class EditRoleCommand implements PlanCommand {
    private final String oldName;
    private final Role updated;
    private final String label;
    private Role before;
    private int index;
    private List<Person> holders = List.of();
    private OwnerReferences references;
    private org.genaiplan.model.capacity.CapacityState capacityBefore;
    /** The stakeholder plan before a rename moved the role's RACI letters, or null. */
    private org.genaiplan.model.people.StakeholderPlan peopleBefore;

    /** @param label for the Undo menu, e.g. "Edit Role Rate" */
    public EditRoleCommand(String label, String oldName, Role updated) {
        this.label = label;
        this.oldName = Objects.requireNonNull(oldName);
        this.updated = Objects.requireNonNull(updated);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        Role old = plan.role(oldName);
        if (old == null) {
            throw new ValidationException("The plan has no role \"" + oldName + "\".");
        }
        String name = updated.name();
        boolean renamed = !name.equals(oldName);
        if (renamed && plan.resources().ownerName(name) != null
                && !plan.resources().ownerName(name).equals(oldName)) {
            throw new ValidationException("The plan already has a role or person called \""
                    + plan.resources().ownerName(name) + "\".");
        }
        var capacity = renamed ? AssignmentReferences.renamed(plan.capacity().state(), oldName, name)
                : plan.capacity().state();
        int at = plan.resources().indexOfRole(oldName);
        List<Person> held = new ArrayList<>();
        for (Person p : plan.resources().people()) {
            if (oldName.equals(p.role())) {
                held.add(p);
            }
        }
        plan.resources().removeRole(oldName);
        try {
            plan.resources().putRole(at, updated);
        } catch (ValidationException e) {
            plan.resources().putRole(at, old);
            throw e;
        }
        if (renamed) {
            held.forEach(p -> plan.resources().putPerson(p.withRole(name)));
            references = OwnerReferences.rename(plan, oldName, name);
            peopleBefore = plan.stakeholders();
            plan.setStakeholders(peopleBefore.withPartyRenamed(oldName, name));
        }
        capacityBefore = AssignmentReferences.apply(plan, capacity);
        before = old;
        index = at;
        holders = List.copyOf(held);
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().removeRole(updated.name());
        plan.resources().putRole(index, before);
        if (references != null) {
            holders.forEach(p -> plan.resources().putPerson(p));
            references.restore(plan);
            references = null;
        }
        if (capacityBefore != null) {
            plan.capacity().set(capacityBefore);
            capacityBefore = null;
        }
        if (peopleBefore != null) {
            plan.setStakeholders(peopleBefore);
            peopleBefore = null;
        }
    }
}
