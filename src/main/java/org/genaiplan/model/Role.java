package org.genaiplan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A team role that owns tasks (or that people hold), with its cost per working hour. {@code example} marks
 * a starter rate shipped with a template that the user has not replaced yet. {@code maxUnits} is how much of
 * the role the plan can use at once, in percent of one full-time person (300 = three people), and
 * {@code availability} a free note ("two contractors from April"), {@code responsibilities} what the role owns
 * ("Owns the plan, budget and risk register"; blank when nobody wrote it down).
 */
public record Role(String name, BigDecimal ratePerHour, boolean example, int maxUnits, String availability,
                   String responsibilities) {

    public Role {
        name = Names.require(name, "A role");
        Objects.requireNonNull(ratePerHour, "ratePerHour");
        if (ratePerHour.signum() < 0) {
            throw new ValidationException("The rate of role \"" + name + "\" cannot be negative.");
        }
        Units.check(maxUnits, "role", name);
        availability = Units.note(availability);
        responsibilities = responsibilities == null ? "" : responsibilities.strip();
    }

    /** A role without written responsibilities. */
    public Role(String name, BigDecimal ratePerHour, boolean example, int maxUnits, String availability) {
        this(name, ratePerHour, example, maxUnits, availability, "");
    }

    /** A role with a rate the user chose. */
    public Role(String name, BigDecimal ratePerHour) {
        this(name, ratePerHour, false);
    }

    public Role(String name, BigDecimal ratePerHour, boolean example) {
        this(name, ratePerHour, example, Units.FULL_TIME, "");
    }

    /** The same role at a rate the user chose (no longer an example). */
    public Role withRate(BigDecimal rate) {
        return new Role(name, rate, false, maxUnits, availability, responsibilities);
    }

    public Role withName(String newName) {
        return new Role(newName, ratePerHour, example, maxUnits, availability, responsibilities);
    }

    public Role withMaxUnits(int units) {
        return new Role(name, ratePerHour, example, units, availability, responsibilities);
    }

    /** The same role with what it is responsible for (from the role library, or written by the user). */
    public Role withResponsibilities(String text) {
        return new Role(name, ratePerHour, example, maxUnits, availability, text);
    }

    public Role withAvailability(String note) {
        return new Role(name, ratePerHour, example, maxUnits, note, responsibilities);
    }
}
