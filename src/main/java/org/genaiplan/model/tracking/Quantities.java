package org.genaiplan.model.tracking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The quantities a GenAI budget is spent in, beside money: people hours, GPU-hours, input and output tokens
 * and annotated items. Used for what a baseline planned and for what has been used so far.
 */
public record Quantities(BigDecimal peopleHours, BigDecimal gpuHours, long inputTokens, long outputTokens,
                         long annotationItems) {
    public static final Quantities ZERO = new Quantities(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);

    public Quantities {
        Objects.requireNonNull(peopleHours, "peopleHours");
        Objects.requireNonNull(gpuHours, "gpuHours");
    }

    public Quantities plus(Quantities other) {
        return new Quantities(peopleHours.add(other.peopleHours), gpuHours.add(other.gpuHours),
                inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                annotationItems + other.annotationItems);
    }

    /** These quantities with {@code quantity} more of {@code kind} (money is not a quantity: unchanged). */
    public Quantities plus(UsageKind kind, BigDecimal quantity) {
        if (quantity == null) {
            return this;
        }
        return switch (kind) {
            case PEOPLE_HOURS -> new Quantities(peopleHours.add(quantity), gpuHours, inputTokens, outputTokens,
                    annotationItems);
            case GPU_HOURS -> new Quantities(peopleHours, gpuHours.add(quantity), inputTokens, outputTokens,
                    annotationItems);
            case INPUT_TOKENS -> new Quantities(peopleHours, gpuHours, inputTokens + quantity.longValue(),
                    outputTokens, annotationItems);
            case OUTPUT_TOKENS -> new Quantities(peopleHours, gpuHours, inputTokens,
                    outputTokens + quantity.longValue(), annotationItems);
            case ANNOTATION_ITEMS -> new Quantities(peopleHours, gpuHours, inputTokens, outputTokens,
                    annotationItems + quantity.longValue());
            case COST -> this;
        };
    }
}
