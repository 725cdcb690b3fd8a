package org.genaiplan.model.cost;

import java.math.BigDecimal;
import org.genaiplan.model.ValidationException;

/**
 * What one GPU of a type costs per hour, and its peak dense throughput (for the training-time helper).
 * {@code example} marks a starter value shipped with the app that the user has not replaced yet.
 */
public record GpuPrice(String name, BigDecimal pricePerHour, double peakTflops, boolean example) {
    public GpuPrice {
        name = Money.name(name, "The GPU type");
        pricePerHour = Money.notNegative(pricePerHour, "The price per GPU-hour");
        if (!(peakTflops >= 0) || Double.isInfinite(peakTflops)) {
            throw new ValidationException("The peak TFLOP/s cannot be negative.");
        }
    }
}
