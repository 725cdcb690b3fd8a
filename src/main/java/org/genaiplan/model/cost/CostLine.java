package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * One line of a task's cost: a description, the kind-specific inputs and, once money is spent, the actual
 * cost (null until entered). Lines are values; a task replaces a line to change it.
 */
public record CostLine(String description, CostInput input, BigDecimal actual) {
    public CostLine {
        description = description == null ? "" : description.strip();
        java.util.Objects.requireNonNull(input, "input");
        actual = actual == null ? null : Money.notNegative(actual, "The actual cost");
    }

    public CostLine(CostInput input) {
        this("", input, null);
    }

    public CostLine withInput(CostInput newInput) {
        return new CostLine(description, newInput, actual);
    }

    public CostLine withActual(BigDecimal newActual) {
        return new CostLine(description, input, newActual);
    }

    public CostLine withDescription(String newDescription) {
        return new CostLine(newDescription, input, actual);
    }

    public CostCategory category() {
        return input.category();
    }
}
