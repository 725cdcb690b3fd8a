package org.genaiplan.ui.decide;

import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Decision;
import org.genaiplan.ui.MoneyText;

/**
 * What recording a model decision does beside the matrix: a hosted candidate's token price goes into the price
 * table, and the decision is written on the plan's model-selection milestone, so the schedule carries it too.
 */
final class DecisionEffects {
    /** The line the selection milestone's notes carry; a later decision replaces it. */
    static final String PREFIX = "Decision: ";

    private DecisionEffects() {
    }

    /** The price table entry for a hosted candidate with a price, or null (self-hosted, or no price known). */
    static TokenPrice price(Plan plan, Candidate chosen) {
        if (chosen.selfHosted() || chosen.pricePerMillionTokens() == null) {
            return null;
        }
        TokenPrice known = plan.priceTable().model(chosen.name());
        return new TokenPrice(chosen.name(), chosen.pricePerMillionTokens(),
                known == null ? chosen.pricePerMillionTokens() : known.outputPerMillion(), false);
    }

    /** The first milestone whose name says a model is selected ("Foundation model selected"), or null. */
    static Task selectionMilestone(Plan plan) {
        for (Task t : plan.tasksInOrder()) {
            String name = t.name().toLowerCase(Locale.ROOT);
            if (t.isMilestone() && name.contains("model") && name.contains("select")) {
                return t;
            }
        }
        return null;
    }

    /** {@code notes} with its decision line replaced by (or ending with) the one for {@code d}. */
    static String notesWith(String notes, Decision d) {
        StringBuilder kept = new StringBuilder();
        for (String line : (notes == null ? "" : notes).split("\n", -1)) {
            if (!line.startsWith(PREFIX)) {
                kept.append(kept.isEmpty() ? "" : "\n").append(line);
            }
        }
        String text = kept.toString().strip();
        String line = PREFIX + d.candidate() + ", decided " + d.date() + (d.rationale().isEmpty() ? "." : ": " + d.rationale());
        return text.isEmpty() ? line : text + "\n" + line;
    }

    /** The status-bar sentence after the decision is recorded (short: the status bar has one line). */
    static String sentence(Decision d, TokenPrice priced, Task milestone) {
        StringBuilder s = new StringBuilder("Decision recorded");
        if (milestone != null) {
            s.append(" on \"").append(milestone.name()).append('"');
        }
        if (priced != null) {
            s.append("; its price, ").append(MoneyText.format(priced.inputPerMillion()))
                    .append(" per million tokens, is in the price table");
        }
        return s.append('.').toString();
    }
}
