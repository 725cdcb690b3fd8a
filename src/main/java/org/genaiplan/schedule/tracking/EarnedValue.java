package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.model.tracking.EacMethod;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.WorkTime;

/**
 * Earned value of a plan against a baseline at a status date, per task, per phase and for the plan, in money
 * and in GPU-hours.
 * <ul>
 * <li>BAC: the task's own cost in the baseline (owner's work, fixed cost and cost lines).</li>
 * <li>PV: BAC times the share of the baseline's working time from start to finish that lies before the end
 * of the status date.</li>
 * <li>EV: BAC times % complete.</li>
 * <li>AC: the actual cost entered (owner's work actual and every cost line's actual).</li>
 * </ul>
 * GPU-hours go the same way with the baseline's GPU-hours as BAC and the GPU-hours imported as used up to the
 * status date as AC. Each task's figures are rounded to two decimals before they are summed.
 */
public final class EarnedValue {
    /** The figures of one task; {@code task} is null for a task of the baseline deleted since. */
    public record TaskValue(long taskId, Task task, String phase, Figures money, Figures gpuHours) {
    }

    private final Baseline baseline;
    private final LocalDate statusDate;
    private final List<TaskValue> tasks;
    private final Map<String, Figures> byPhase;
    private final Figures money;
    private final Figures gpuHours;
    private final long tokensPlanned;
    private final long tokensUsed;

    private EarnedValue(Baseline baseline, LocalDate statusDate, List<TaskValue> tasks, Map<String, Figures> byPhase,
                        Figures money, Figures gpuHours, long tokensPlanned, long tokensUsed) {
        this.baseline = baseline;
        this.statusDate = statusDate;
        this.tasks = tasks;
        this.byPhase = byPhase;
        this.money = money;
        this.gpuHours = gpuHours;
        this.tokensPlanned = tokensPlanned;
        this.tokensUsed = tokensUsed;
    }

    /** Earned value of {@code plan} (scheduled) against {@code baseline} at the end of {@code statusDate}. */
    public static EarnedValue of(Plan plan, Baseline baseline, LocalDate statusDate) {
        EacMethod method = plan.tracking().eacMethod();
        WorkShare share = new WorkShare(new WorkTime(plan.calendar(), plan.startDate()));
        long until = share.endOf(statusDate);
        Map<Long, BaselineTask> planned = baseline.taskMap();
        Map<Long, BigDecimal> gpuUsed = new HashMap<>();
        long tokensUsed = 0;
        for (ActualEntry e : plan.tracking().actuals()) {
            if (e.date().isAfter(statusDate) || e.quantity() == null) {
                continue;
            }
            if (e.kind() == UsageKind.GPU_HOURS) {
                gpuUsed.merge(e.taskId(), e.quantity(), BigDecimal::add);
            } else if (e.kind() == UsageKind.INPUT_TOKENS || e.kind() == UsageKind.OUTPUT_TOKENS) {
                tokensUsed += e.quantity().longValue();
            }
        }
        Figures zero = Figures.zero(method);
        List<TaskValue> values = new ArrayList<>(Math.max(plan.taskCount(), planned.size()));
        Map<String, Figures> phases = new LinkedHashMap<>();
        Map<String, String> phaseNames = new HashMap<>();
        Figures total = zero;
        Figures gpuTotal = zero;
        long tokensPlanned = 0;
        Map<Task, String> handedDown = new java.util.IdentityHashMap<>();
        for (Task t : plan.tasksInOrder()) {
            BaselineTask b = planned.remove(t.id());
            double done = t.hasChildren() ? t.rolledUpPercentComplete() : t.percentComplete();
            BigDecimal spent = actual(t);
            Figures m = (b == null || b.cost().signum() == 0) && spent.signum() == 0 ? zero
                    : figures(b, b == null ? null : b.cost(), done, spent, share, until, method);
            BigDecimal used = gpuUsed.get(t.id());
            Figures g = (b == null || b.quantities().gpuHours().signum() == 0) && used == null ? zero
                    : figures(b, b == null ? null : b.quantities().gpuHours(), done,
                            used == null ? BigDecimal.ZERO : used, share, until, method);
            if (b != null) {
                tokensPlanned += tokensBefore(b, share, until);
            }
            String phase = phase(t, handedDown);
            values.add(new TaskValue(t.id(), t, phase, m, g));
            String key = phase.toLowerCase(Locale.ROOT);
            phaseNames.putIfAbsent(key, phase);
            phases.merge(key, m, Figures::plus);
            total = total.plus(m);
            gpuTotal = gpuTotal.plus(g);
        }
        for (BaselineTask b : planned.values()) { // deleted since the baseline: planned, never earned
            Figures m = figures(b, b.cost(), 0, BigDecimal.ZERO, share, until, method);
            Figures g = figures(b, b.quantities().gpuHours(), 0, BigDecimal.ZERO, share, until, method);
            values.add(new TaskValue(b.taskId(), null, CostReport.NO_PHASE, m, g));
            phaseNames.putIfAbsent(CostReport.NO_PHASE.toLowerCase(Locale.ROOT), CostReport.NO_PHASE);
            phases.merge(CostReport.NO_PHASE.toLowerCase(Locale.ROOT), m, Figures::plus);
            total = total.plus(m);
            gpuTotal = gpuTotal.plus(g);
            tokensPlanned += tokensBefore(b, share, until);
        }
        Map<String, Figures> named = new LinkedHashMap<>();
        phases.forEach((key, f) -> named.put(phaseNames.get(key), f));
        return new EarnedValue(baseline, statusDate, values, named, total, gpuTotal, tokensPlanned, tokensUsed);
    }

