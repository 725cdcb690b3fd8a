package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** A data licence or purchased dataset: a fixed amount. */
public record LicenceCost(BigDecimal amount) implements FixedAmount {
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
    public String summary() {
        return "licence " + CostInput.plain(amount);
    }
}
