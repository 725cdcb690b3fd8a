package org.genaiplan.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.MonteCarlo;
import org.genaiplan.schedule.SimulationModel;

/**
 * {@code bench simulate tasks=<N> iterations=<M> ms=<median>}: a schedule and cost risk analysis of a
 * synthetic plan whose every leaf has a three-point estimate (one in three PERT, lognormal, triangular;
 * every fifth in a correlation group) and whose risk register drives linked tasks. The time covers
 * compiling the plan, drawing every input and running every iteration on all cores. M is 10,000 for
 * 1,000 tasks and 1,000 for 10,000 tasks (ten million task-iterations); larger plans are skipped.
 */
final class SimulationBench {
    static final long TASK_ITERATIONS = 10_000_000L;
    static final int LARGEST = 10_000;
    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    SimulationBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    void run(int... sizes) {
        for (int n : sizes) {
            if (n <= LARGEST) {
                runSize(n);
            }
        }
    }

    static int iterations(int tasks) {
        return (int) Math.min(10_000, Math.max(100, TASK_ITERATIONS / tasks));
    }

    /** The synthetic plan of {@code n} tasks with an estimate on every leaf. */
    static Plan plan(int n) {
        Plan plan = new SyntheticPlanGenerator().generate(n, 42);
        Distribution[] shapes = {Distribution.PERT, Distribution.LOGNORMAL, Distribution.TRIANGULAR};
        int k = 0;
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren() || t.isMilestone() || t.durationMinutes() == 0) {
                continue;
            }
            long d = t.durationMinutes();
            long high = d + d * (2 + k % 4) / 4;
            t.setEstimate(new Estimate(d * 4 / 5, d, high, shapes[k % 3], k % 5 == 0 ? "group " + (k % 7) : null));
            k++;
        }
        plan.changes().drain();
        return plan;
    }

    private void runSize(int n) {
        Plan plan = plan(n);
        int iterations = iterations(n);
        MonteCarlo.Settings settings = new MonteCarlo.Settings(iterations, 42);
        long[] times = new long[runs];
        for (int i = 0; i < warmUps + runs; i++) {
            long start = System.nanoTime();
            MonteCarlo.run(SimulationModel.of(plan, false), settings, MonteCarlo.Listener.NONE);
            long ns = System.nanoTime() - start;
            if (i >= warmUps) {
                times[i - warmUps] = ns;
            }
        }
        Arrays.sort(times);
        out.printf(java.util.Locale.ROOT, "bench simulate tasks=%d iterations=%d ms=%.2f%n", n, iterations,
                times[runs / 2] / 1e6);
        out.flush();
    }
}
