package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Actual or forecast cost has reached a share of a budget. {@code phase} is null for the plan's budget.
 * Thresholds are 50, 75, 90 and 100 %; an amount at exactly a threshold has reached it.
 */
public record BudgetAlert(String phase, Measure measure, int threshold, BigDecimal amount, BigDecimal budget) {

    public static final int[] THRESHOLDS = {50, 75, 90, 100};

    public enum Measure {
        ACTUAL("Actual cost"),
        FORECAST("Forecast");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The highest threshold {@code amount} has reached of {@code budget}, if any. */
    public static Optional<BudgetAlert> check(String phase, Measure measure, BigDecimal amount, BigDecimal budget) {
        if (budget == null || budget.signum() <= 0 || amount == null) {
            return Optional.empty();
        }
        BigDecimal hundredfold = amount.multiply(BigDecimal.valueOf(100));
        for (int i = THRESHOLDS.length - 1; i >= 0; i--) {
            if (hundredfold.compareTo(budget.multiply(BigDecimal.valueOf(THRESHOLDS[i]))) >= 0) {
                return Optional.of(new BudgetAlert(phase, measure, THRESHOLDS[i], amount, budget));
            }
        }
        return Optional.empty();
    }

    /** Share of the budget in whole per cent, rounded down. */
    public int percent() {
        return amount.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.FLOOR).intValue();
    }

    public boolean overBudget() {
        return threshold >= 100;
    }

    /** One sentence for the alert list, e.g. "Forecast for Fine-tuning has reached 90 % of its budget (92 %)." */
    public String message() {
        String scope = phase == null ? "the plan" : phase;
        String whose = phase == null ? "the plan's" : "its";
        return measure + " for " + scope + " has reached " + threshold + " % of " + whose + " budget ("
                + percent() + " %).";
    }
}
