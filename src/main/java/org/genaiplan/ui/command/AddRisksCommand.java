package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;

/**
 * Adds risks to the register as one user action: a new blank risk, the entries chosen from the risk
 * library, or pasted rows. Undo removes them; redo puts the very same risks (same ids) back.
 */
public final class AddRisksCommand implements PlanCommand {
    private final String verb;
    private final Function<Plan, List<Risk>> adder;
    private List<Risk> added = List.of();
    private List<Integer> positions = List.of();

    /** @param adder adds the risks to the plan and returns them */
    public AddRisksCommand(String verb, Function<Plan, List<Risk>> adder) {
        this.verb = verb;
        this.adder = adder;
    }

    /** New risks with the given values (pasted rows). */
    public static AddRisksCommand withValues(String verb, List<RiskFields> values) {
        return new AddRisksCommand(verb, plan -> {
            List<Risk> out = new ArrayList<>();
            for (RiskFields v : values) {
                Risk r = plan.addRisk(v.title());
                out.add(r);
                v.applyTo(r);
            }
            return out;
        });
    }

    @Override
    public String displayName() {
        int n = Math.max(added.size(), 1);
        return verb + " " + (n == 1 ? "1 risk" : n + " risks");
    }

    @Override
    public void execute(Plan plan) {
        int sizeBefore = plan.risks().size();
        List<Risk> out;
        try {
            out = adder.apply(plan);
        } catch (RuntimeException e) {
            for (Risk r : List.copyOf(plan.risks().subList(sizeBefore, plan.risks().size())).reversed()) {
                plan.removeRisk(r);
            }
            throw e;
        }
        if (out.isEmpty()) {
            throw new ValidationException("Choose at least one risk to add.");
        }
        added = List.copyOf(out);
        List<Integer> at = new ArrayList<>();
        for (Risk r : added) {
            at.add(plan.risks().indexOf(r));
        }
        positions = at;
    }

    @Override
    public void undo(Plan plan) {
        for (Risk r : added.reversed()) {
            plan.removeRisk(r);
        }
    }

    @Override
    public void redo(Plan plan) {
        for (int i = 0; i < added.size(); i++) {
            plan.restoreRisk(added.get(i), positions.get(i));
        }
    }

    /** The ids of the risks added by the last execute. */
    public List<Long> addedIds() {
        return added.stream().map(Risk::id).toList();
    }
}
