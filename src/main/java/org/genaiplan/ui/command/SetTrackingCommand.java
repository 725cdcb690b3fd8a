package org.genaiplan.ui.command;

import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.Tracking;

/**
 * Replaces the plan's tracking value (its baselines, the compared one, the EAC method, the imported actuals):
 * saving, renaming, deleting or comparing a baseline is one of these; undo puts the old value back.
 */
public final class SetTrackingCommand implements PlanCommand {
    private final String label;
    private final Tracking tracking;
    private Tracking before;

    public SetTrackingCommand(String label, Tracking tracking) {
        this.label = label;
        this.tracking = Objects.requireNonNull(tracking, "tracking");
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        Tracking old = plan.tracking();
        plan.setTracking(tracking);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        plan.setTracking(before);
    }
}
