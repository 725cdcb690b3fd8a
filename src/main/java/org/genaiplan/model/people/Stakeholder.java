package org.genaiplan.model.people;

import org.genaiplan.model.ValidationException;

/**
 * An entry of the stakeholder register: who (a person or a group), their role or organisation, their interest
 * in the project and influence over it, their attitude today and what they need to hear from the project.
 */
public record Stakeholder(String name, String organisation, Level interest, Level influence, Attitude attitude,
                          String needs) {
    public Stakeholder {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new ValidationException("A stakeholder needs a name.");
        }
        organisation = organisation == null ? "" : organisation.strip();
        interest = interest == null ? Level.MEDIUM : interest;
        influence = influence == null ? Level.MEDIUM : influence;
        attitude = attitude == null ? Attitude.NEUTRAL : attitude;
        needs = needs == null ? "" : needs.strip();
    }

    /** A stakeholder with only a name (medium interest and influence, neutral). */
    public Stakeholder(String name) {
        this(name, "", Level.MEDIUM, Level.MEDIUM, Attitude.NEUTRAL, "");
    }

    /**
     * How to engage them, from the power/interest grid: manage closely (high influence and interest), keep
     * satisfied (high influence), keep informed (high interest) or monitor.
     */
    public String engagement() {
        boolean power = influence == Level.HIGH;
        boolean interested = interest == Level.HIGH;
        if (power && interested) {
            return "Manage closely";
        }
        if (power) {
            return "Keep satisfied";
        }
        return interested ? "Keep informed" : "Monitor";
    }

    public Stakeholder withName(String v) {
        return new Stakeholder(v, organisation, interest, influence, attitude, needs);
    }

    public Stakeholder withOrganisation(String v) {
        return new Stakeholder(name, v, interest, influence, attitude, needs);
    }

    public Stakeholder withInterest(Level v) {
        return new Stakeholder(name, organisation, v, influence, attitude, needs);
    }

    public Stakeholder withInfluence(Level v) {
        return new Stakeholder(name, organisation, interest, v, attitude, needs);
    }

    public Stakeholder withAttitude(Attitude v) {
        return new Stakeholder(name, organisation, interest, influence, v, needs);
    }

    public Stakeholder withNeeds(String v) {
        return new Stakeholder(name, organisation, interest, influence, attitude, v);
    }
}
