package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** Human evaluation or red teaming: reviewer hours x the reviewing role's hourly rate. */
public record EvaluationCost(String role, BigDecimal hours) implements CostInput {
    public EvaluationCost {
        role = Money.name(role, "The reviewer role");
        hours = Money.notNegative(hours, "Hours");
    }

    @Override
    public CostCategory category() {
        return CostCategory.HUMAN_EVALUATION;
    }

    @Override
    public String kindLabel() {
        return "Human evaluation";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        BigDecimal rate = prices.roleRate(role);
        return Money.cents(rate == null ? BigDecimal.ZERO : hours.multiply(rate));
    }

    @Override
    public String missingPrice(Prices prices) {
        return CostInput.missingRole(prices, role);
    }

    @Override
    public String summary() {
        return role + ", " + CostInput.plain(hours) + " h";
    }
}
