package org.genaiplan.ui.command;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.SelectionMatrix;

/** Changes the model selection matrix (criteria, candidates, scores or the decision); undo puts the old one back. */
public final class SetSelectionCommand implements PlanCommand {
    private final String label;
    private final UnaryOperator<SelectionMatrix> change;
    private SelectionMatrix before;
    private SelectionMatrix after;

    public SetSelectionCommand(String label, UnaryOperator<SelectionMatrix> change) {
        this.label = Objects.requireNonNull(label);
        this.change = Objects.requireNonNull(change);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        SelectionMatrix old = plan.selection();
        SelectionMatrix made = Objects.requireNonNull(change.apply(old));
        plan.setSelection(made);
        before = old;
        after = made;
    }

    @Override
    public void undo(Plan plan) {
        plan.setSelection(before);
    }

    @Override
    public void redo(Plan plan) {
        plan.setSelection(after);
    }
}
