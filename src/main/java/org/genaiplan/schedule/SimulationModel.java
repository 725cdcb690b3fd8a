package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.Prices;

/**
 * A plan compiled once for a Monte Carlo run: the network's integer arrays, each task's scheduling inputs
 * in working minutes (constraints and actual starts as the {@link CpmScheduler} reads them), the
 * distributions of the uncertain tasks, the risk drivers and a linear cost model (each task's cost is its
 * deterministic cost plus its time-dependent cost per working minute times the change of its duration).
 * Built on the thread that owns the plan; a run then reads only these arrays, on any threads.
 */
public final class SimulationModel {
    static final long NONE = Long.MIN_VALUE;
    static final long MIN = Long.MIN_VALUE / 4;

    final Network net;
    final WorkTime time;
    final int minutesPerDay;
    final long[] baseDur;
    final long[] startFloor;
    /** Per task: the accepted levelling delay in working minutes, as the scheduler adds it. */
    final long[] delay;
    final long[] finishFloor;
    final long[] fixedStart;
    /** Cost per working minute of each task's duration (owner's rate and duration-dependent cost lines). */
    final double[] costPerMinute;
    final double baseCost;
    // Uncertain tasks, by column j.
    final int[] uncertain;
    final Quantiles[] shapes;
    final double[] doneFraction;
    final int[] groupOf;
    final List<String> groups;
    // Risk drivers, by number r.
    final List<RiskDrivers.Driver> drivers;
    final Quantiles[] delays;
    final Quantiles[] riskCosts;
    final int[][] riskTasks;
    /** Tasks whose duration an iteration may change (uncertain or linked to a risk). */
    final int[] touched;
    final long deterministicFinish;
    final Long deadlineOffset;
    final Double budget;
    final boolean residual;

