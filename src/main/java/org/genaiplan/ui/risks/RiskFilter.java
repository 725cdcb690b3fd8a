package org.genaiplan.ui.risks;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/**
 * What the register shows: a risk passes when its category, status, owner and band are among the chosen
 * ones (an empty choice means "any") and it contains every word of the search text. {@code cell} is a
 * heat-map cell (inherent ratings, or residual when {@code residual}); a cell shows only the risks that are
 * still open, as the map counts.
 */
public record RiskFilter(Set<String> categories, Set<RiskStatus> statuses, Set<String> owners, Set<ScoreBand> bands,
                         String text, HeatCell cell, boolean residual) {
    public static final RiskFilter NONE = new RiskFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", null, false);

    public RiskFilter {
        categories = Set.copyOf(categories);
        statuses = Set.copyOf(statuses);
        owners = Set.copyOf(owners);
        bands = Set.copyOf(bands);
        text = text == null ? "" : text;
    }

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
        if (!chosen(categories, r.category()) || !chosen(statuses, r.status()) || !chosen(owners, r.owner())
                || !chosen(bands, r.band())) {
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

    private static <T> boolean chosen(Collection<T> choice, T value) {
        return choice.isEmpty() || value != null && choice.contains(value);
    }
}
