package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;

/** Deletes risks from the register; undo puts them back at their places with every field and link. */
public final class DeleteRisksCommand implements PlanCommand {
    private final List<Long> riskIds;
    private final String verb;
    private final List<Risk> removed = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    public DeleteRisksCommand(List<Long> riskIds) {
        this(riskIds, "Delete");
    }

    public DeleteRisksCommand(List<Long> riskIds, String verb) {
        this.riskIds = List.copyOf(riskIds);
        this.verb = verb;
    }

    @Override
    public String displayName() {
        int n = Math.max(removed.size(), riskIds.size());
        return verb + " " + (n == 1 ? "1 risk" : n + " risks");
    }

    @Override
    public void execute(Plan plan) {
        List<Risk> risks = new ArrayList<>();
        for (Risk r : plan.risks()) {
            if (riskIds.contains(r.id())) {
                risks.add(r);
            }
        }
        if (risks.isEmpty()) {
            throw new ValidationException("Select the risks to delete first.");
        }
        removed.clear();
        positions.clear();
        // From the last up, so that each remembered position is right again when restored in reverse.
        for (Risk r : risks.reversed()) {
            positions.add(plan.removeRisk(r));
            removed.add(r);
        }
    }

    @Override
    public void undo(Plan plan) {
        for (int i = removed.size() - 1; i >= 0; i--) {
            plan.restoreRisk(removed.get(i), positions.get(i));
        }
    }

    @Override
    public void redo(Plan plan) {
        for (Risk r : removed) {
            plan.removeRisk(r);
        }
    }
}
