package org.genaiplan.ui.command;

import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;

/** Removes a role no task owns and no person holds. Undo puts it back in its place in the plan's role list. */
public final class RemoveRoleCommand implements PlanCommand {
    private final String name;
    private Role removed;
    private int index;

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
        removed = plan.removeRole(name);
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().putRole(index, removed);
    }
}
