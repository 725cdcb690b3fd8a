package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ValidationException;

/** Sets the WBS tasks a risk threatens (replacing its links); undo puts the old links back in their order. */
public final class LinkRiskCommand implements PlanCommand {
    private final long riskId;
    private final List<Long> taskIds;
    private List<Long> before = List.of();

    public LinkRiskCommand(long riskId, List<Long> taskIds) {
        this.riskId = riskId;
        this.taskIds = List.copyOf(new LinkedHashSet<>(taskIds));
    }

    @Override
    public String displayName() {
        return "Link Tasks";
    }

    @Override
    public void execute(Plan plan) {
        Risk risk = plan.risk(riskId);
        if (risk == null) {
            throw new ValidationException("The risk no longer exists.");
        }
        for (long id : taskIds) {
            if (plan.task(id) == null) {
                throw new ValidationException("A task to link no longer exists.");
            }
        }
        before = List.copyOf(risk.linkedTaskIds());
        setLinks(risk, taskIds);
    }

    @Override
    public void undo(Plan plan) {
        setLinks(plan.risk(riskId), before);
    }

    @Override
    public void redo(Plan plan) {
        setLinks(plan.risk(riskId), taskIds);
    }

    private static void setLinks(Risk risk, List<Long> ids) {
        Set<Long> current = new LinkedHashSet<>(risk.linkedTaskIds());
        if (new ArrayList<>(current).equals(ids)) {
            return;
        }
        current.forEach(risk::unlinkTask);
        ids.forEach(risk::linkTask);
    }
}
