package org.genaiplan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/**
 * The simulator against results known in closed form. Tolerances: percentiles within 1 % and means within
 * 0.5 % at 100,000 iterations (Latin hypercube sampling makes the sampling error of one variable far
 * smaller; the tolerances leave room for the interpolated PERT table and for rounding to whole minutes).
 */
class MonteCarloAnalyticTest {
    private static final int N = 100_000;
    private static final double DAY = Net.DAY;

    private static Estimate days(double o, double m, double p, Distribution d) {
        return new Estimate(Math.round(o * DAY), Math.round(m * DAY), Math.round(p * DAY), d);
    }

    private static SimulationResult run(Net net, boolean residual, int iterations, long seed) {
        net.schedule();
        return MonteCarlo.run(SimulationModel.of(net.plan, residual), new MonteCarlo.Settings(iterations, seed),
                MonteCarlo.Listener.NONE);
    }

    private static void near(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }

    private static double days(SimulationResult r, int percent) {
        return r.finishMinutes(percent) / DAY;
    }

    @Test
    void oneTriangularTaskHasTheClosedFormPercentilesAndMean() {
        Net net = new Net();
        net.task("Fine-tune", 10).setEstimate(days(5, 10, 25, Distribution.TRIANGULAR));
        SimulationResult r = run(net, false, N, 1);
        // F^-1(u) = o + sqrt(u (p-o)(m-o)) below c = (m-o)/(p-o) = 0.25, else p - sqrt((1-u)(p-o)(p-m))
        for (int percent : new int[] {10, 50, 80, 90}) {
            double u = percent / 100.0;
            double exact = u < 0.25 ? 5 + Math.sqrt(u * 20 * 5) : 25 - Math.sqrt((1 - u) * 20 * 15);
            near(exact, days(r, percent), 0.01, "P" + percent);
        }
        near((5 + 10 + 25) / 3.0, r.meanWorkingDays(), 0.005, "mean");
    }

    @Test
    void onePertTaskHasThePertMeanAndTheBetaPercentiles() {
        Net net = new Net();
        net.task("Pre-train", 20).setEstimate(days(10, 20, 40, Distribution.PERT));
        SimulationResult r = run(net, false, N, 2);
        near((10 + 4 * 20 + 40) / 6.0, r.meanWorkingDays(), 0.005, "mean (o + 4m + p) / 6");
        // alpha = 1 + 4 (m-o)/(p-o), beta = 1 + 4 (p-m)/(p-o); percentiles by bisection on an independent integral
        double a = 1 + 4 * (10.0 / 30);
        double b = 1 + 4 * (20.0 / 30);
        for (int percent : new int[] {10, 50, 80, 90}) {
            double x = BetaReference.quantile(a, b, percent / 100.0);
            near(10 + 30 * x, days(r, percent), 0.01, "P" + percent);
        }
    }

    @Test
    void oneLognormalTaskHasItsModeAndNinetyFifthPercentile() {
        Net net = new Net();
        net.task("Pre-train", 20).setEstimate(days(15, 20, 60, Distribution.LOGNORMAL));
        SimulationResult r = run(net, false, N, 3);
        double z95 = 1.6448536269514722;
        double sigma = (-z95 + Math.sqrt(z95 * z95 + 4 * Math.log(60.0 / 20))) / 2;
        double mu = Math.log(20) + sigma * sigma;
        near(60, days(r, 95), 0.01, "P95 is the pessimistic value");
        near(Math.exp(mu), days(r, 50), 0.01, "median");
        near(Math.exp(mu + sigma * sigma / 2), r.meanWorkingDays(), 0.005, "mean");
    }

    @Test
    void tasksInSeriesAddTheirMeans() {
        Net net = new Net();
        Task prev = null;
        double mean = 0;
        for (int i = 0; i < 10; i++) {
            Task t = net.task("Step " + i, 5 + i);
            t.setEstimate(days(3 + i, 5 + i, 10 + 2 * i, Distribution.PERT));
            mean += (3 + i + 4 * (5 + i) + 10 + 2 * i) / 6.0;
            if (prev != null) {
                net.link(prev, t);
            }
            prev = t;
        }
        SimulationResult r = run(net, false, N, 4);
        near(mean, r.meanWorkingDays(), 0.005, "mean of the sum");
    }

