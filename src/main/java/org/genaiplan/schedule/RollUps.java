package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.Prices;

/**
 * The values summary rows show for their subtree, written with {@link Task#setRollUp}:
 * <ul>
 * <li>duration: the working span from the earliest child start to the latest child finish;</li>
 * <li>% complete: the children's % complete weighted by leaf duration (a plain average when every leaf
 * is a milestone);</li>
 * <li>cost: the sum of the leaf costs, where a leaf costs its fixed cost plus its owner role's hourly
 * rate (a person's own rate, else their role's) times its duration in hours (rounded to cents; sums are kept in whole cents), plus the amounts of
 * its cost lines. A summary adds its own cost lines, if it has any, to its children's costs.</li>
 * </ul>
 * Leaves get their own duration, % complete and cost. After an edit only the edited tasks and their
 * ancestors are recomputed.
 */
final class RollUps {

    private Network net;
    private long[] weight;
    private double[] weightedPercent;
    private int[] leafCount;
    private double[] percentSum;
    /** Cost in cents. */
    private long[] cost;
    private String[] seenOwner;
    private BigDecimal[] seenFixedCost;
    private List<CostLine>[] seenLines;
    private PriceTable prices;
    private boolean[] marked;
    private Map<String, BigDecimal> rates = Map.of();
    /** Hourly rates in hundredths of a cent, so that rate x minutes stays exact in a long. */
    private Map<String, Long> fineRates = Map.of();
    private Prices pricesOf;

    /** Whether a task's cost inputs differ from the last roll-up. */
    boolean inputsChanged(int i, Task t) {
        return seenOwner != null && i < seenOwner.length
                && (!Objects.equals(seenOwner[i], t.ownerRole()) || !seenFixedCost[i].equals(t.fixedCost())
                || seenLines[i] != t.costLines());
    }

    /** Whether role rates or the price table differ from the last roll-up, which then redoes every task. */
    boolean pricesChanged(Plan plan) {
        return !rates.equals(ratesOf(plan)) || !Objects.equals(prices, plan.priceTable());
    }

    void full(Network network, long[] es, long[] ef, long[] dur, Plan plan) {
        if (net != network) {
            net = network;
            int n = network.n;
            weight = new long[n];
            weightedPercent = new double[n];
            leafCount = new int[n];
            percentSum = new double[n];
            cost = new long[n];
            seenOwner = new String[n];
            seenFixedCost = new BigDecimal[n];
            @SuppressWarnings("unchecked")
            List<CostLine>[] lines = new List[n];
            seenLines = lines;
            marked = new boolean[n];
        }
        rates = ratesOf(plan);
        prices = plan.priceTable();
        pricesOf = plan.prices();
        fineRates = new HashMap<>();
        rates.forEach((name, rate) -> fineRates.put(name,
                rate.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact()));
        // Children come after their parent in row order: going backwards finishes every child first.
        for (int i = net.n - 1; i >= 0; i--) {
            compute(i, es, ef, dur);
        }
    }

    /** Recomputes the given tasks and their ancestors; returns how many tasks were written. */
    int update(Network network, long[] es, long[] ef, long[] dur, Plan plan, int[] changed, int count) {
        if (network != net || pricesChanged(plan)) {
            full(network, es, ef, dur, plan);
            return network.n;
        }
        int[] list = new int[Math.max(16, count * 2)];
        int size = 0;
        for (int k = 0; k < count; k++) {
            for (int i = changed[k]; i >= 0; i = net.parent[i]) {
                if (marked[i]) {
                    break;
                }
                marked[i] = true;
                if (size == list.length) {
                    list = Arrays.copyOf(list, size * 2);
                }
                list[size++] = i;
            }
        }
        Arrays.sort(list, 0, size);
        for (int k = size - 1; k >= 0; k--) {
            compute(list[k], es, ef, dur);
            marked[list[k]] = false;
        }
        return size;
    }

    private void compute(int i, long[] es, long[] ef, long[] dur) {
        Task t = net.tasks[i];
        seenOwner[i] = t.ownerRole();
        seenFixedCost[i] = t.fixedCost();
        seenLines[i] = t.costLines();
        long lines = linesCents(t, dur[i]);
        if (!net.summary[i]) {
            long d = dur[i];
            weight[i] = d;
            weightedPercent[i] = (double) d * t.percentComplete();
            leafCount[i] = 1;
            percentSum[i] = t.percentComplete();
            Long rate = t.ownerRole() == null ? null : fineRates.get(t.ownerRole());
            long c = t.fixedCost().signum() == 0 ? 0
                    : t.fixedCost().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (rate != null && d > 0) {
                // rate (1/10000 of a unit per hour) x minutes / 60 / 100 = cents, rounded half up
                c += (rate * d + 3000) / 6000;
            }
            c += lines;
            cost[i] = c;
            t.setRollUp(d, t.percentComplete(), BigDecimal.valueOf(c, 2));
            return;
        }
        long w = 0;
        double wp = 0;
        int count = 0;
        double sum = 0;
        long c = lines;
        for (int ch = i + 1; ch < net.subtreeEnd[i]; ch = net.subtreeEnd[ch]) {
            w += weight[ch];
            wp += weightedPercent[ch];
            count += leafCount[ch];
            sum += percentSum[ch];
            c += cost[ch];
        }
        weight[i] = w;
        weightedPercent[i] = wp;
        leafCount[i] = count;
        percentSum[i] = sum;
        cost[i] = c;
        double percent = w > 0 ? wp / w : count > 0 ? sum / count : 0;
        long span = ef[net.n + i] - es[net.n + i];
        t.setRollUp(span, percent, BigDecimal.valueOf(c, 2));
    }

    private long linesCents(Task t, long durationMinutes) {
        long cents = 0;
        for (CostLine line : t.costLines()) {
            cents += line.input().amount(pricesOf, durationMinutes).movePointRight(2).longValueExact();
        }
        return cents;
    }

    /** The hourly rate of every owner: roles, and people at their own rate or their role's. */
    private static Map<String, BigDecimal> ratesOf(Plan plan) {
        return plan.resources().rates();
    }
}
