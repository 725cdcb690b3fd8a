package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * Cloud infrastructure paid by the month (a Kubernetes cluster, dataset storage, a vector database, monitoring):
 * the price per month x the months it runs. Tracked as its own category, apart from GPU time and API calls.
 */
public record InfrastructureCost(BigDecimal perMonth, BigDecimal months) implements CostInput {
    public InfrastructureCost {
        perMonth = Money.notNegative(perMonth, "The price per month");
        months = Money.notNegative(months, "Months");
    }

    @Override
    public CostCategory category() {
        return CostCategory.INFRASTRUCTURE;
    }

    @Override
    public String kindLabel() {
        return "Infrastructure";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        return Money.cents(perMonth.multiply(months));
    }

    @Override
    public String missingPrice(Prices prices) {
        return null;
    }

    @Override
    public String summary() {
        return CostInput.plain(perMonth) + " a month x " + CostInput.plain(months) + " months";
    }
}
