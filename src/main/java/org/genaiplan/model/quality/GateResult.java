package org.genaiplan.model.quality;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A gate evaluated on the plan as it stands: its milestone's name and date, its status and the reasons it is not
 * passed, blocking reasons first, one sentence fragment each.
 */
public record GateResult(Gate gate, String name, LocalDateTime date, GateStatus status, List<String> reasons) {
    public GateResult {
        reasons = List.copyOf(reasons);
    }

    /** "Go / no-go: blocked (2 reasons)" or "Go / no-go: passed". */
    public String summary() {
        String base = name + ": " + status.label();
        if (reasons.isEmpty()) {
            return base;
        }
        return base + " (" + reasons.size() + (reasons.size() == 1 ? " reason)" : " reasons)");
    }

    /** "Gate Go / no-go: blocked", then each reason on its own line after a bullet. */
    public String describe() {
        StringBuilder b = new StringBuilder("Gate ").append(name).append(": ").append(status.label());
        for (String reason : reasons) {
            b.append("\n\u2022 ").append(reason);
        }
        return b.toString();
    }
}
