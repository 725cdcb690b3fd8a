package org.genaiplan.model;

/** A value a user entered breaks a rule of the plan; the message is one sentence fit to show them. */
public class ValidationException extends IllegalArgumentException {
    public ValidationException(String message) {
        super(message);
    }
}
