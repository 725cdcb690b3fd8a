package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;
import org.genaiplan.schedule.tracking.ActualsUpdate;

/** Adds imported actuals (costs, quantities, % complete, the status date) in one step; undo takes them all back. */
public final class ImportActualsCommand implements PlanCommand {
    private final ActualsUpdate update;

    public ImportActualsCommand(ActualsUpdate update) {
        this.update = update;
    }

    @Override
    public String displayName() {
        return "Import " + update.rowCount() + (update.rowCount() == 1 ? " actual" : " actuals");
    }

    @Override
    public void execute(Plan plan) {
        update.apply(plan);
    }

    @Override
    public void undo(Plan plan) {
        update.undo(plan);
    }
}
