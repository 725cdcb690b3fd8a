package org.genaiplan.app;

import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.decision.SelectionMatrix;

/** The lines {@code genaiplan info} prints about the plan's GenAI decisions: the chosen model and the techniques. */
final class DecisionReport {
    private DecisionReport() {
    }

    /** Nothing for a plan without a selection matrix or techniques. */
    static String of(Plan plan) {
        StringBuilder out = new StringBuilder();
        SelectionMatrix m = plan.selection();
        if (m.decision() != null) {
            SelectionMatrix.Candidate chosen = m.candidates().stream()
                    .filter(c -> c.name().equals(m.decision().candidate())).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "Model:        %s, chosen %s (rank %d of %d, score %.2f of 5)%n",
                    chosen.name(), m.decision().date(), m.rankOf(chosen.name()), m.candidates().size(), m.score(chosen)));
        } else if (!m.candidates().isEmpty()) {
            out.append("Model:        ").append(m.candidates().size())
                    .append(" candidates scored, no decision recorded\n");
        }
        java.util.Map<String, Integer> techniques = new java.util.TreeMap<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.technique() != null) {
                techniques.merge(t.technique(), 1, Integer::sum);
            }
        }
        if (!techniques.isEmpty()) {
            StringBuilder list = new StringBuilder();
            techniques.forEach((id, n) -> list.append(list.isEmpty() ? "" : ", ").append(id)
                    .append(n == 1 ? "" : " x" + n));
            out.append("Techniques:   ").append(list).append('\n');
        }
        out.append(businessCase(plan));
        return out.toString();
    }

    /** The payback month, the ROI at 36 months and the unit costs; nothing when no business case is entered. */
    static String businessCase(Plan plan) {
        if (plan.businessCase().blank()) {
            return "";
        }
        org.genaiplan.schedule.BusinessCaseReport r = org.genaiplan.schedule.BusinessCaseReport.of(plan,
                plan.businessCase());
        StringBuilder out = new StringBuilder();
        out.append("Payback:      ").append(r.paybackText()).append(", ROI ")
                .append(org.genaiplan.schedule.BusinessCaseReport.percent(r.roi12())).append(" at 12 months, ")
                .append(org.genaiplan.schedule.BusinessCaseReport.percent(r.roi36())).append(" at 36\n");
        out.append(String.format(Locale.ROOT, "Run-rate:     %,.2f %s a month%s%n", r.runRate(), plan.currency(),
                r.runRateFromLines() ? " (operating lines)" : " (entered)"));
        if (r.costPer1000Requests() != null) {
            out.append(String.format(Locale.ROOT, "Unit cost:    %,.2f %s per 1,000 requests, %s per inference%n",
                    r.costPer1000Requests(), plan.currency(), r.costPerInference().toPlainString()));
        }
        return out.toString();
    }
}
