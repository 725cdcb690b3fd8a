package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;

/**
 * Edits of risk fields as one user action: one cell, or a block of pasted cells over several risks. It
 * remembers each touched risk's fields before and after, so undo and redo restore them exactly. If one
 * change is refused, the changes already made are put back and nothing is changed.
 */
public final class EditRiskFieldCommand implements PlanCommand {
    /** One change to one risk. */
    public record Change(long riskId, Consumer<Risk> apply) {
    }

    private final String label;
    private final List<Change> changes;
    private final Map<Long, RiskFields> before = new LinkedHashMap<>();
    private final Map<Long, RiskFields> after = new LinkedHashMap<>();

    public EditRiskFieldCommand(String label, List<Change> changes) {
        this.label = label;
        this.changes = List.copyOf(changes);
    }

    /** One field of one risk: {@code field} names it in the Undo menu ("Undo Edit Probability"). */
    public static EditRiskFieldCommand of(long riskId, String field, Consumer<Risk> change) {
        return new EditRiskFieldCommand("Edit " + field, List.of(new Change(riskId, change)));
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        if (changes.isEmpty()) {
            throw new ValidationException("There is nothing to change.");
        }
        Map<Long, RiskFields> old = new LinkedHashMap<>();
        List<Risk> touched = new ArrayList<>();
        try {
            for (Change c : changes) {
                Risk risk = plan.risk(c.riskId());
                if (risk == null) {
                    throw new ValidationException("Risk R-" + String.format("%03d", c.riskId()) + " no longer exists.");
                }
                if (!old.containsKey(risk.id())) {
                    old.put(risk.id(), RiskFields.of(risk));
                    touched.add(risk);
                }
                c.apply().accept(risk);
            }
        } catch (RuntimeException e) {
            for (Risk r : touched.reversed()) {
                old.get(r.id()).applyTo(r);
            }
            throw e;
        }
        before.clear();
        before.putAll(old);
        after.clear();
        touched.forEach(r -> after.put(r.id(), RiskFields.of(r)));
    }

    @Override
    public void undo(Plan plan) {
        before.forEach((id, fields) -> fields.applyTo(plan.risk(id)));
    }

    @Override
    public void redo(Plan plan) {
        after.forEach((id, fields) -> fields.applyTo(plan.risk(id)));
    }
}
