package org.genaiplan.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

/** Reproducibility, convergence, correlation measured on the draws, and a certain plan giving its own schedule. */
class MonteCarloPropertiesTest {
    private static final long DAY = Net.DAY;

    private static Net chain(int tasks, String group) {
        Net net = new Net();
        Task prev = null;
        for (int i = 0; i < tasks; i++) {
            Task t = net.task("Run " + i, 10);
            t.setEstimate(new Estimate(5 * DAY, 10 * DAY, 20 * DAY, Distribution.PERT, group));
            if (prev != null) {
                net.link(prev, t);
            }
            prev = t;
        }
        net.schedule();
        return net;
    }

    private static SimulationResult run(Plan plan, int iterations, long seed, double rho) {
        return MonteCarlo.run(SimulationModel.of(plan, false), new MonteCarlo.Settings(iterations, seed, rho),
                MonteCarlo.Listener.NONE);
    }

    @Test
    void aSeedGivesTheSameRunAndAnotherSeedAnother() {
        Net net = chain(20, null);
        SimulationResult a = run(net.plan, 5000, 42, 0.5);
        SimulationResult b = run(net.plan, 5000, 42, 0.5);
        SimulationResult c = run(net.plan, 5000, 43, 0.5);
        assertArrayEquals(a.finishes(), b.finishes());
        assertArrayEquals(a.costs(), b.costs());
        assertFalse(Arrays.equals(a.finishes(), c.finishes()));
    }

    @Test
    void percentilesSettleAsIterationsGrow() {
        Net net = chain(10, null);
        double spreadSmall = spreadOfP80(net.plan, 200);
        double spreadLarge = spreadOfP80(net.plan, 20_000);
        assertTrue(spreadLarge < spreadSmall / 3, "P80 over 5 seeds: " + spreadSmall + " at 200, " + spreadLarge + " at 20,000");
    }

