package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;

/**
 * Where a plan's money goes, worked out from a scheduled plan: every cost item (the owner's work and fixed
 * cost of each leaf task, and every cost line), totals by category and by phase, budget status and alerts,
 * the contingency reserve from the risk register, and the cumulative planned and actual cost over time.
 *
 * <p>Forecast of an item is its actual plus its remaining planned cost, planned x (1 - % complete); an item
 * with no actual entered is forecast at its planned cost, and a lump sum (licence, fixed or other amount)
 * with an actual is forecast at that actual: it has been paid. Planned cost accrues evenly from the task's start to
 * its finish; actual cost accrues evenly over the part of the bar that is done, all of it by the end of
 * {@code today} (money entered has been spent, even if the work has not started), and the actual curve stops
 * at today.
 */
public final class CostReport {

    public static final String NO_PHASE = "(no phase)";

    /**
     * One amount of money with its task, phase and category; {@code actual} is null until entered. A lump sum
     * (licence, fixed or other amount) is forecast at its actual once that is entered. {@code line} is the cost
     * line the item comes from, or null for a leaf's owner's work (category People) and fixed cost.
     */
    public record Item(Task task, String phase, CostCategory category, String kind, CostLine line,
                       BigDecimal planned, BigDecimal actual, BigDecimal forecast, String missingPrice,
                       boolean lumpSum) {

        /** The inputs in a few words, made when a list or the workbook shows them. */
        public String summary() {
            if (line == null) {
                return category == CostCategory.PEOPLE ? ownerSummary(task) : "fixed cost of the task";
            }
            return line.description().isEmpty() ? line.input().summary()
                    : line.description() + ": " + line.input().summary();
        }
    }

    public record Totals(BigDecimal planned, BigDecimal actual, BigDecimal forecast) {
        public static final Totals ZERO = new Totals(cents(0), cents(0), cents(0));

        Totals plus(Item item) {
            return new Totals(planned.add(item.planned()),
                    item.actual() == null ? actual : actual.add(item.actual()), forecast.add(item.forecast()));
        }
    }

    /** A budget and the totals it is measured against; {@code phase} is null for the plan. */
    public record BudgetLine(String phase, BigDecimal budget, Totals totals) {
    }

    /** Cumulative cost at the end of {@code date}; {@code actual} is null after today. */
    public record CurvePoint(LocalDate date, double planned, Double actual) {
    }

    private final Plan plan;
    private final LocalDate today;
    private final List<Item> items = new ArrayList<>();
    private final Map<CostCategory, Totals> byCategory = new EnumMap<>(CostCategory.class);
    private final Map<String, Totals> byPhase = new LinkedHashMap<>();
    private final Map<String, String> phaseNames = new LinkedHashMap<>();
    /** The phase each summary hands down to its children, worked out once per summary. */
    private final Map<Task, String> handedDown = new java.util.IdentityHashMap<>();
    private Totals total = Totals.ZERO;

    private CostReport(Plan plan, LocalDate today) {
        this.plan = plan;
        this.today = today;
        for (CostCategory c : CostCategory.values()) {
            byCategory.put(c, Totals.ZERO);
        }
    }

    /** The report of a plan whose schedule is up to date. */
    public static CostReport of(Plan plan, LocalDate today) {
        CostReport report = new CostReport(plan, today);
        for (Task t : plan.tasksInOrder()) {
            report.addTask(t);
        }
        return report;
    }

    /** The cost items of one task: owner's work and fixed cost (leaves only), then its cost lines. */
    public static List<Item> itemsOf(Plan plan, Task task) {
        CostReport report = new CostReport(plan, LocalDate.MAX);
        report.addTask(task);
        return report.items();
    }

    private void addTask(Task t) {
        String phase = phase(t);
        double done = t.rolledUpPercentComplete() / 100.0;
        if (!t.hasChildren()) {
            // Every phase of the WBS gets a row, costed or not, so it can be given a budget before estimates.
            if (!NO_PHASE.equals(phase)) {
                String key = phase.toLowerCase(Locale.ROOT);
                phaseNames.putIfAbsent(key, phase);
                byPhase.putIfAbsent(key, Totals.ZERO);
            }
            BigDecimal work = ownerWork(t);
            BigDecimal fixed = cents(t.fixedCost());
            BigDecimal workActual = t.workActualCost();
            BigDecimal[] actuals = split(workActual, work, fixed);
            if (work.signum() != 0 || (workActual != null && fixed.signum() == 0)) {
                add(new Item(t, phase, CostCategory.PEOPLE, "Owner's work", null, work, actuals[0],
                        forecast(work, actuals[0], done, false), null, false));
            }
            if (fixed.signum() != 0) {
                add(new Item(t, phase, CostCategory.OTHER, "Fixed cost", null, fixed, actuals[1],
                        forecast(fixed, actuals[1], done, true), null, true));
            }
        }
        for (CostLine line : t.costLines()) {
            BigDecimal planned = line.input().amount(plan.prices(), t.durationMinutes());
            boolean lump = line.input().lumpSum();
            add(new Item(t, phase, line.category(), line.input().kindLabel(), line, planned, line.actual(),
                    forecast(planned, line.actual(), done, lump), line.input().missingPrice(plan.prices()), lump));
        }
    }

