package org.genaiplan.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A team role (or named resource) that owns tasks, with its cost per working hour. */
public record Role(String name, BigDecimal ratePerHour) {

    public Role {
        name = Names.require(name, "A role");
        Objects.requireNonNull(ratePerHour, "ratePerHour");
        if (ratePerHour.signum() < 0) {
            throw new ValidationException("The rate of role \"" + name + "\" cannot be negative.");
        }
    }
}
