package org.genaiplan.ui.command;

import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.QualityPlan;

/**
 * Replaces the plan's quality plan with {@code change} applied to it (measurements imported, an issue recorded or
 * moved on); undo puts the whole previous value back.
 */
public final class SetQualityCommand extends PlanValueCommand<QualityPlan> {
    public SetQualityCommand(String label, UnaryOperator<QualityPlan> change) {
        super(label, change);
    }

    @Override
    QualityPlan get(Plan plan) {
        return plan.quality();
    }

    @Override
    void set(Plan plan, QualityPlan value) {
        plan.setQuality(value);
    }
}