    /** {@link CostReport#phaseOf}, in constant time per task when parents come before their children. */
    private static String phase(Task t, Map<Task, String> handedDown) {
        Task parent = t.parent();
        String inherited = parent == null ? null : handedDown.get(parent);
        if (parent != null && inherited == null) {
            inherited = CostReport.phaseOf(parent);
        }
        if (t.hasChildren()) {
            handedDown.put(t, t.phase() != null ? t.phase() : parent == null ? t.name() : inherited);
        }
        if (t.phase() != null) {
            return t.phase();
        }
        return parent == null ? (t.hasChildren() ? t.name() : CostReport.NO_PHASE) : inherited;
    }

    private static Figures figures(BaselineTask b, BigDecimal bac, double percent, BigDecimal actual, WorkShare share,
                                   long until, EacMethod method) {
        BigDecimal budget = bac == null ? BigDecimal.ZERO.setScale(2) : bac.setScale(2, RoundingMode.HALF_UP);
        BigDecimal pv = b == null || b.start() == null || b.finish() == null ? BigDecimal.ZERO.setScale(2)
                : WorkShare.before(budget, share.offset(b.start()), share.offset(b.finish()), until);
        BigDecimal ev;
        if (budget.signum() == 0 || percent <= 0) {
            ev = BigDecimal.ZERO.setScale(2);
        } else if (percent >= 100) {
            ev = budget;
        } else if (percent == Math.rint(percent)) {
            ev = budget.multiply(BigDecimal.valueOf((long) percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        } else {
            ev = budget.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return new Figures(budget, pv, ev, actual.setScale(2, RoundingMode.HALF_UP), method);
    }

    private static long tokensBefore(BaselineTask b, WorkShare share, long until) {
        long tokens = b.quantities().inputTokens() + b.quantities().outputTokens();
        if (tokens == 0 || b.start() == null || b.finish() == null) {
            return 0;
        }
        return WorkShare.before(BigDecimal.valueOf(tokens), share.offset(b.start()), share.offset(b.finish()), until)
                .setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** The actual cost entered on a task: its owner's work and fixed cost actual and its cost lines' actuals. */
    public static BigDecimal actual(Task t) {
        BigDecimal sum = t.workActualCost() == null ? BigDecimal.ZERO : t.workActualCost();
        for (CostLine line : t.costLines()) {
            if (line.actual() != null) {
                sum = sum.add(line.actual());
            }
        }
        return sum;
    }

    public Baseline baseline() {
        return baseline;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    /** Every task of the plan in row order (its own figures, not its subtree's), then deleted baseline tasks. */
    public List<TaskValue> tasks() {
        return tasks;
    }

    /** Figures by phase, in the order phases first appear. */
    public Map<String, Figures> byPhase() {
        return byPhase;
    }

    /** The plan's figures in money. */
    public Figures money() {
        return money;
    }

    /** The plan's figures in GPU-hours. */
    public Figures gpuHours() {
        return gpuHours;
    }

    /** Input and output tokens the baseline planned to have used by the status date. */
    public long tokensPlanned() {
        return tokensPlanned;
    }

    /** Input and output tokens imported as used up to the status date. */
    public long tokensUsed() {
        return tokensUsed;
    }
}