    private static double spreadOfP80(Plan plan, int iterations) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (long seed = 1; seed <= 5; seed++) {
            double p80 = run(plan, iterations, seed, 0).finishMinutes(80);
            min = Math.min(min, p80);
            max = Math.max(max, p80);
        }
        return max - min;
    }

    @Test
    void aCorrelationGroupGetsItsRankCorrelationOnTheDraws() {
        Net net = chain(4, "training runs");
        SimulationModel m = SimulationModel.of(net.plan, false);
        Draws d = Draws.of(m, 20_000, 9, 0.6);
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                assertEquals(0.6, spearman(d, a, b), 0.03, "rank correlation of tasks " + a + " and " + b);
            }
        }
        Draws independent = Draws.of(m, 20_000, 9, 0);
        assertEquals(0, spearman(independent, 0, 1), 0.03);
        // correlation widens the sum: P90 - P10 of the chain grows
        SimulationResult wide = run(net.plan, 20_000, 9, 0.6);
        SimulationResult narrow = run(net.plan, 20_000, 9, 0);
        assertTrue(wide.finishMinutes(90) - wide.finishMinutes(10) > 1.3 * (narrow.finishMinutes(90) - narrow.finishMinutes(10)));
    }

    private static double spearman(Draws d, int a, int b) {
        int n = d.iterations;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d.value(i, a);
            y[i] = d.value(i, b);
        }
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mean = (n - 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - mean) * (ry[i] - mean);
            sxx += (rx[i] - mean) * (rx[i] - mean);
        }
        return sxy / sxx;
    }

    private static double[] ranks(double[] v) {
        int[] order = Draws.sortedIndex(v);
        double[] r = new double[v.length];
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k;
        }
        return r;
    }

    @Test
    void anAcceptedLevellingDelayMovesTheSimulatedFinishAsItMovesTheSchedule() {
        Net net = new Net();
        Task a = net.task("Train", 3);
        Task b = net.task("Evaluate", 2);
        net.link(a, b);
        org.genaiplan.model.capacity.CapacityState s = net.plan.capacity().state();
        net.plan.capacity().set(s.withLoad(b.id(), s.load(b.id()).withLevelingDelay(4 * DAY)));
        net.schedule();
        long finish = new WorkTime(net.plan.calendar(), Net.MONDAY).toOffset(b.finish());
        assertEquals(9 * DAY, finish, "three days, four waiting, two");
        SimulationResult r = run(net.plan, 200, 1, 0.5);
        for (int percent : new int[] {1, 50, 100}) {
            assertEquals(finish, r.finishMinutes(percent), "P" + percent + " finish");
        }
    }

    @Test
    void aPlanWithNoUncertaintyGivesItsDeterministicScheduleAtEveryPercentile() {
        Net net = new Net();
        Task phase = net.task("Model development", 0);
        Task a = net.child(phase, "Baseline", 3);
        Task b = net.child(phase, "Fine-tune", 4.5);
        Task c = net.task("Evaluate", 2);
        Task d = net.task("Red-team", 1.25);
        Task e = net.task("Launch", 0);
        e.setMilestone(true);
        net.link(a, b, DependencyType.SS, 2 * Net.HOUR).link(phase, c).link(b, d, DependencyType.FF, DAY)
                .link(c, e).link(d, e, DependencyType.SF, 0);
        c.setConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2027, 1, 14));
        net.plan.putRole(new Role("Engineer", new BigDecimal("100")));
        a.setOwnerRole("Engineer");
        b.setOwnerRole("Engineer");
        c.setFixedCost(new BigDecimal("2500"));
        net.schedule();
        BigDecimal planCost = BigDecimal.ZERO;
        for (Task root : net.plan.roots()) {
            planCost = planCost.add(root.cost());
        }
        long finish = net.plan.tasksInOrder().stream().filter(t -> !t.hasChildren())
                .mapToLong(t -> new WorkTime(net.plan.calendar(), Net.MONDAY).toOffset(t.finish())).max().orElseThrow();
        SimulationResult r = run(net.plan, 1000, 1, 0.5);
        for (int percent : new int[] {1, 10, 50, 80, 90, 100}) {
            assertEquals(finish, r.finishMinutes(percent), "P" + percent + " finish");
            assertEquals(planCost.doubleValue(), r.cost(percent), 1e-6, "P" + percent + " cost");
        }
        assertEquals(1.0, r.deterministicConfidence());
        assertEquals(1.0, r.jointShare(finish, planCost.doubleValue() + 0.01));
        assertEquals(r.finishDate(finish), e.finish().toLocalDate());
    }

    @Test
    void aRunThatWouldNotFitInMemoryIsRefusedWithTheIterationsThatWould() {
        Net net = chain(1000, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(net.plan, 100_000, 1, 0))
                .isInstanceOf(org.genaiplan.model.ValidationException.class)
                .hasMessage("This plan has 1,000 uncertain inputs, so 100,000 iterations would not fit in memory;"
                        + " use at most 50,000.");
    }

    @Test
    void aCancelledRunStopsWithACancellation() {
        Net net = chain(5, null);
        MonteCarlo.Listener cancel = new MonteCarlo.Listener() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> MonteCarlo.run(SimulationModel.of(net.plan, false), new MonteCarlo.Settings(1000, 1), cancel));
    }

    @Test
    void theTaskOnEveryDrivingPathIsFullyCritical() {
        Net net = new Net();
        Task a = net.task("Long", 10);
        a.setEstimate(new Estimate(9 * DAY, 10 * DAY, 12 * DAY, Distribution.PERT));
        Task b = net.task("Short", 2);
        b.setEstimate(new Estimate(1 * DAY, 2 * DAY, 3 * DAY, Distribution.PERT));
        Task c = net.task("After", 1);
        net.link(a, c).link(b, c);
        net.schedule();
        SimulationResult r = run(net.plan, 2000, 1, 0);
        assertEquals(1.0, r.criticality(a.id()));
        assertEquals(1.0, r.criticality(c.id()));
        assertEquals(0.0, r.criticality(b.id()));
        assertEquals("Long", r.drivers().get(0).name());
    }
}
