package org.genaiplan.schedule;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * Runs a schedule and cost risk analysis on a {@link SimulationModel}: draws every iteration's inputs
 * ({@link Draws}), then runs the critical path forward pass once per iteration over the network's arrays
 * (no objects per iteration), spread over the available cores in blocks of iterations. The result is the
 * same for a seed whatever the number of threads.
 */
public final class MonteCarlo {

    /** Told of progress; may ask the run to stop. */
    public interface Listener {
        void progress(int done, int total);

        default boolean cancelled() {
            return false;
        }

        Listener NONE = (done, total) -> { };
    }

    /** How a run is made. {@code groupCorrelation} is the rank correlation within each correlation group. */
    public record Settings(int iterations, long seed, double groupCorrelation) {
        public Settings {
            if (iterations < 1) {
                throw new IllegalArgumentException("at least one iteration");
            }
            if (groupCorrelation < 0 || groupCorrelation >= 1) {
                throw new IllegalArgumentException("a group correlation lies in [0, 1)");
            }
        }

        public Settings(int iterations, long seed) {
            this(iterations, seed, 0.5);
        }
    }

    /** Iterations copied row-wise at a time from the column-wise draws. */
    private static final int TILE = 32;

    private MonteCarlo() {
    }

    public static SimulationResult run(SimulationModel m, Settings settings, Listener listener) {
        int iterations = settings.iterations();
        Draws draws = Draws.of(m, iterations, settings.seed(), settings.groupCorrelation());
        check(listener);
        long[] finish = new long[iterations];
        double[] cost = new double[iterations];
        int n = m.net.n;
        AtomicIntegerArray critical = new AtomicIntegerArray(n);
        pass(m, draws, finish, cost, critical, listener);
        check(listener);
        int[] crit = new int[n];
        for (int t = 0; t < n; t++) {
            crit[t] = critical.get(t);
        }
        return new SimulationResult(m, settings, draws, finish, cost, crit);
    }

    /**
     * Runs every iteration of {@code draws} into {@code finish} and {@code cost}, counting the driving path into
     * {@code critical} when it is given; stops early (leaving the arrays part-filled) when the listener cancels.
     */
    static void pass(SimulationModel m, Draws draws, long[] finish, double[] cost, AtomicIntegerArray critical,
                     Listener listener) {
        int iterations = draws.iterations;
        int n = m.net.n;
        int block = Math.max(64, Math.min(1024, iterations / (8 * Runtime.getRuntime().availableProcessors()) + 1));
        int blocks = (iterations + block - 1) / block;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            if (listener.cancelled()) {
                return;
            }
            long[] dur = m.baseDur.clone();
            long[] es = new long[2 * n];
            long[] ef = new long[2 * n];
            int[] counts = critical == null ? null : new int[n];
            DrivingPath path = new DrivingPath(m);
            int from = b * block;
            int to = Math.min(iterations, from + block);
            float[] tile = new float[TILE * draws.width];
            for (int t0 = from; t0 < to; t0 += TILE) {
                int count = Math.min(TILE, to - t0);
                draws.gather(t0, count, tile);
                for (int i = t0; i < t0 + count; i++) {
                    cost[i] = iterate(m, tile, (i - t0) * draws.width, dur, es, ef, finish, i);
                    if (counts != null) {
                        path.mark(es, ef, finish[i], counts);
                    }
                }
            }
            if (counts != null) {
                for (int t = 0; t < n; t++) {
                    if (counts[t] != 0) {
                        critical.addAndGet(t, counts[t]);
                    }
                }
            }
            listener.progress(done.addAndGet(to - from), iterations);
        });
    }

    /** One iteration: sets the drawn durations (row {@code row} of the tile), runs the forward pass; returns the cost. */
    private static double iterate(SimulationModel m, float[] v, int row, long[] dur, long[] es, long[] ef,
                                  long[] finish, int i) {
        int[] touched = m.touched;
        for (int t : touched) {
            dur[t] = m.baseDur[t];
        }
        int u = m.uncertain.length;
        for (int j = 0; j < u; j++) {
            dur[m.uncertain[j]] = Math.round(v[row + j]);
        }
        double cost = m.baseCost;
        for (int r = 0; r < m.riskTasks.length; r++) {
            float delay = v[row + u + 2 * r];
            if (delay != 0f) {
                long minutes = Math.round(delay);
                for (int t : m.riskTasks[r]) {
                    dur[t] += minutes;
                }
            }
            cost += v[row + u + 2 * r + 1];
        }
        for (int t : touched) {
            cost += m.costPerMinute[t] * (dur[t] - m.baseDur[t]);
        }
        finish[i] = m.forward(dur, es, ef);
        return cost;
    }

    private static void check(Listener listener) {
        if (listener.cancelled()) {
            throw new CancellationException("The risk analysis was cancelled.");
        }
    }
}
