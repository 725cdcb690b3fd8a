package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** Any other fixed amount: hardware, travel, a vendor's invoice. */
public record OtherCost(BigDecimal amount) implements FixedAmount {
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
    public String summary() {
        return CostInput.plain(amount);
    }
}
