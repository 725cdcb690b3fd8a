package org.genaiplan.model.tracking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.ValidationException;

/**
 * A named copy of the plan as it was scheduled and costed when it was saved: per task the dates, duration,
 * work, cost and quantities, and the plan's totals. A value: renaming makes a new one.
 */
public record Baseline(String name, LocalDateTime savedAt, LocalDateTime start, LocalDateTime finish,
                       BigDecimal totalCost, Quantities totals, List<BaselineTask> tasks) {
    public Baseline {
        name = checkName(name);
        totalCost = totalCost == null ? BigDecimal.ZERO : totalCost;
        totals = totals == null ? Quantities.ZERO : totals;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The name stripped; blank or over 200 characters is refused with a sentence. */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("A baseline needs a name.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 200) {
            throw new ValidationException("A baseline name is longer than 200 characters.");
        }
        return trimmed;
    }

    public Baseline renamed(String newName) {
        return new Baseline(newName, savedAt, start, finish, totalCost, totals, tasks);
    }

    /** The tasks by id; made on each call, so callers keep the map while they need it. */
    public Map<Long, BaselineTask> taskMap() {
        Map<Long, BaselineTask> map = HashMap.newHashMap(tasks.size());
        for (BaselineTask t : tasks) {
            map.put(t.taskId(), t);
        }
        return map;
    }
}
