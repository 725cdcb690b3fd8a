package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** Labelling data: items x minutes per item / 60 x the annotating role's hourly rate. */
public record AnnotationCost(String role, long items, BigDecimal minutesPerItem) implements CostInput {
    public AnnotationCost {
        role = Money.name(role, "The annotator role");
        Money.notNegative(items, "Items");
        minutesPerItem = Money.notNegative(minutesPerItem, "Minutes per item");
    }

    public BigDecimal hours() {
        return minutesPerItem.multiply(BigDecimal.valueOf(items)).divide(Money.SIXTY, 6,
                java.math.RoundingMode.HALF_UP);
    }

    @Override
    public CostCategory category() {
        return CostCategory.DATA;
    }

    @Override
    public String kindLabel() {
        return "Annotation";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        BigDecimal rate = prices.roleRate(role);
        if (rate == null) {
            return Money.cents(BigDecimal.ZERO);
        }
        return Money.cents(minutesPerItem.multiply(BigDecimal.valueOf(items)).multiply(rate)
                .divide(Money.SIXTY, 10, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public String missingPrice(Prices prices) {
        return CostInput.missingRole(prices, role);
    }

    @Override
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%,d items x %s min, %s", items,
                CostInput.plain(minutesPerItem), role);
    }
}
