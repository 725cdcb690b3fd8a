package org.genaiplan.model;

import java.util.Objects;

/**
 * A precedence link between two tasks. The lag is in working minutes and may be negative (a lead).
 */
public record Dependency(long predecessorId, long successorId, DependencyType type, long lagMinutes) {

    public Dependency {
        Objects.requireNonNull(type, "type");
        if (predecessorId == successorId) {
            throw new ValidationException("A task cannot depend on itself.");
        }
    }

    public static Dependency finishToStart(long predecessorId, long successorId) {
        return new Dependency(predecessorId, successorId, DependencyType.FS, 0);
    }
}
