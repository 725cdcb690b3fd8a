package org.genaiplan.ui.command;

import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ProjectInfo;

/** Sets the plan's project information (name, dates, currency, calendar, default duration) in one step. */
public final class SetProjectInfoCommand implements PlanCommand {
    private final ProjectInfo info;
    private ProjectInfo before;

    public SetProjectInfoCommand(ProjectInfo info) {
        this.info = Objects.requireNonNull(info);
    }

    @Override
    public String displayName() {
        return "Edit Project Information";
    }

    @Override
    public void execute(Plan plan) {
        ProjectInfo old = ProjectInfo.of(plan);
        info.applyTo(plan);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        before.applyTo(plan);
    }
}
