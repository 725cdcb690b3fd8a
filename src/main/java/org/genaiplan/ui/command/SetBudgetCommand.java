package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.Budget;

/** Replaces the plan's budget (total and phase budgets); undo puts the old one back. */
public final class SetBudgetCommand implements PlanCommand {
    private final String label;
    private final Budget budget;
    private Budget before;

    public SetBudgetCommand(String label, Budget budget) {
        this.label = label;
        this.budget = java.util.Objects.requireNonNull(budget);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        Budget old = plan.budget();
        plan.setBudget(budget);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        plan.setBudget(before);
    }
}
