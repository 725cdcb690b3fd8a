package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** A cost given as a sum of money rather than worked out from prices: paid in one go, needs no price. */
public sealed interface FixedAmount extends CostInput permits LicenceCost, OtherCost {

    /** The sum as entered. */
    BigDecimal amount();

    @Override
    default BigDecimal amount(Prices prices, long taskDurationMinutes) {
        return Money.cents(amount());
    }

    @Override
    default String missingPrice(Prices prices) {
        return null;
    }

    @Override
    default boolean lumpSum() {
        return true;
    }
}
