package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** GPU time: GPU count x hours x the GPU type's price per GPU-hour. */
public record ComputeCost(String gpuType, long gpuCount, BigDecimal hours) implements CostInput {
    public ComputeCost {
        gpuType = Money.name(gpuType, "The GPU type");
        Money.notNegative(gpuCount, "The GPU count");
        hours = Money.notNegative(hours, "Hours");
    }

    public BigDecimal gpuHours() {
        return hours.multiply(BigDecimal.valueOf(gpuCount));
    }

    @Override
    public CostCategory category() {
        return CostCategory.COMPUTE;
    }

    @Override
    public String kindLabel() {
        return "Compute";
    }

    @Override
    public BigDecimal amount(Prices prices, long taskDurationMinutes) {
        GpuPrice gpu = prices.gpu(gpuType);
        return Money.cents(gpu == null ? BigDecimal.ZERO : gpuHours().multiply(gpu.pricePerHour()));
    }

    @Override
    public String missingPrice(Prices prices) {
        return prices.gpu(gpuType) == null ? "The price table has no GPU type \"" + gpuType + "\"." : null;
    }

    @Override
    public String summary() {
        return gpuCount + " x " + gpuType + " x " + CostInput.plain(hours) + " h";
    }
}