    @Test
    void tasksInParallelFinishAtTheMaximumWithItsMergeBias() {
        Net net = new Net();
        Task a = net.task("Evaluate", 15);
        Task b = net.task("Red-team", 15);
        a.setEstimate(days(10, 15, 20, Distribution.UNIFORM));
        b.setEstimate(days(10, 15, 20, Distribution.UNIFORM));
        Task done = net.task("Go/no-go", 0);
        done.setMilestone(true);
        net.link(a, done).link(b, done);
        SimulationResult r = run(net, false, N, 5);
        // max of two uniforms on [10, 20]: F(x) = ((x - 10) / 10)^2, mean 10 + 10 * 2/3
        for (int percent : new int[] {10, 50, 80, 90}) {
            near(10 + 10 * Math.sqrt(percent / 100.0), days(r, percent), 0.01, "P" + percent);
        }
        near(10 + 20 / 3.0, r.meanWorkingDays(), 0.005, "mean of the maximum");
        assertTrue(r.meanWorkingDays() > 16.5, "merge bias: the mean finish lies beyond each task's mean of 15 days");
        assertTrue(r.deterministicConfidence() < 0.3, "the deterministic 15 days is met only when both are short");
    }

    @Test
    void aRiskWithProbabilityPGivesTheMixturesPercentiles() {
        Net net = new Net();
        Task t = net.task("Fine-tune run", 10);
        Risk risk = net.plan.addRisk("GPU shortage");
        risk.linkTask(t.id());
        risk.setProbability(3); // 50 %
        risk.setImpact(3); // 2 / 4 / 8 working days
        risk.setCostImpact(new java.math.BigDecimal("1000")); // 500 / 1000 / 2000
        risk.setResidualProbability(1); // 10 %
        risk.setResidualImpact(1); // 0.5 / 1 / 2 days
        SimulationResult r = run(net, false, N, 6);
        // F(x) = 0.5 + 0.5 T(x - 10) above 10 days; T triangular 2/4/8 with c = 1/3
        assertEquals(10, days(r, 30), 1e-9, "P30 is the plan when the risk does not occur");
        near(10 + 8 - Math.sqrt(0.4 * 6 * 4), days(r, 80), 0.01, "P80");
        near(10 + 8 - Math.sqrt(0.2 * 6 * 4), days(r, 90), 0.01, "P90");
        near(2000 - Math.sqrt(0.4 * 1500 * 1000), r.cost(80), 0.01, "P80 cost");
        near(10 + 0.5 * (2 + 4 + 8) / 3.0, r.meanWorkingDays(), 0.005, "mean");

        java.util.List<RiskEffects.Effect> effects = RiskEffects.of(SimulationModel.of(net.plan, false),
                r.settings(), r, MonteCarlo.Listener.NONE);
        near(8 - Math.sqrt(0.4 * 6 * 4), effects.get(0).p80Days(), 0.01, "the risk adds its own P80 share");

        SimulationResult residual = run(net, true, N, 6);
        assertEquals(10, days(residual, 80), 1e-9, "after mitigation the risk occurs one time in ten");
        // 0.9 + 0.1 T(y) = 0.95 -> T(y) = 0.5 on 0.5 / 1 / 2 (c = 1/3): y = 2 - sqrt(0.5 * 1.5 * 1)
        near(10 + 2 - Math.sqrt(0.5 * 1.5), days(residual, 95), 0.01, "P95 after mitigation");
    }

    @Test
    void aPercentileOfAnIntegerHoursTaskIsExact() {
        Net net = new Net();
        net.task("Fixed", 3).setEstimate(days(3, 3, 3, Distribution.PERT));
        SimulationResult r = run(net, false, 1000, 7);
        assertEquals(3 * DAY, r.finishMinutes(1), 0);
        assertEquals(3 * DAY, r.finishMinutes(99), 0);
    }
}
