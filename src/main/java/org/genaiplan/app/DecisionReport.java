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
        return out.toString();
    }
}
