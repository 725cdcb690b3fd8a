package org.genaiplan.ui.command;

import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.people.StakeholderPlan;

/** Changes the stakeholder register, the RACI matrix or the communication plan; undo puts the old one back. */
public final class SetStakeholdersCommand extends PlanValueCommand<StakeholderPlan> {
    public SetStakeholdersCommand(String label, UnaryOperator<StakeholderPlan> change) {
        super(label, change);
    }

    @Override
    StakeholderPlan get(Plan plan) {
        return plan.stakeholders();
    }

    @Override
    void set(Plan plan, StakeholderPlan value) {
        plan.setStakeholders(value);
    }
}
