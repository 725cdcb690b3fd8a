package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** A data licence or purchased dataset: a fixed amount. */
public record LicenceCost(BigDecimal amount) implements CostInput {
    public LicenceCost {
        amount = Money.notNegative(amount, "The licence amount");
    }

    @Override
    public CostCategory category() {
        return CostCategory.DATA;
    }

    @Override
    public String kindLabel() {
        return "Data licence";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        return Money.cents(amount);
    }

    @Override
    public boolean lumpSum() {
        return true;
    }

    @Override
    public String missingPrice(Prices prices) {
        return null;
    }

    @Override
    public String summary() {
        return "licence " + CostInput.plain(amount);
    }
}
