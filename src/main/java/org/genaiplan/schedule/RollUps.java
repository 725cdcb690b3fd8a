package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
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
 * rate (a person's own rate, else their role's) times its duration in hours (rounded to cents), plus the
 * amounts of its cost lines. A summary adds its own cost lines, if it has any, to its children's costs. Sums
 * are exact decimals, so they cannot wrap at any size and a total always equals the sum of its parts.</li>
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
    private static final BigDecimal ZERO_CENTS = BigDecimal.valueOf(0, 2);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private BigDecimal[] cost;
    private String[] seenOwner;
    private BigDecimal[] seenFixedCost;
    private List<CostLine>[] seenLines;
    private PriceTable prices;
    private boolean[] marked;
    private Map<String, BigDecimal> rates = Map.of();
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
            cost = new BigDecimal[n];
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
        BigDecimal lines = linesCost(t, dur[i]);
        if (!net.summary[i]) {
            long d = dur[i];
            weight[i] = d;
            weightedPercent[i] = (double) d * t.percentComplete();
            leafCount[i] = 1;
            percentSum[i] = t.percentComplete();
            BigDecimal rate = t.ownerRole() == null ? null : rates.get(t.ownerRole());
            BigDecimal c = t.fixedCost().signum() == 0 ? lines
                    : lines.add(t.fixedCost().setScale(2, RoundingMode.HALF_UP));
            if (rate != null && d > 0) {
                c = c.add(rate.multiply(BigDecimal.valueOf(d)).divide(SIXTY, 2, RoundingMode.HALF_UP));
            }
            cost[i] = c;
            t.setRollUp(d, t.percentComplete(), c);
            return;
        }
        long w = 0;
        double wp = 0;
        int count = 0;
        double sum = 0;
        BigDecimal c = lines;
        for (int ch = i + 1; ch < net.subtreeEnd[i]; ch = net.subtreeEnd[ch]) {
            w += weight[ch];
            wp += weightedPercent[ch];
            count += leafCount[ch];
            sum += percentSum[ch];
            c = c.add(cost[ch]);
        }
        weight[i] = w;
        weightedPercent[i] = wp;
        leafCount[i] = count;
        percentSum[i] = sum;
        cost[i] = c;
        double percent = w > 0 ? wp / w : count > 0 ? sum / count : 0;
        long span = ef[net.n + i] - es[net.n + i];
        t.setRollUp(span, percent, c);
    }

    private BigDecimal linesCost(Task t, long durationMinutes) {
        BigDecimal sum = ZERO_CENTS;
        for (CostLine line : t.costLines()) {
            sum = sum.add(line.input().amount(pricesOf, durationMinutes));
        }
        return sum;
    }

    /** The hourly rate of every owner: roles, and people at their own rate or their role's. */
    private static Map<String, BigDecimal> ratesOf(Plan plan) {
        return plan.resources().rates();
    }
}
