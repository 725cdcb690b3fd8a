package org.genaiplan.ui.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;

/** Everything a user sets on one risk, including its task links (not its id): a snapshot for undo and paste. */
public record RiskFields(String title, String statement, String category, String phase, List<Long> linkedTaskIds,
                         String owner, int probability, int impact, ResponseStrategy strategy, String mitigation,
                         String contingency, String trigger, LocalDate dueDate, RiskStatus status,
                         int residualProbability, int residualImpact, BigDecimal costImpact, LocalDate raised,
                         LocalDate lastReviewed) {

    public RiskFields {
        linkedTaskIds = List.copyOf(linkedTaskIds);
    }

    public static RiskFields of(Risk risk) {
        return new RiskFields(risk.title(), risk.statement(), risk.category(), risk.phase(),
                List.copyOf(risk.linkedTaskIds()), risk.owner(), risk.probability(), risk.impact(), risk.strategy(),
                risk.mitigation(), risk.contingency(), risk.trigger(), risk.dueDate(), risk.status(),
                risk.residualProbability(), risk.residualImpact(), risk.costImpact(), risk.raised(),
                risk.lastReviewed());
    }

    /** Writes these values into {@code risk}, so that {@code RiskFields.of(risk)} equals this afterwards. */
    public void applyTo(Risk risk) {
        risk.setTitle(title);
        risk.setStatement(statement);
        risk.setCategory(category);
        risk.setPhase(phase);
        if (!List.copyOf(risk.linkedTaskIds()).equals(linkedTaskIds)) {
            List.copyOf(risk.linkedTaskIds()).forEach(risk::unlinkTask);
            linkedTaskIds.forEach(risk::linkTask);
        }
        risk.setOwner(owner);
        risk.setProbability(probability);
        risk.setImpact(impact);
        risk.setStrategy(strategy);
        risk.setMitigation(mitigation);
        risk.setContingency(contingency);
        risk.setTrigger(trigger);
        risk.setDueDate(dueDate);
        risk.setStatus(status);
        risk.setResidualProbability(residualProbability);
        risk.setResidualImpact(residualImpact);
        risk.setCostImpact(costImpact);
        risk.setRaised(raised);
        risk.setLastReviewed(lastReviewed);
    }

    /** The same values without task links (for pasting into another plan, where the task ids mean nothing). */
    public RiskFields withoutLinks() {
        return new RiskFields(title, statement, category, phase, List.of(), owner, probability, impact, strategy,
                mitigation, contingency, trigger, dueDate, status, residualProbability, residualImpact, costImpact,
                raised, lastReviewed);
    }
}
