package org.genaiplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a Monte Carlo run found: the finish (in working minutes from the plan start) and the total cost of
 * every iteration, sorted for percentiles, the criticality index of every task and the drivers' effect.
 */
public final class SimulationResult {
    private final SimulationModel model;
    private final MonteCarlo.Settings settings;
    private final long[] finishSorted;
    private final double[] costSorted;
    private final long[] finish;
    private final double[] cost;
    private final int[] critical;
    private final List<DriverEffect> drivers;

    /**
     * A task or risk and how strongly its draws go with the finish and with the cost (Pearson correlation
     * over the iterations, -1 to 1): the bars of a tornado chart.
     */
    public record DriverEffect(String name, boolean risk, double finishCorrelation, double costCorrelation) {
        public double strength() {
            return Math.max(Math.abs(finishCorrelation), Math.abs(costCorrelation));
        }
    }

    /** One percentile: the finish date, working days from the plan start, and the cost. */
    public record Percentile(int percent, LocalDate finish, double workingDays, double cost) {
    }

    SimulationResult(SimulationModel model, MonteCarlo.Settings settings, Draws draws, long[] finish,
                     double[] cost, int[] critical) {
        this.model = model;
        this.settings = settings;
        this.finish = finish;
        this.cost = cost;
        this.finishSorted = finish.clone();
        Arrays.sort(finishSorted);
        this.costSorted = cost.clone();
        Arrays.sort(costSorted);
        this.critical = critical;
        this.drivers = effects(draws);
    }

    public MonteCarlo.Settings settings() {
        return settings;
    }

    public int iterations() {
        return finish.length;
    }

    public boolean residual() {
        return model.residual;
    }

    /** The finish at {@code percent} (nearest rank), in working minutes from the plan start. */
    public long finishMinutes(double percent) {
        return finishSorted[rank(percent, finishSorted.length)];
    }

    public double cost(double percent) {
        return costSorted[rank(percent, costSorted.length)];
    }

    public Percentile percentile(int percent) {
        long f = finishMinutes(percent);
        return new Percentile(percent, finishDate(f), workingDays(f), cost(percent));
    }

    public LocalDate finishDate(long minutes) {
        return model.time.finishAt(minutes).toLocalDate();
    }

    public double workingDays(long minutes) {
        return (double) minutes / model.minutesPerDay;
    }

    public double meanWorkingDays() {
        double sum = 0;
        for (long f : finish) {
            sum += f;
        }
        return sum / finish.length / model.minutesPerDay;
    }

    public double meanCost() {
        double sum = 0;
        for (double c : cost) {
            sum += c;
        }
        return sum / cost.length;
    }

    /** The plan's own finish and cost, without uncertainty. */
    public long deterministicFinish() {
        return model.deterministicFinish;
    }

    public double deterministicCost() {
        return model.baseCost;
    }

    /** The share of iterations that finish no later than the deterministic plan (its confidence level). */
    public double deterministicConfidence() {
        return finishShareAtOrBefore(model.deterministicFinish);
    }

    public double deterministicCostConfidence() {
        return costShareAtOrBelow(model.baseCost + 1e-6);
    }

    /** The probability of finishing by the plan's deadline, or null when it has none. */
    public Double deadlineProbability() {
        return model.deadlineOffset == null ? null : finishShareAtOrBefore(model.deadlineOffset);
    }

    public LocalDate deadline() {
        return model.deadlineOffset == null ? null : finishDate(model.deadlineOffset);
    }

    /** The probability of staying within the plan's budget, or null when it has none. */
    public Double budgetProbability() {
        return model.budget == null ? null : costShareAtOrBelow(model.budget);
    }

    public Double budget() {
        return model.budget;
    }

    public double finishShareAtOrBefore(long minutes) {
        int i = upper(finishSorted, minutes);
        return (double) i / finishSorted.length;
    }

    public double costShareAtOrBelow(double amount) {
        int lo = 0;
        int hi = costSorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (costSorted[mid] <= amount) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / costSorted.length;
    }

    /** The share of iterations that finish by {@code minutes} and cost at most {@code amount} (joint confidence). */
    public double jointShare(long minutes, double amount) {
        int k = 0;
        for (int i = 0; i < finish.length; i++) {
            if (finish[i] <= minutes && cost[i] <= amount) {
                k++;
            }
        }
        return (double) k / finish.length;
    }

    /** The share of iterations in which task {@code id} was on the path that drove the finish. */
    public double criticality(long taskId) {
        int i = model.net.indexOfId.get(taskId);
        return i < 0 ? 0 : (double) critical[i] / finish.length;
    }

    /** Drivers, strongest first. */
    public List<DriverEffect> drivers() {
        return drivers;
    }

    /** The finish of every iteration, sorted (working minutes from the plan start). */
    public long[] sortedFinishes() {
        return finishSorted.clone();
    }

    public double[] sortedCosts() {
        return costSorted.clone();
    }

    public double[] costs() {
        return cost.clone();
    }

    public long[] finishes() {
        return finish.clone();
    }

    public int minutesPerDay() {
        return model.minutesPerDay;
    }

    private List<DriverEffect> effects(Draws d) {
        List<DriverEffect> out = new ArrayList<>();
        int u = model.uncertain.length;
        double[] f = new double[finish.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = finish[i];
        }
        for (int j = 0; j < u; j++) {
            double fc = correlation(d, j, f);
            double cc = correlation(d, j, cost);
            out.add(new DriverEffect(model.net.tasks[model.uncertain[j]].name(), false, fc, cc));
        }
        for (int r = 0; r < model.drivers.size(); r++) {
            RiskDrivers.Driver driver = model.drivers.get(r);
            double fc = correlation(d, u + 2 * r, f);
            double cc = correlation(d, u + 2 * r + 1, cost);
            out.add(new DriverEffect(driver.code() + " " + driver.title(), true, fc, cc));
        }
        out.sort(Comparator.comparingDouble(DriverEffect::strength).reversed());
        return List.copyOf(out);
    }

    private static double correlation(Draws d, int column, double[] y) {
        int n = y.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sx += d.value(i, column);
            sy += y[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double cxy = 0;
        double cxx = 0;
        double cyy = 0;
        for (int i = 0; i < n; i++) {
            double a = d.value(i, column) - mx;
            double b = y[i] - my;
            cxy += a * b;
            cxx += a * a;
            cyy += b * b;
        }
        return cxx == 0 || cyy == 0 ? 0 : cxy / Math.sqrt(cxx * cyy);
    }

    private static int upper(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int rank(double percent, int n) {
        int r = (int) Math.ceil(percent / 100.0 * n) - 1;
        return Math.max(0, Math.min(n - 1, r));
    }
}
