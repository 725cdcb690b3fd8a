package org.genaiplan.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.TaskLoad;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.Leveller;
import org.genaiplan.schedule.ResourceUsage;

/**
 * Levelling and the usage histogram on generated plans with 50 people and 3 GPU pools: every leaf task has one
 * person at 50 or 100 %, one in five also a compute line on one of the pools. Prints
 * {@code bench level tasks=N ms=...} and {@code bench usage tasks=N ms=...}; sizes above 10,000 are skipped.
 */
public final class LevelBench {
    public static final int MAX_SIZE = 10_000;
    private static final String[] GPUS = {"H100", "A100", "L40S"};
    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    public LevelBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    public void run(int[] sizes) {
        for (int n : sizes) {
            if (n <= MAX_SIZE) {
                Plan plan = plan(n, 42);
                new CpmScheduler().schedule(plan);
                line("level", n, median(() -> new Leveller().level(plan)));
                line("usage", n, median(() -> new ResourceUsage(plan)));
            }
        }
    }

    /** A generated plan with 50 people and 3 GPU pools drawn on by its leaf tasks. */
    public static Plan plan(int n, long seed) {
        Plan plan = new SyntheticPlanGenerator().generate(n, seed);
        Random rnd = new Random(seed);
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String name = "Person " + i;
            plan.resources().putPerson(new Person(name));
            people.add(name);
        }
        for (String g : GPUS) {
            if (plan.priceTable().gpu(g) == null) {
                plan.setPriceTable(plan.priceTable().withGpu(new GpuPrice(g, BigDecimal.ONE, 100, false)));
            }
        }
        List<GpuPool> pools = List.of(new GpuPool("Pool H100", "H100", 16), new GpuPool("Pool A100", "A100", 32),
                new GpuPool("Pool L40S", "L40S", 8));
        Map<Long, TaskLoad> loads = new LinkedHashMap<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren() || t.isMilestone()) {
                continue;
            }
            loads.put(t.id(), TaskLoad.NONE.withAssignments(List.of(
                    new Assignment(people.get(rnd.nextInt(people.size())), rnd.nextBoolean() ? 50 : 100))));
            if (rnd.nextInt(5) == 0) {
                t.setCostLines(List.of(new CostLine(new ComputeCost(GPUS[rnd.nextInt(3)], 1 + rnd.nextInt(8),
                        BigDecimal.TEN))));
            }
        }
        plan.capacity().set(new CapacityState(pools, loads, List.of()));
        return plan;
    }

    private long median(Runnable work) {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    private void line(String name, int tasks, long nanos) {
        out.println("bench " + name + " tasks=" + tasks + " ms=" + String.format(java.util.Locale.ROOT, "%.2f",
                nanos / 1e6));
        out.flush();
    }
}
