package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;

/** Another command under a name that says what the user did ("Move Task" rather than "Edit Start"). */
public record NamedCommand(String displayName, PlanCommand command) implements PlanCommand {

    @Override
    public void execute(Plan plan) {
        command.execute(plan);
    }

    @Override
    public void undo(Plan plan) {
        command.undo(plan);
    }

    @Override
    public void redo(Plan plan) {
        command.redo(plan);
    }
}