    private void add(Item item) {
        items.add(item);
        byCategory.compute(item.category(), (c, sum) -> sum.plus(item));
        String key = item.phase().toLowerCase(Locale.ROOT);
        phaseNames.putIfAbsent(key, item.phase());
        byPhase.compute(key, (k, sum) -> (sum == null ? Totals.ZERO : sum).plus(item));
        total = total.plus(item);
    }

    private BigDecimal ownerWork(Task t) {
        BigDecimal rate = plan.resources().rateOf(t.ownerRole());
        if (rate == null || t.durationMinutes() <= 0) {
            return cents(0);
        }
        return rate.multiply(BigDecimal.valueOf(t.durationMinutes()))
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String ownerSummary(Task t) {
        return t.ownerRole() == null ? "no owner" : t.ownerRole() + ", task duration";
    }

    /** Splits the work actual between owner's work and fixed cost in proportion to their planned amounts. */
    private static BigDecimal[] split(BigDecimal actual, BigDecimal work, BigDecimal fixed) {
        if (actual == null) {
            return new BigDecimal[] {null, null};
        }
        BigDecimal sum = work.add(fixed);
        if (fixed.signum() == 0 || sum.signum() == 0) {
            return new BigDecimal[] {cents(actual), null};
        }
        if (work.signum() == 0) {
            return new BigDecimal[] {null, cents(actual)};
        }
        BigDecimal toWork = actual.multiply(work).divide(sum, 2, RoundingMode.HALF_UP);
        return new BigDecimal[] {toWork, cents(actual).subtract(toWork)};
    }

    private static BigDecimal forecast(BigDecimal planned, BigDecimal actual, double done, boolean lumpSum) {
        if (actual == null) {
            return planned;
        }
        if (lumpSum) {
            return cents(actual);
        }
        BigDecimal remaining = planned.multiply(BigDecimal.valueOf(1 - Math.min(1, Math.max(0, done))))
                .setScale(2, RoundingMode.HALF_UP);
        return cents(actual).add(remaining);
    }

    /** {@link #phaseOf}, with what each summary hands down remembered: constant time per task in row order. */
    private String phase(Task t) {
        if (t.phase() != null) {
            return t.phase();
        }
        if (t.parent() == null) {
            return t.hasChildren() ? t.name() : NO_PHASE;
        }
        List<Task> unknown = new ArrayList<>();
        String phase = null;
        for (Task p = t.parent(); p != null && phase == null; p = p.parent()) {
            phase = handedDown.get(p);
            if (phase == null) {
                unknown.add(p);
                phase = p.phase() != null ? p.phase() : p.parent() == null ? p.name() : null;
            }
        }
        for (Task p : unknown) {
            handedDown.put(p, phase);
        }
        return phase;
    }

    /** The task's phase, else the nearest ancestor's, else its top-level ancestor's name. */
    public static String phaseOf(Task t) {
        for (Task p = t; p != null; p = p.parent()) {
            if (p.phase() != null) {
                return p.phase();
            }
        }
        Task top = t;
        while (top.parent() != null) {
            top = top.parent();
        }
        return top == t && !t.hasChildren() ? NO_PHASE : top.name();
    }

    // ---- results ----

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    public Totals total() {
        return total;
    }

    /** Totals of every category, in the categories' order, zero where a category has no items. */
    public Map<CostCategory, Totals> byCategory() {
        return Collections.unmodifiableMap(byCategory);
    }

    /** Totals by phase name, in the order phases first appear in the WBS; phases with no costs total zero. */
    public Map<String, Totals> byPhase() {
        Map<String, Totals> out = new LinkedHashMap<>();
        byPhase.forEach((key, totals) -> out.put(phaseNames.get(key), totals));
        return out;
    }

    /** Expected cost of the open risks: the reserve to hold back for them. */
    public BigDecimal contingency() {
        BigDecimal sum = cents(0);
        for (Risk r : plan.risks()) {
            if (r.status() != RiskStatus.CLOSED) {
                sum = sum.add(r.costExposure());
            }
        }
        return sum;
    }

    /** The plan's budget (if set) and every phase budget, each with its totals. */
    public List<BudgetLine> budgetLines() {
        Budget budget = plan.budget();
        List<BudgetLine> out = new ArrayList<>();
        if (budget.total() != null) {
            out.add(new BudgetLine(null, budget.total(), total));
        }
        budget.phases().forEach((phase, amount) -> out.add(new BudgetLine(phase, amount,
                byPhase.getOrDefault(phase.toLowerCase(Locale.ROOT), Totals.ZERO))));
        return out;
    }

    /** For every budget, the highest threshold its actual and its forecast have reached. */
    public List<BudgetAlert> alerts() {
        List<BudgetAlert> out = new ArrayList<>();
        for (BudgetLine line : budgetLines()) {
            BudgetAlert.check(line.phase(), BudgetAlert.Measure.ACTUAL, line.totals().actual(), line.budget())
                    .ifPresent(out::add);
            BudgetAlert.check(line.phase(), BudgetAlert.Measure.FORECAST, line.totals().forecast(), line.budget())
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Cumulative planned and actual cost at the end of each day (plans up to 120 days) or each week, from the
     * plan's start to its finish.
     */
    public List<CurvePoint> sCurve() {
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Item item : items) {
            LocalDateTime s = startOf(item.task());
            LocalDateTime f = finishOf(item.task());
            first = first == null || s.isBefore(first) ? s : first;
            last = last == null || f.isAfter(last) ? f : last;
        }
        if (first == null) {
            return List.of();
        }
        boolean spent = items.stream().anyMatch(item -> item.actual() != null);
        LocalDateTime endOfToday = today.plusDays(1).atStartOfDay();
        if (spent && today.isBefore(first.toLocalDate())) {
            first = today.atStartOfDay();
        }
        if (spent && today.isAfter(last.toLocalDate())) {
            last = today.atStartOfDay();
        }
        LocalDate from = first.toLocalDate();
        LocalDate to = last.toLocalDate();
        int step = ChronoUnit.DAYS.between(from, to) > 120 ? 7 : 1;
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from.minusDays(1); !d.isAfter(to.plusDays(step - 1)); d = d.plusDays(step)) {
            dates.add(d);
        }
        double[] ends = new double[dates.size()];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = seconds(dates.get(k).plusDays(1).atStartOfDay());
        }
        // Each item adds its share to the buckets its bar crosses and its whole amount, once, to the first
        // bucket past its end; a running sum then carries finished amounts forward.
        double[] planned = new double[ends.length];
        double[] actual = new double[ends.length];
        double[] plannedDone = new double[ends.length + 1];
        double[] actualDone = new double[ends.length + 1];
        for (Item item : items) {
            double s = seconds(startOf(item.task()));
            double f = seconds(finishOf(item.task()));
            double done = item.task().rolledUpPercentComplete() / 100.0;
            accrue(ends, planned, plannedDone, item.planned().doubleValue(), s, f);
            if (item.actual() != null) {
                // Money entered has been spent by today at the latest, even on work not yet started.
                double today = seconds(endOfToday);
                double spentFrom = Math.min(s, today);
                double spentTo = Math.min(Math.max(s + (f - s) * done, spentFrom), today);
                accrue(ends, actual, actualDone, item.actual().doubleValue(), spentFrom, spentTo);
            }
        }
        double plannedSum = 0;
        double actualSum = 0;
        for (int k = 0; k < ends.length; k++) {
            plannedSum += plannedDone[k];
            actualSum += actualDone[k];
            planned[k] += plannedSum;
            actual[k] += actualSum;
        }
        List<CurvePoint> out = new ArrayList<>(dates.size());
        for (int k = 0; k < dates.size(); k++) {
            LocalDate d = dates.get(k);
            out.add(new CurvePoint(d, planned[k], d.isAfter(today) ? null : actual[k]));
        }
        return out;
    }

