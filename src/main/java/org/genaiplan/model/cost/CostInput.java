package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * What a cost line is made of: one record per kind of cost, each with its own inputs and formula. Inputs are
 * checked when the record is made, so a line that exists is valid; a price it needs may still be missing
 * from the plan, which {@link #missingPrice} reports and which makes the amount zero.
 */
public sealed interface CostInput
        permits PeopleCost, ComputeCost, ApiCost, AnnotationCost, EvaluationCost, FixedAmount,
        InfrastructureCost {

    CostCategory category();

    /** The kind as the cost view's Kind column shows it. */
    String kindLabel();

    /** The amount in the plan's currency, rounded to the cent; zero when a needed price is missing. */
    BigDecimal amount(Prices prices, long taskDurationMinutes);

    /** A sentence naming the missing price, or null when every price is known. */
    String missingPrice(Prices prices);

    /**
     * Whether the amount is paid in one go (a licence, an invoice) rather than as the work goes: once its
     * actual is entered, nothing more is forecast for it.
     */
    default boolean lumpSum() {
        return false;
    }

    /** The inputs in a few words, for lists and the workbook. */
    String summary();

    static String missingRole(Prices prices, String role) {
        return prices.roleRate(role) == null ? "The plan has no role \"" + role + "\" with a rate." : null;
    }

    /** A number as typed, with thousands separated: 12,000 or 37.5. */
    static String plain(BigDecimal value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(value);
    }
}
