package org.genaiplan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A team role (or named resource) that owns tasks, with its cost per working hour. {@code example} marks a
 * starter rate shipped with a template that the user has not replaced yet.
 */
public record Role(String name, BigDecimal ratePerHour, boolean example) {

    public Role {
        name = Names.require(name, "A role");
        Objects.requireNonNull(ratePerHour, "ratePerHour");
        if (ratePerHour.signum() < 0) {
            throw new ValidationException("The rate of role \"" + name + "\" cannot be negative.");
        }
    }

    /** A role with a rate the user chose. */
    public Role(String name, BigDecimal ratePerHour) {
        this(name, ratePerHour, false);
    }
}
