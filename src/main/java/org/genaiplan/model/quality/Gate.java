package org.genaiplan.model.quality;

import java.util.List;

/** A milestone (by task id) that is a gate: it is passed once every criterion holds. */
public record Gate(long taskId, List<GateCriterion> criteria) {
    public Gate {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
