package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineLine;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.model.tracking.Quantities;
import org.genaiplan.schedule.CostReport;

/**
 * Takes a baseline of a scheduled plan: every task's dates, duration, work, own cost (owner's work, fixed cost
 * and cost lines, as the cost report prices them) with its quantities, and the plan's totals.
 */
public final class BaselineCapture {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private BaselineCapture() {
    }

    public static Baseline of(Plan plan, String name, LocalDateTime savedAt) {
        Map<Task, BigDecimal> own = new IdentityHashMap<>();
        for (CostReport.Item item : CostReport.of(plan, java.time.LocalDate.MAX).items()) {
            own.merge(item.task(), item.planned(), BigDecimal::add);
        }
        List<BaselineTask> tasks = new ArrayList<>(plan.taskCount());
        BigDecimal total = BigDecimal.ZERO;
        Quantities totals = Quantities.ZERO;
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Task t : plan.tasksInOrder()) {
            List<BaselineLine> lines = new ArrayList<>(t.costLines().size());
            Quantities q = ownerHours(t);
            long work = t.hasChildren() ? 0 : t.durationMinutes();
            for (var line : t.costLines()) {
                Quantities lq = quantities(line.input(), t.durationMinutes());
                q = q.plus(lq);
                if (line.input() instanceof PeopleCost || line.input() instanceof EvaluationCost) {
                    work += lq.peopleHours().multiply(SIXTY).longValue();
                }
                lines.add(new BaselineLine(line.input().kindLabel(), line.description(),
                        line.input().amount(plan.prices(), t.durationMinutes()), lq));
            }
            BigDecimal cost = own.getOrDefault(t, BigDecimal.ZERO.setScale(2));
            tasks.add(new BaselineTask(t.id(), t.hasChildren(), t.start(), t.finish(), t.rolledUpDurationMinutes(),
                    work, cost, q, lines));
            total = total.add(cost);
            totals = totals.plus(q);
            if (t.start() != null && (first == null || t.start().isBefore(first))) {
                first = t.start();
            }
            if (t.finish() != null && (last == null || t.finish().isAfter(last))) {
                last = t.finish();
            }
        }
        return new Baseline(name, savedAt, first, last, total, totals, tasks);
    }

    private static Quantities ownerHours(Task t) {
        if (t.hasChildren() || t.ownerRole() == null || t.durationMinutes() <= 0) {
            return Quantities.ZERO;
        }
        BigDecimal hours = BigDecimal.valueOf(t.durationMinutes()).divide(SIXTY, 2, RoundingMode.HALF_UP);
        return new Quantities(hours, BigDecimal.ZERO, 0, 0, 0);
    }

    /** The quantities a cost line plans: hours, GPU-hours, tokens or items. */
    public static Quantities quantities(CostInput input, long taskDurationMinutes) {
        return switch (input) {
            case PeopleCost p -> new Quantities(p.hoursFor(taskDurationMinutes).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.ZERO, 0, 0, 0);
            case EvaluationCost e -> new Quantities(e.hours(), BigDecimal.ZERO, 0, 0, 0);
            case AnnotationCost a -> new Quantities(a.minutesPerItem().multiply(BigDecimal.valueOf(a.items()))
                    .divide(SIXTY, 2, RoundingMode.HALF_UP), BigDecimal.ZERO, 0, 0, a.items());
            case ComputeCost c -> new Quantities(BigDecimal.ZERO, c.gpuHours(), 0, 0, 0);
            case ApiCost api -> new Quantities(BigDecimal.ZERO, BigDecimal.ZERO,
                    tokens(api.requestsPerMonth(), api.inputTokens(), api.months()),
                    tokens(api.requestsPerMonth(), api.outputTokens(), api.months()), 0);
            default -> Quantities.ZERO;
        };
    }

    private static long tokens(long requestsPerMonth, long perRequest, BigDecimal months) {
        return BigDecimal.valueOf(requestsPerMonth).multiply(BigDecimal.valueOf(perRequest)).multiply(months)
                .setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
