package org.genaiplan.model.cost;

import java.math.BigDecimal;

/**
 * What a hosted model charges per million input and per million output tokens. {@code example} marks a
 * starter value shipped with the app that the user has not replaced yet.
 */
public record TokenPrice(String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion, boolean example) {
    public TokenPrice {
        model = Money.name(model, "The model");
        inputPerMillion = Money.notNegative(inputPerMillion, "The input price");
        outputPerMillion = Money.notNegative(outputPerMillion, "The output price");
    }
}
