package org.genaiplan.ui.command;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.QualityPlan;

/**
 * Replaces the plan's quality plan with {@code change} applied to it (measurements imported, an issue recorded or
 * moved on); undo puts the whole previous value back and redo the one made, so each is exact.
 */
public final class SetQualityCommand implements PlanCommand {
    private final String label;
    private final UnaryOperator<QualityPlan> change;
    private QualityPlan before;
    private QualityPlan after;

    public SetQualityCommand(String label, UnaryOperator<QualityPlan> change) {
        this.label = Objects.requireNonNull(label);
        this.change = Objects.requireNonNull(change);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        QualityPlan old = plan.quality();
        QualityPlan made = Objects.requireNonNull(change.apply(old));
        plan.setQuality(made);
        before = old;
        after = made;
    }

    @Override
    public void undo(Plan plan) {
        plan.setQuality(before);
    }

    @Override
    public void redo(Plan plan) {
        plan.setQuality(after);
    }
}
