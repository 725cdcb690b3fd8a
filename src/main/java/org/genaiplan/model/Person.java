package org.genaiplan.model;

import java.math.BigDecimal;

/**
 * A named person who can own tasks. {@code role} is the plan role they hold (or null); {@code ratePerHour}
 * is their own rate, or null to cost them at their role's rate. {@code maxUnits} is how much of their time
 * the plan can use, in percent (100 = full time), and {@code availability} a free note ("Mondays only").
 */
public record Person(String name, String role, BigDecimal ratePerHour, int maxUnits, String availability) {

    public Person {
        name = Names.require(name, "A person");
        role = role == null || role.isBlank() ? null : role.strip();
        if (ratePerHour != null && ratePerHour.signum() < 0) {
            throw new ValidationException("The rate of \"" + name + "\" cannot be negative.");
        }
        Units.check(maxUnits, "person", name);
        availability = Units.note(availability);
    }

    /** A full-time person with no role and no rate yet. */
    public Person(String name) {
        this(name, null, null, Units.FULL_TIME, "");
    }

    public Person withName(String newName) {
        return new Person(newName, role, ratePerHour, maxUnits, availability);
    }

    public Person withRole(String newRole) {
        return new Person(name, newRole, ratePerHour, maxUnits, availability);
    }

    /** The person's own rate; null to use the role's. */
    public Person withRate(BigDecimal rate) {
        return new Person(name, role, rate, maxUnits, availability);
    }

    public Person withMaxUnits(int units) {
        return new Person(name, role, ratePerHour, units, availability);
    }

    public Person withAvailability(String note) {
        return new Person(name, role, ratePerHour, maxUnits, note);
    }
}
