package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * Calls to a hosted model: requests per month x (input tokens x input price + output tokens x output price)
 * per million tokens, over a number of months. Token counts are per request.
 */
public record ApiCost(String model, long requestsPerMonth, long inputTokens, long outputTokens, BigDecimal months)
        implements CostInput {
    public ApiCost {
        model = Money.name(model, "The model");
        Money.notNegative(requestsPerMonth, "Requests per month");
        Money.notNegative(inputTokens, "Input tokens");
        Money.notNegative(outputTokens, "Output tokens");
        months = Money.notNegative(months, "Months");
    }

    @Override
    public CostCategory category() {
        return CostCategory.API;
    }

    @Override
    public String kindLabel() {
        return "API / tokens";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        TokenPrice price = prices.model(model);
        if (price == null) {
            return Money.cents(BigDecimal.ZERO);
        }
        BigDecimal perRequest = BigDecimal.valueOf(inputTokens).multiply(price.inputPerMillion())
                .add(BigDecimal.valueOf(outputTokens).multiply(price.outputPerMillion()));
        BigDecimal exact = perRequest.multiply(BigDecimal.valueOf(requestsPerMonth)).multiply(months)
                .divide(Money.MILLION);
        return Money.cents(exact);
    }

    @Override
    public String missingPrice(Prices prices) {
        return prices.model(model) == null ? "The price table has no model \"" + model + "\"." : null;
    }

    @Override
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%,d requests/month x (%,d in + %,d out tokens) x %s months, %s",
                requestsPerMonth, inputTokens, outputTokens, CostInput.plain(months), model);
    }
}
