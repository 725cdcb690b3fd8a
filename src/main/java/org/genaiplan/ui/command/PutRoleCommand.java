package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;

/** Adds a role or changes the rate of the role of the same name; undo restores the old role or removes the new one. */
public final class PutRoleCommand implements PlanCommand {
    private final Role role;
    private Role before;

    public PutRoleCommand(Role role) {
        this.role = java.util.Objects.requireNonNull(role);
    }

    @Override
    public String displayName() {
        return before == null ? "Add Role" : "Edit Role";
    }

    @Override
    public void execute(Plan plan) {
        Role old = plan.role(role.name());
        plan.putRole(role);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        if (before == null) {
            plan.removeRole(role.name());
        } else {
            plan.putRole(before);
        }
    }
}
