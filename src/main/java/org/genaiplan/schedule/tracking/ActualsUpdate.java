package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Tracking;
import org.genaiplan.model.tracking.UsageKind;

/**
 * Applies imported actuals to a plan and can put it back as it was. Each row is kept as a dated entry (its
 * quantity counts as used); its amount is added to the task's actual cost: to the first cost line of the
 * matching kind (compute for GPU-hours, API for tokens, annotation for items), else to the owner's work. A
 * % complete given sets the task's (the latest date wins). The status date is set when one is given.
 */
public final class ActualsUpdate {
    /** One row of actuals for a task. */
    public record Row(long taskId, LocalDate date, UsageKind kind, BigDecimal quantity, BigDecimal amount,
                      Integer percentComplete) {
    }

    /** A task's tracked fields before the update. */
    private record Before(int percent, LocalDateTime actualStart, BigDecimal workActual, List<CostLine> lines) {
    }

    private final List<Row> rows;
    private final LocalDate statusDate;
    private final Map<Long, Before> before = new LinkedHashMap<>();
    private Tracking trackingBefore;
    private LocalDate statusBefore;

    public ActualsUpdate(List<Row> rows, LocalDate statusDate) {
        this.rows = List.copyOf(rows);
        this.statusDate = statusDate;
    }

    /** Applies the rows; the plan must hold every row's task. */
    public void apply(Plan plan) {
        trackingBefore = plan.tracking();
        statusBefore = plan.statusDate();
        before.clear();
        List<ActualEntry> entries = new ArrayList<>(plan.tracking().actuals());
        Map<Long, LocalDate> percentDates = new LinkedHashMap<>();
        for (Row r : rows) {
            Task t = plan.task(r.taskId());
            before.computeIfAbsent(t.id(), id -> new Before(t.percentComplete(), t.actualStart(),
                    t.workActualCost(), t.costLines()));
            entries.add(new ActualEntry(t.id(), r.date(), r.kind(), r.quantity(), r.amount()));
            if (r.amount() != null) {
                addAmount(t, r.kind(), r.amount());
            }
            if (r.percentComplete() != null) {
                LocalDate last = percentDates.get(t.id());
                if (last == null || !r.date().isBefore(last)) {
                    t.setPercentComplete(r.percentComplete());
                    percentDates.put(t.id(), r.date());
                }
            }
        }
        plan.setTracking(plan.tracking().withActuals(entries));
        if (statusDate != null) {
            plan.setStatusDate(statusDate);
        }
    }

    /** Puts every task, the tracking value and the status date back as they were before {@link #apply}. */
    public void undo(Plan plan) {
        before.forEach((id, b) -> {
            Task t = plan.task(id);
            t.setPercentComplete(b.percent());
            t.setActualStart(b.actualStart());
            t.setWorkActualCost(b.workActual());
            t.setCostLines(b.lines());
        });
        plan.setTracking(trackingBefore);
        plan.setStatusDate(statusBefore);
    }

    public int rowCount() {
        return rows.size();
    }

    private static void addAmount(Task t, UsageKind kind, BigDecimal amount) {
        CostCategory category = switch (kind) {
            case GPU_HOURS -> CostCategory.COMPUTE;
            case INPUT_TOKENS, OUTPUT_TOKENS -> CostCategory.API;
            case ANNOTATION_ITEMS -> CostCategory.DATA;
            default -> null;
        };
        List<CostLine> lines = t.costLines();
        for (int i = 0; category != null && i < lines.size(); i++) {
            CostLine line = lines.get(i);
            if (line.category() == category) {
                List<CostLine> changed = new ArrayList<>(lines);
                changed.set(i, line.withActual(line.actual() == null ? amount : line.actual().add(amount)));
                t.setCostLines(changed);
                return;
            }
        }
        t.setWorkActualCost(t.workActualCost() == null ? amount : t.workActualCost().add(amount));
    }
}
