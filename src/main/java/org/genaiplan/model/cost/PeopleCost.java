package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * Hours of a role at its hourly rate. With no hours given the task's duration counts as the hours, so the
 * line follows the schedule.
 */
public record PeopleCost(String role, BigDecimal hours) implements CostInput {
    public PeopleCost {
        role = Money.name(role, "The role");
        hours = hours == null ? null : Money.notNegative(hours, "Hours");
    }

    /** The hours this line charges: its own, else the task's duration in hours. */
    public BigDecimal hoursFor(long taskDurationMinutes) {
        return hours != null ? hours : BigDecimal.valueOf(taskDurationMinutes).divide(Money.SIXTY, 6,
                java.math.RoundingMode.HALF_UP);
    }

    @Override
    public CostCategory category() {
        return CostCategory.PEOPLE;
    }

    @Override
    public String kindLabel() {
        return "People";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        BigDecimal rate = prices.roleRate(role);
        if (rate == null) {
            return Money.cents(BigDecimal.ZERO);
        }
        BigDecimal exact = hours != null ? hours.multiply(rate)
                : rate.multiply(BigDecimal.valueOf(taskDurationMinutes)).divide(Money.SIXTY, 10,
                        java.math.RoundingMode.HALF_UP);
        return Money.cents(exact);
    }

    @Override
    public String missingPrice(Prices prices) {
        return CostInput.missingRole(prices, role);
    }

    @Override
    public String summary() {
        return role + ", " + (hours == null ? "task duration" : CostInput.plain(hours) + " h");
    }
}