    private LocalDateTime startOf(Task t) {
        return t.start() != null ? t.start() : plan.startDate().atStartOfDay();
    }

    private LocalDateTime finishOf(Task t) {
        return t.finish() != null ? t.finish() : startOf(t);
    }

    private static double seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    /** Adds {@code amount}, spread evenly over [s, f], to the cumulative buckets ending at {@code ends}. */
    private static void accrue(double[] ends, double[] partial, double[] whole, double amount, double s, double f) {
        if (amount == 0) {
            return;
        }
        int full = firstEnd(ends, f, true);
        for (int k = firstEnd(ends, s, false); k < full; k++) {
            partial[k] += amount * share(ends[k], s, f);
        }
        whole[full] += amount;
    }

    /** The first bucket whose end lies after (or with {@code orAt}, at) {@code time}; the length if none. */
    private static int firstEnd(double[] ends, double time, boolean orAt) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > time || orAt && ends[mid] == time) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The share of [s, f] that lies before {@code end}; all of it once {@code end} reaches f. */
    private static double share(double end, double s, double f) {
        if (end >= f) {
            return 1;
        }
        if (end <= s) {
            return 0;
        }
        return (end - s) / (f - s);
    }

    private static BigDecimal cents(long whole) {
        return BigDecimal.valueOf(whole).setScale(2);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
