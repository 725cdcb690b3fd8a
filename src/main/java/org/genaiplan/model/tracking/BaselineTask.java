package org.genaiplan.model.tracking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A task as a baseline kept it: its dates, duration and work (working minutes), its cost (for a summary, of
 * its subtree), the quantities of its cost lines and the lines themselves. {@code summary} tells a summary
 * from a leaf, so totals are taken over leaves only.
 */
public record BaselineTask(long taskId, boolean summary, LocalDateTime start, LocalDateTime finish,
                           long durationMinutes, long workMinutes, BigDecimal cost, Quantities quantities,
                           List<BaselineLine> lines) {
    public BaselineTask {
        cost = cost == null ? BigDecimal.ZERO : cost;
        quantities = quantities == null ? Quantities.ZERO : quantities;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
