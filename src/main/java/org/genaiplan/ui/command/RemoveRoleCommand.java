package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Removes a role no task owns. Undo puts it back in its place in the plan's role list (the roles after it
 * are put back after it).
 */
public final class RemoveRoleCommand implements PlanCommand {
    private final String name;
    private List<Role> rolesBefore;

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
        int owned = 0;
        for (Task t : plan.tasksInOrder()) {
            if (name.equals(t.ownerRole())) {
                owned++;
            }
        }
        if (owned > 0) {
            throw new ValidationException("\"" + name + "\" owns " + (owned == 1 ? "1 task" : owned + " tasks")
                    + "; give them another owner before removing the role.");
        }
        rolesBefore = new ArrayList<>(plan.roles());
        plan.removeRole(name);
    }

    @Override
    public void undo(Plan plan) {
        boolean after = false;
        for (Role r : rolesBefore) {
            after |= r.name().equals(name);
            if (after) {
                plan.removeRole(r.name());
            }
        }
        after = false;
        for (Role r : rolesBefore) {
            after |= r.name().equals(name);
            if (after) {
                plan.putRole(r);
            }
        }
    }

    @Override
    public void redo(Plan plan) {
        plan.removeRole(name);
    }
}
