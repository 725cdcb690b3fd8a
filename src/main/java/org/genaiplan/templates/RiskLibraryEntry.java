package org.genaiplan.templates;

import org.genaiplan.model.ResponseStrategy;

/**
 * A starter risk of the library with its default ratings (1 to 5) and response. {@code category} is a
 * category id of the library; {@code owner} a suggested role name; the residual ratings assume the
 * mitigation is carried out.
 */
public record RiskLibraryEntry(String id, String title, String statement, RiskCategory category, String phase,
                               int probability, int impact, ResponseStrategy strategy, String mitigation,
                               String contingency, String trigger, String owner, int residualProbability,
                               int residualImpact) {

    public int score() {
        return probability * impact;
    }
}
