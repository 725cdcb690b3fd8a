package org.genaiplan.ui.costs;

/**
 * One row of the budget table: the whole plan ({@code phase} null) or one phase, with its budget (blank when
 * none is set), planned, actual and forecast cost, and the shares of the budget actual and forecast reach.
 * {@code level} is the highest alert threshold reached (0, 50, 75, 90 or 100).
 */
public record BudgetRow(String phase, String label, String budget, String planned, String actual, String forecast,
                        String actualPercent, String forecastPercent, int level) {
}
