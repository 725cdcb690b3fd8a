package org.genaiplan.ui.command;

import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.BusinessCase;

/** Changes the business case (a benefit, the expected volume or the run-rate); undo puts the old one back. */
public final class SetBusinessCaseCommand extends PlanValueCommand<BusinessCase> {
    public SetBusinessCaseCommand(String label, UnaryOperator<BusinessCase> change) {
        super(label, change);
    }

    @Override
    BusinessCase get(Plan plan) {
        return plan.businessCase();
    }

    @Override
    void set(Plan plan, BusinessCase value) {
        plan.setBusinessCase(value);
    }
}
