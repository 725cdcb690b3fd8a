package org.genaiplan.ui.command;

import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.SelectionMatrix;

/** Changes the model selection matrix (criteria, candidates, scores or the decision); undo puts the old one back. */
public final class SetSelectionCommand extends PlanValueCommand<SelectionMatrix> {
    public SetSelectionCommand(String label, UnaryOperator<SelectionMatrix> change) {
        super(label, change);
    }

    @Override
    SelectionMatrix get(Plan plan) {
        return plan.selection();
    }

    @Override
    void set(Plan plan, SelectionMatrix value) {
        plan.setSelection(value);
    }
}
