package org.genaiplan.ui.gantt;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.GateResult;
import org.genaiplan.model.quality.GateStatus;
import org.genaiplan.model.quality.Gates;

/** The colour of a gate milestone's diamond: red while blocked, green once passed, amber while pending. */
final class GateMarks {
    static final Color BLOCKED = Color.web("#c62828");
    static final Color PASSED = Color.web("#2e7d32");
    static final Color PENDING = Color.web("#f9a825");

    private GateMarks() {
    }

    /** Each gate milestone's status, worked out once a frame (a plan has a handful of gates). */
    static Map<Long, GateStatus> of(Plan plan) {
        if (plan == null || plan.quality().gates().isEmpty()) {
            return Map.of();
        }
        Map<Long, GateStatus> out = new HashMap<>();
        for (GateResult r : Gates.evaluate(plan)) {
            out.put(r.gate().taskId(), r.status());
        }
        return out;
    }

    /** Sets the fill for a gate's diamond; leaves it alone for any other milestone. */
    static void fill(GraphicsContext gc, Map<Long, GateStatus> gates, long taskId) {
        GateStatus s = gates.get(taskId);
        if (s != null) {
            gc.setFill(switch (s) {
                case BLOCKED -> BLOCKED;
                case PASSED -> PASSED;
                case PENDING -> PENDING;
            });
        }
    }
}