    private SimulationModel(Plan plan, boolean residual) {
        this.residual = residual;
        net = new Network(plan);
        time = new WorkTime(plan.calendar(), plan.startDate());
        minutesPerDay = time.minutesPerDay();
        int n = net.n;
        baseDur = new long[n];
        startFloor = new long[n];
        delay = new long[n];
        finishFloor = new long[n];
        fixedStart = new long[n];
        costPerMinute = new double[n];
        Map<String, BigDecimal> rates = plan.resources().rates();
        Prices prices = plan.prices();
        double cost = 0;
        List<Integer> unc = new ArrayList<>();
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        List<Integer> groupList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Task t = net.tasks[i];
            readInputs(i, t, plan);
            long d = baseDur[i];
            cost += taskCost(t, net.summary[i], d, rates, prices);
            if (!net.summary[i] && !t.isMilestone()) {
                long step = 5L * minutesPerDay;
                costPerMinute[i] = (taskCost(t, false, d + step, rates, prices) - taskCost(t, false, d, rates, prices)) / step;
                Estimate e = t.estimate();
                if (e != null && !e.isFixed() && t.percentComplete() < 100) {
                    unc.add(i);
                    groupList.add(e.group() == null ? -1 : groupIndex.computeIfAbsent(e.group(), g -> groupIndex.size()));
                }
            }
        }
        baseCost = cost;
        uncertain = unc.stream().mapToInt(Integer::intValue).toArray();
        groupOf = groupList.stream().mapToInt(Integer::intValue).toArray();
        groups = List.copyOf(groupIndex.keySet());
        shapes = new Quantiles[uncertain.length];
        doneFraction = new double[uncertain.length];
        for (int j = 0; j < uncertain.length; j++) {
            Task t = net.tasks[uncertain[j]];
            Estimate e = t.estimate();
            shapes[j] = new Quantiles(e.distribution(), e.optimisticMinutes(), e.mostLikelyMinutes(), e.pessimisticMinutes());
            doneFraction[j] = t.percentComplete() / 100.0;
        }
        drivers = RiskDrivers.of(plan, residual);
        delays = new Quantiles[drivers.size()];
        riskCosts = new Quantiles[drivers.size()];
        riskTasks = new int[drivers.size()][];
        boolean[] mark = new boolean[n];
        for (int j : uncertain) {
            mark[j] = true;
        }
        for (int r = 0; r < drivers.size(); r++) {
            RiskDrivers.Driver d = drivers.get(r);
            delays[r] = RiskDrivers.delay(d, minutesPerDay);
            riskCosts[r] = RiskDrivers.cost(d);
            riskTasks[r] = Arrays.stream(d.linkedTaskIds()).mapToInt(net.indexOfId::get)
                    .filter(i -> i >= 0 && !net.summary[i] && !net.tasks[i].isMilestone()
                            && net.tasks[i].percentComplete() < 100).toArray();
            for (int i : riskTasks[r]) {
                mark[i] = true;
            }
        }
        touched = java.util.stream.IntStream.range(0, n).filter(i -> mark[i]).toArray();
        long[] es = new long[2 * n];
        long[] ef = new long[2 * n];
        deterministicFinish = forward(baseDur, es, ef);
        deadlineOffset = plan.deadline() == null ? null : time.endOfDay(plan.deadline());
        BigDecimal total = plan.budget().total();
        budget = total == null ? null : total.doubleValue();
    }

    /** Compiles the plan's inputs; {@code residual} takes the risks' residual ratings instead of their inherent ones. */
    public static SimulationModel of(Plan plan, boolean residual) {
        return new SimulationModel(plan, residual);
    }

    public int taskCount() {
        return net.n;
    }

    public int uncertainCount() {
        return uncertain.length;
    }

    public int riskCount() {
        return drivers.size();
    }

    public boolean residual() {
        return residual;
    }

    public WorkTime time() {
        return time;
    }

    private void readInputs(int i, Task t, Plan plan) {
        boolean summary = net.summary[i];
        baseDur[i] = summary || t.isMilestone() ? 0 : t.durationMinutes();
        startFloor[i] = MIN;
        finishFloor[i] = MIN;
        fixedStart[i] = NONE;
        delay[i] = summary ? 0 : plan.capacity().levelingDelay(t.id());
        java.time.LocalDate date = t.constraintDate();
        switch (t.constraintType()) {
            case START_NO_EARLIER_THAN -> startFloor[i] = time.startOfDay(date);
            case FINISH_NO_EARLIER_THAN -> finishFloor[i] = time.endOfDay(date);
            case MUST_START_ON -> {
                if (summary) {
                    startFloor[i] = time.startOfDay(date);
                } else {
                    fixedStart[i] = time.startOfDay(date);
                }
            }
            default -> { }
        }
        if (!summary && t.percentComplete() > 0 && t.actualStart() != null) {
            fixedStart[i] = time.toOffset(t.actualStart());
        }
    }

    /** What the roll-ups charge for one task at duration {@code d} (summaries: their own cost lines). */
    private static double taskCost(Task t, boolean summary, long d, Map<String, BigDecimal> rates, Prices prices) {
        double c = 0;
        for (CostLine line : t.costLines()) {
            c += line.input().amount(prices, summary ? 0 : d).doubleValue();
        }
        if (summary) {
            return c;
        }
        c += t.fixedCost().doubleValue();
        BigDecimal rate = t.ownerRole() == null ? null : rates.get(t.ownerRole());
        if (rate != null) {
            c += rate.doubleValue() * d / 60.0;
        }
        return c;
    }

    /**
     * The forward pass of the critical path method over the given durations (as {@link CpmScheduler} does
     * it); returns the project finish, the latest early finish of a leaf.
     */
    long forward(long[] dur, long[] es, long[] ef) {
        Network g = net;
        int n = g.n;
        int[] order = g.order;
        long finish = 0;
        long[] bounds = new long[2];
        for (int x : order) {
            if (x >= n) {
                int s = x - n;
                long lo = Long.MAX_VALUE / 4;
                long hi = MIN;
                for (int c = s + 1; c < g.subtreeEnd[s]; c = g.subtreeEnd[c]) {
                    int o = g.summary[c] ? n + c : c;
                    lo = Math.min(lo, es[o]);
                    hi = Math.max(hi, ef[o]);
                }
                es[x] = lo;
                ef[x] = hi;
                continue;
            }
            int p = g.parent[x];
            g.linkBounds(x, p >= 0 ? es[p] : 0, p >= 0 ? ef[p] : MIN, es, ef, bounds);
            long lo = Math.max(bounds[0], startFloor[x]);
            long fb = Math.max(bounds[1], finishFloor[x]);
            if (g.summary[x]) {
                es[x] = lo;
                ef[x] = fb;
                continue;
            }
            long d = dur[x];
            long start = Math.max(lo, fb - d) + delay[x];
            if (fixedStart[x] != NONE) {
                start = fixedStart[x];
            }
            es[x] = start;
            ef[x] = start + d;
            if (ef[x] > finish) {
                finish = ef[x];
            }
        }
        return finish;
    }
}
