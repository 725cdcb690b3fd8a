package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;

/**
 * Two baselines compared task by task: which tasks start or finish at another moment or cost another amount
 * in the second, which are only in one of them, and the plan's totals in both.
 */
public record BaselineDiff(Baseline first, Baseline second, List<Change> changes) {
    /** A task that differs; a side is null when the task is not in that baseline. */
    public record Change(long taskId, BaselineTask before, BaselineTask after) {
        public BigDecimal costChange() {
            return (after == null ? BigDecimal.ZERO : after.cost()).subtract(before == null ? BigDecimal.ZERO
                    : before.cost());
        }
    }

    public static BaselineDiff of(Baseline first, Baseline second) {
        Map<Long, BaselineTask> a = first.taskMap();
        List<Change> out = new ArrayList<>();
        for (BaselineTask b : second.tasks()) {
            BaselineTask old = a.remove(b.taskId());
            if (old == null || !Objects.equals(old.start(), b.start()) || !Objects.equals(old.finish(), b.finish())
                    || old.cost().compareTo(b.cost()) != 0) {
                out.add(new Change(b.taskId(), old, b));
            }
        }
        for (BaselineTask gone : first.tasks()) {
            if (a.containsKey(gone.taskId())) {
                out.add(new Change(gone.taskId(), gone, null));
            }
        }
        return new BaselineDiff(first, second, List.copyOf(out));
    }

    public BigDecimal costChange() {
        return second.totalCost().subtract(first.totalCost());
    }

    public LocalDateTime firstFinish() {
        return first.finish();
    }

    public LocalDateTime secondFinish() {
        return second.finish();
    }
}
