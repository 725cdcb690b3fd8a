package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** Any other fixed amount: hardware, travel, a vendor's invoice. */
public record OtherCost(BigDecimal amount) implements CostInput {
    public OtherCost {
        amount = Money.notNegative(amount, "The amount");
    }

    @Override
    public CostCategory category() {
        return CostCategory.OTHER;
    }

    @Override
    public String kindLabel() {
        return "Fixed / other";
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
        return CostInput.plain(amount);
    }
}
