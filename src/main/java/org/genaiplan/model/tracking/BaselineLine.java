package org.genaiplan.model.tracking;

import java.math.BigDecimal;

/** One cost line of a task as a baseline kept it: its kind, description, amount and quantities. */
public record BaselineLine(String kind, String description, BigDecimal amount, Quantities quantities) {
    public BaselineLine {
        description = description == null ? "" : description;
        amount = amount == null ? BigDecimal.ZERO : amount;
        quantities = quantities == null ? Quantities.ZERO : quantities;
    }
}
