package org.genaiplan.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the risks by what each adds to the P80 finish and the P80 cost: the run is repeated with the same
 * draws for every input but that risk's, which never occurs, so the difference is the risk's own effect
 * (sampling noise cancels out).
 */
public final class RiskEffects {

    /** One risk and what it adds to the P80 finish (working days) and the P80 cost. */
    public record Effect(String code, String title, double p80Days, double p80Cost) {
    }

    private RiskEffects() {
    }

    public static List<Effect> of(SimulationModel m, MonteCarlo.Settings settings, SimulationResult base,
                                  MonteCarlo.Listener listener) {
        Draws draws = Draws.of(m, settings.iterations(), settings.seed(), settings.groupCorrelation());
        int n = draws.iterations;
        int u = m.uncertain.length;
        long[] finish = new long[n];
        double[] cost = new double[n];
        List<Effect> out = new ArrayList<>();
        long baseFinish = base.finishMinutes(80);
        double baseCost = base.cost(80);
        for (int r = 0; r < m.drivers.size(); r++) {
            int delayAt = (u + 2 * r) * n;
            float[] saved = Arrays.copyOfRange(draws.values, delayAt, delayAt + 2 * n);
            Arrays.fill(draws.values, delayAt, delayAt + 2 * n, 0f);
            MonteCarlo.pass(m, draws, finish, cost, null, MonteCarlo.Listener.NONE);
            System.arraycopy(saved, 0, draws.values, delayAt, 2 * n);
            if (listener.cancelled()) {
                throw new java.util.concurrent.CancellationException("The risk analysis was cancelled.");
            }
            listener.progress(r + 1, m.drivers.size());
            long[] f = finish.clone();
            Arrays.sort(f);
            double[] c = cost.clone();
            Arrays.sort(c);
            int k = SimulationResult.rank(80, n);
            RiskDrivers.Driver d = m.drivers.get(r);
            out.add(new Effect(d.code(), d.title(), (double) (baseFinish - f[k]) / m.minutesPerDay, baseCost - c[k]));
        }
        out.sort(Comparator.comparingDouble(Effect::p80Days).thenComparingDouble(Effect::p80Cost).reversed());
        return out;
    }
}
