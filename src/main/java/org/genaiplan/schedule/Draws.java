package org.genaiplan.schedule;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The random inputs of every iteration, drawn by Latin hypercube sampling: each variable's N draws take
 * one value from each of N equally likely strata, in random order, so a few thousand iterations cover a
 * distribution as evenly as many more plain random draws. Each variable has its own random stream seeded
 * from the run's seed and the variable's key (a task or risk id), so a seed gives the same draws on any
 * number of threads. Variables of a correlation group are put in the order of Iman-Conover scores instead
 * (see {@link RankCorrelation}).
 *
 * <p>Values are stored variable by variable ({@code width} columns of {@code iterations} floats, so each
 * column is drawn and read in one sweep): the uncertain tasks' durations (working minutes), then per risk
 * its delay (working minutes, zero when it does not occur) and its cost. {@link #gather} copies a few
 * iterations into a row-wise tile for the forward passes.
 */
final class Draws {
    final int iterations;
    final int width;
    final float[] values;

    private Draws(int iterations, int width) {
        this.iterations = iterations;
        this.width = width;
        this.values = new float[Math.multiplyExact(iterations, width)];
    }

    /** The most draws a run holds (four bytes each): 50 million, 200 MB. */
    static final long MAX_VALUES = 50_000_000L;

    static Draws of(SimulationModel m, int iterations, long seed, double groupCorrelation) {
        int u = m.uncertain.length;
        int r = m.drivers.size();
        long width = u + 2L * r;
        if (width * iterations > MAX_VALUES) {
            throw new org.genaiplan.model.ValidationException(String.format(java.util.Locale.ROOT,
                    "This plan has %,d uncertain inputs, so %,d iterations would not fit in memory; use at most %,d.",
                    width, iterations, MAX_VALUES / width));
        }
        Draws d = new Draws(iterations, u + 2 * r);
        int[][] groupRanks = new int[u][];
        for (int g = 0; g < m.groups.size(); g++) {
            int group = g;
            int[] members = IntStream.range(0, u).filter(j -> m.groupOf[j] == group).toArray();
            if (members.length < 2 || groupCorrelation == 0) {
                continue;
            }
            int[][] ranks = RankCorrelation.ranks(members.length, iterations, groupCorrelation,
                    new SplittableRandom(mix(seed, 0x6A09E667L + g)));
            for (int k = 0; k < members.length; k++) {
                groupRanks[members[k]] = ranks[k];
            }
        }
        IntStream.range(0, u + r).parallel().forEach(c -> {
            if (c < u) {
                long key = m.net.tasks[m.uncertain[c]].id();
                double[] uu = stratified(iterations, new SplittableRandom(mix(seed, key)), groupRanks[c]);
                Quantiles q = m.shapes[c];
                double done = m.doneFraction[c];
                double base = m.baseDur[m.uncertain[c]];
                int at = c * iterations;
                for (int i = 0; i < iterations; i++) {
                    d.values[at + i] = (float) (done * base + (1 - done) * q.quantile(uu[i]));
                }
            } else {
                int k = c - u;
                long key = -m.drivers.get(k).riskId();
                double[] occur = stratified(iterations, new SplittableRandom(mix(seed, key)), null);
                double[] severity = stratified(iterations, new SplittableRandom(mix(seed, key * 31 - 7)), null);
                double p = m.drivers.get(k).probability();
                int delayAt = (u + 2 * k) * iterations;
                int costAt = delayAt + iterations;
                for (int i = 0; i < iterations; i++) {
                    boolean happens = occur[i] < p;
                    d.values[delayAt + i] = happens ? (float) m.delays[k].quantile(severity[i]) : 0f;
                    d.values[costAt + i] = happens ? (float) m.riskCosts[k].quantile(severity[i]) : 0f;
                }
            }
        });
        return d;
    }

    /**
     * N draws of a uniform variable, one in each stratum [k/N, (k+1)/N): in random order, or, when
     * {@code ranks} is given, the stratum of rank {@code ranks[i]} at iteration i.
     */
    static double[] stratified(int n, SplittableRandom random, int[] ranks) {
        double[] u = new double[n];
        if (ranks != null) {
            for (int i = 0; i < n; i++) {
                u[i] = (ranks[i] + random.nextDouble()) / n;
            }
            return u;
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int i = 0; i < n; i++) {
            u[i] = (perm[i] + random.nextDouble()) / n;
        }
        return u;
    }

    float value(int iteration, int column) {
        return values[column * iterations + iteration];
    }

    /** Copies iterations {@code from .. from + count) into {@code tile}, {@code width} values per iteration. */
    void gather(int from, int count, float[] tile) {
        for (int c = 0; c < width; c++) {
            int at = c * iterations + from;
            for (int i = 0; i < count; i++) {
                tile[i * width + c] = values[at + i];
            }
        }
    }

    /** SplitMix64 of the seed and a key: independent streams for every variable. */
    static long mix(long seed, long key) {
        long z = seed * 0x9E3779B97F4A7C15L + key * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The indexes of {@code v} in ascending order of their values (ties by index). */
    static int[] sortedIndex(double[] v) {
        long[] keyed = new long[v.length];
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        // pack (rank of value, index): sort values, then place each index by binary search of its value
        int[] out = new int[v.length];
        int[] next = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            int pos = Arrays.binarySearch(sorted, v[i]);
            while (pos > 0 && sorted[pos - 1] == v[i]) {
                pos--;
            }
            keyed[i] = pos;
        }
        for (int i = 0; i < v.length; i++) {
            int pos = (int) keyed[i] + next[(int) keyed[i]]++;
            out[pos] = i;
        }
        return out;
    }

    static double[] copy(double[] v) {
        return Arrays.copyOf(v, v.length);
    }
}
