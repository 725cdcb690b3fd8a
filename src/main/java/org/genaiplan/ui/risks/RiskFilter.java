package org.genaiplan.ui.risks;

import java.util.Locale;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/**
 * What the register shows: null fields mean "any". {@code cell} is a heat-map cell (inherent ratings,
 * or residual when {@code residual}); a cell shows only the risks that are still open, as the map counts.
 */
public record RiskFilter(String category, RiskStatus status, String owner, ScoreBand band, String text,
                         HeatCell cell, boolean residual) {
    public static final RiskFilter NONE = new RiskFilter(null, null, null, null, "", null, false);

    /** Risks the heat map counts: every status but closed. */
    public static boolean isOpen(Risk risk) {
        return risk.status() != RiskStatus.CLOSED;
    }

    /** @param searchText the row's text in lower case (every column) */
    public boolean test(Risk r, String searchText) {
        return test(r, searchText, words(text));
    }

    /** The search text split into lower-case words (blank gives none). */
    public static String[] words(String text) {
        return text == null || text.isBlank() ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    /** As {@link #test(Risk, String)} with the search words split once for many rows. */
    public boolean test(Risk r, String searchText, String[] words) {
        if (category != null && !category.equals(r.category())) {
            return false;
        }
        if (status != null && status != r.status()) {
            return false;
        }
        if (owner != null && !owner.equals(r.owner())) {
            return false;
        }
        if (band != null && band != r.band()) {
            return false;
        }
        if (cell != null) {
            int p = residual ? r.residualProbability() : r.probability();
            int i = residual ? r.residualImpact() : r.impact();
            if (!isOpen(r) || p != cell.probability() || i != cell.impact()) {
                return false;
            }
        }
        for (String w : words) {
            if (!searchText.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
