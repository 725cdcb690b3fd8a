package org.genaiplan.ui.command;

import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;

/**
 * Removes a role no task owns and no person holds, with the task assignments that name it in the same step
 * (as Microsoft Project deletes a resource's assignments with it). Undo puts it back in its place in the
 * plan's role list, and the assignments with it.
 */
public final class RemoveRoleCommand implements PlanCommand {
    private final String name;
    private Role removed;
    private int index;
    private org.genaiplan.model.capacity.CapacityState capacityBefore;
    private int assignments;

    public RemoveRoleCommand(String name) {
        this.name = name;
    }

    @Override
    public String displayName() {
        return "Remove Role";
    }

    @Override
    public void execute(Plan plan) {
        if (plan.role(name) == null) {
            throw new ValidationException("The plan has no role \"" + name + "\".");
        }
        int owned = OwnerReferences.ownedTasks(plan, name);
        if (owned > 0) {
            throw new ValidationException("\"" + name + "\" owns " + OwnerReferences.tasks(owned)
                    + "; give them another owner before removing the role.");
        }
        long holders = plan.resources().people().stream().map(Person::role).filter(name::equals).count();
        if (holders > 0) {
            throw new ValidationException("\"" + name + "\" is the role of " + (holders == 1 ? "1 person" : holders
                    + " people") + "; change their role before removing it.");
        }
        index = plan.resources().indexOfRole(name);
        var capacity = AssignmentReferences.without(plan.capacity().state(), name);
        assignments = AssignmentReferences.assignments(plan.capacity().state(), name);
        removed = plan.removeRole(name);
        capacityBefore = AssignmentReferences.apply(plan, capacity);
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().putRole(index, removed);
        if (capacityBefore != null) {
            plan.capacity().set(capacityBefore);
        }
    }

    /** The sentence for the status bar when task assignments went with the role, or null when none did. */
    public String statusMessage() {
        return AssignmentReferences.removal("role", name, assignments);
    }
}
