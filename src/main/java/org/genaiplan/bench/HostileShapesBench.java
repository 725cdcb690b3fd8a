package org.genaiplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.genaiplan.export.CsvImporter;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackage;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;

/**
 * A scaling check for the shapes of plan that once made the app quadratic (issue 15): each shape is built at a
 * size N and at 10N, written as a package, then read the way {@code genaiplan info} reads it (parsed, checked,
 * scheduled, costed). Prints {@code bench hostile-<shape> n=<N> ms=<median>} for both sizes and
 * {@code bench hostile-<shape> growth=<x>}, the time at 10N over the time at N: about 10 means linear.
 *
 * <p>{@code main} with {@code --write-info-plan FILE} writes the plan the issue times {@code genaiplan info} on:
 * 100,000 tasks with 10,000 risks and a 1,000-deep outline.
 */
public final class HostileShapesBench {
    private static final System.Logger LOG = System.getLogger(HostileShapesBench.class.getName());
    private static final LocalDate START = SyntheticPlanGenerator.DEFAULT_START;

    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    public HostileShapesBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write-info-plan")) {
            write(infoPlan(), Path.of(args[1]));
            return;
        }
        new HostileShapesBench(new PrintWriter(System.out, true), 1, 3).run();
    }

    private record Shape(String name, int n, IntFunction<Plan> build) {
    }

    public void run() {
        List<Shape> shapes = List.of(
                new Shape("risks", 2_000, HostileShapesBench::risks),
                new Shape("deep-outline", 10_000, HostileShapesBench::deepOutline),
                new Shape("gpu-types", 1_000, HostileShapesBench::gpuTypes),
                new Shape("two-task-loops", 10_000, HostileShapesBench::twoTaskLoops),
                new Shape("many-predecessors", 9_000, HostileShapesBench::manyPredecessors));
        for (Shape shape : shapes) {
            long small = measurePackage(shape.name(), shape.n(), shape.build().apply(shape.n()));
            long large = measurePackage(shape.name(), 10 * shape.n(), shape.build().apply(10 * shape.n()));
            growth(shape.name(), small, large);
        }
        long small = measureCsv(10_000);
        long large = measureCsv(100_000);
        growth("csv-outline", small, large);
    }

    // ---- the shapes ----

    /** n risks, each linked to one of n/10 tasks. */
    static Plan risks(int n) {
        Plan plan = flat(n / 10);
        for (int i = 0; i < n; i++) {
            plan.addRisk("Risk " + i).linkTask(1 + i % (n / 10));
        }
        return plan;
    }

    /** n tasks in chains 1,000 levels deep. */
    static Plan deepOutline(int n) {
        Plan plan = new Plan("Deep outline", START);
        Task parent = null;
        for (int i = 0; i < n; i++) {
            parent = plan.addTask(i % 1_000 == 0 ? null : parent, "Level " + (1 + i % 1_000));
            parent.setDurationMinutes(480);
            parent.setPhase(i % 1_000 == 0 ? "Phase " + i / 1_000 : null);
        }
        return plan;
    }

    /** n GPU types and n compute lines, half of them naming a type the table does not have. */
    static Plan gpuTypes(int n) {
        Plan plan = flat(n / 10);
        List<GpuPrice> gpus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gpus.add(new GpuPrice("GPU " + i, new BigDecimal("2.50"), 100, false));
        }
        plan.setPriceTable(new PriceTable(START, gpus, List.of()));
        for (Task t : plan.tasksInOrder()) {
            List<CostLine> lines = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                String type = k % 2 == 0 ? "gpu " + (t.id() * 10 + k) % n : "Missing GPU " + k;
                lines.add(new CostLine(new ComputeCost(type, 1, BigDecimal.TEN)));
            }
            t.setCostLines(lines);
        }
        return plan;
    }

    /** n tasks that depend on each other in pairs: n/2 loops. */
    static Plan twoTaskLoops(int n) {
        Plan plan = flat(n);
        for (long i = 1; i < n; i += 2) {
            plan.addDependency(Dependency.finishToStart(i, i + 1));
            plan.addDependency(Dependency.finishToStart(i + 1, i));
        }
        return plan;
    }

    /** One task with n predecessors. */
    static Plan manyPredecessors(int n) {
        Plan plan = flat(n + 1);
        for (long i = 1; i <= n; i++) {
            plan.addDependency(Dependency.finishToStart(i, n + 1));
        }
        return plan;
    }

    /** The plan {@code genaiplan info} is timed on: 100,000 tasks, 10,000 risks, a 1,000-deep outline. */
    static Plan infoPlan() {
        Plan plan = new SyntheticPlanGenerator().generate(99_000, 42);
        Task parent = null;
        for (int level = 1; level <= 1_000; level++) {
            parent = plan.addTask(parent, "Deep level " + level);
            parent.setDurationMinutes(level == 1_000 ? 480 : 0);
        }
        List<Task> tasks = plan.tasksInOrder();
        for (int i = plan.risks().size(); i < 10_000; i++) {
            plan.addRisk("Added risk " + i).linkTask(tasks.get((i * 7919) % tasks.size()).id());
        }
        return plan;
    }

    private static Plan flat(int n) {
        Plan plan = new Plan("Flat", START);
        for (int i = 0; i < n; i++) {
            plan.addTask(null, "Task " + i).setDurationMinutes(480);
        }
        return plan;
    }

    // ---- measuring ----

    private long measurePackage(String name, int n, Plan plan) {
        Path dir = Bench.tempDir();
        try {
            Path file = write(plan, dir.resolve(name + ".genaiplan"));
            PlanPackageReader reader = new PlanPackageReader();
            long ns = median(() -> {
                PlanPackage pkg = reader.read(file);
                CostReport.of(pkg.plan(), START).alerts();
            });
            line(name, n, ns);
            return ns;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            Bench.delete(dir);
        }
    }

    private long measureCsv(int n) {
        Path dir = Bench.tempDir();
        try {
            StringBuilder text = new StringBuilder("Outline Level,Name,Duration\n");
            for (int i = 0; i < n; i++) {
                text.append(1 + i % 1_000).append(",Row ").append(i).append(",1d\n");
            }
            Path csv = Files.writeString(dir.resolve("outline.csv"), text);
            long ns = median(() -> new CsvImporter().read(csv, "Outline", START));
            line("csv-outline", n, ns);
            return ns;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            Bench.delete(dir);
        }
    }

    private static Path write(Plan plan, Path file) throws IOException {
        Path home = Files.createTempDirectory("genaiplan-bench-home");
        try {
            new PlanFileWriter(new StoreHome(home)).write(file, null, o -> new PlanPackageWriter().write(plan, null, o));
            return file;
        } catch (org.genaiplan.store.PlanFileException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Bench.delete(home);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private long median(Work work) {
        long[] samples = new long[runs];
        for (int i = -warmUps; i < runs; i++) {
            long start = System.nanoTime();
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (i >= 0) {
                samples[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    private void line(String shape, int n, long nanos) {
        out.println(String.format(Locale.ROOT, "bench hostile-%s n=%d ms=%.2f", shape, n, nanos / 1e6));
        out.flush();
    }

    private void growth(String shape, long small, long large) {
        out.println(String.format(Locale.ROOT, "bench hostile-%s growth=%.1f", shape, (double) large / small));
        out.flush();
    }

    /** Temporary folders of a measurement. */
    private static final class Bench {
        static Path tempDir() {
            try {
                return Files.createTempDirectory("genaiplan-hostile");
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        static void delete(Path dir) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "A temporary folder left behind is harmless", e);
            }
        }
    }
}
