package org.genaiplan.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.genaiplan.export.ExcelExporter;
import org.genaiplan.export.ExportOptions;
import org.genaiplan.export.ProgressListener;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.command.IndentTasksCommand;
import org.genaiplan.store.PlanDocument;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import org.genaiplan.bench.SyntheticPlanGenerator;

/**
 * Measures the engine on generated plans and prints one line per measurement:
 * {@code bench <name> tasks=<N> ms=<median> [mb=<heap>]}. Each measurement runs a few times untimed to
 * warm up, then several timed runs; the median is printed. No window is needed.
 *
 * <p>Measurements: {@code generate} (build a plan), {@code schedule} (full reschedule of every task, with
 * the network already indexed), {@code schedule-cold} (full reschedule by a new scheduler, including
 * indexing the outline and sorting the network), {@code incremental} (reschedule after changing one
 * duration), {@code indent} (100 consecutive rows made children of their previous sibling, plus the
 * reschedule; undone untimed after each run), {@code export-xlsx} (the Excel workbook), {@code export-pdf} (the PDF
 * report, every section, A4 landscape, the chart one page wide), {@code heap} (memory in use after building and scheduling
 * the plan; ms is the time that took).
 */
public final class Benchmark {
    private static final System.Logger LOG = System.getLogger(Benchmark.class.getName());
    public static final int[] DEFAULT_SIZES = {1_000, 10_000, 100_000};
    private static final long SEED = 42;

    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    public Benchmark(PrintWriter out, int warmUps, int runs) {
        if (warmUps < 0 || runs < 1) {
            throw new IllegalArgumentException("warm-ups must be 0 or more and runs 1 or more");
        }
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        new Benchmark(new PrintWriter(System.out, true), 3, 7).run(sizes);
    }

    public void run(int... sizes) {
        for (int n : sizes) {
            runSize(n);
        }
    }

    private void runSize(int n) {
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        int genRuns = n >= 100_000 ? Math.max(1, runs / 2) : runs;
        line("generate", n, median(warmUps, genRuns, () -> time(() -> generator.generate(n, SEED))), -1);
        measureEdits(generator, n);
        measureHeap(generator, n);
        measureHeapAfterOpen(generator, n);
    }

    private void measureEdits(SyntheticPlanGenerator generator, int n) {
        Plan plan = generator.generate(n, SEED);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(plan);
        line("schedule", n, median(warmUps, runs, () -> time(() -> scheduler.schedule(plan))), -1);
        line("schedule-cold", n, median(warmUps, runs, () -> time(() -> new CpmScheduler().schedule(plan))), -1);

        scheduler.schedule(plan);
        List<Task> leaves = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && !t.isMilestone() && t.percentComplete() == 0) {
                leaves.add(t);
            }
        }
        int[] pick = {0};
        line("incremental", n, median(warmUps * 3, runs * 3, () -> {
            Task t = leaves.get((leaves.size() / 2 + 7919 * pick[0]++) % leaves.size());
            t.setDurationMinutes(t.durationMinutes() + 60);
            long ms = time(() -> scheduler.reschedule(plan));
            t.setDurationMinutes(t.durationMinutes() - 60);
            scheduler.reschedule(plan);
            return ms;
        }), -1);

        // indent: 100 consecutive rows indented by the sheet's own command, then the reschedule; undone untimed
        line("indent", n, median(warmUps, runs, () -> {
            List<Task> order = plan.tasksInOrder();
            List<Long> ids = new ArrayList<>();
            for (int i = order.size() / 2; ids.size() < 100 && i < order.size(); i++) {
                ids.add(order.get(i).id());
            }
            IndentTasksCommand indent = new IndentTasksCommand(ids);
            long start = System.nanoTime();
            indent.execute(plan);
            scheduler.reschedule(plan);
            long ns = System.nanoTime() - start;
            indent.undo(plan);
            scheduler.reschedule(plan);
            plan.changes().drain();
            return ns;
        }), -1);

        // cost-report: what the cost view and `info` rebuild after an edit (totals, alerts, S-curve).
        java.time.LocalDate today = plan.startDate().plusDays(30);
        line("cost-report", n, median(warmUps, runs, () -> time(() -> {
            org.genaiplan.schedule.CostReport report = org.genaiplan.schedule.CostReport.of(plan, today);
            report.alerts();
            report.sCurve();
        })), -1);

        // business-case: what the Business case view works out after an edit while it is shown.
        org.genaiplan.model.decision.BusinessCase benefits = org.genaiplan.model.decision.BusinessCase.NONE
                .withSavingsPerMonth(java.math.BigDecimal.valueOf(50_000)).withRequestsPerMonth(100_000);
        line("business-case", n, median(warmUps, runs, () -> time(
                () -> org.genaiplan.schedule.BusinessCaseReport.of(plan, benefits))), -1);

        measureFiles(plan, n);
        measureExport(plan, n);
    }

    /**
     * {@code export-xlsx}: the scheduled plan written as an Excel workbook (all five sheets, streamed);
     * {@code export-pdf}: the PDF report with every section. mb is the peak heap the JVM reported during the
     * timed runs (garbage included, so an upper bound).
     */
    private void measureExport(Plan plan, int n) {
        Path dir = unchecked(() -> Files.createTempDirectory("genaiplan-bench"));
        Path file = dir.resolve("bench-" + n + ".xlsx");
        ExcelExporter exporter = new ExcelExporter();
        int exportRuns = n >= 100_000 ? Math.max(1, runs / 3) : runs;
        int exportWarmUps = n >= 100_000 ? Math.min(1, warmUps) : warmUps;
        java.util.List<java.lang.management.MemoryPoolMXBean> pools =
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP).toList();
        long[] peak = {0};
        long ms = median(exportWarmUps, exportRuns, () -> {
            usedAfterGc();
            pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long ns = time(() -> unchecked(() -> {
                exporter.export(plan, file, ExportOptions.defaults(), ProgressListener.NONE);
                return null;
            }));
            peak[0] = Math.max(peak[0], pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            return ns;
        });
        line("export-xlsx", n, ms, peak[0]);

        Path pdf = dir.resolve("bench-" + n + ".pdf");
        org.genaiplan.export.pdf.PdfExporter pdfExporter = new org.genaiplan.export.pdf.PdfExporter();
        org.genaiplan.export.pdf.PageSetup setup = org.genaiplan.export.pdf.PageSetup.defaults()
                .withToday(plan.startDate().plusDays(30));
        long[] pdfPeak = {0};
        long pdfMs = median(exportWarmUps, exportRuns, () -> {
            usedAfterGc();
            pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long ns = time(() -> unchecked(() -> pdfExporter.export(plan, pdf, setup, ProgressListener.NONE)));
            pdfPeak[0] = Math.max(pdfPeak[0], pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            return ns;
        });
        line("export-pdf", n, pdfMs, pdfPeak[0]);
        deleteTree(dir);
    }

    /**
     * {@code save}: the plan written to a .genaiplan package (safe write: temp file, force, atomic move).
     * {@code read}: the package parsed and checked into a scheduled model. {@code open}: what File > Open
     * does, the read plus the import into a fresh H2 working store, then a full schedule. {@code heap-open}:
     * memory in use with that opened plan held.
     */
    private void measureFiles(Plan plan, int n) {
        Path dir = unchecked(() -> Files.createTempDirectory("genaiplan-bench"));
        StoreHome home = new StoreHome(dir.resolve("home"));
        Path file = dir.resolve("bench-" + n + ".genaiplan");
        PlanFileWriter writer = new PlanFileWriter(home);
        PlanPackageWriter packageWriter = new PlanPackageWriter();
        line("save", n, median(warmUps, runs, () -> time(() -> unchecked(() ->
                writer.write(file, null, out -> packageWriter.write(plan, Instant.now(), out))))), -1);
        PlanPackageReader reader = new PlanPackageReader();
        line("read", n, median(warmUps, runs, () -> time(() -> unchecked(() -> reader.read(file)))), -1);
        line("open", n, median(warmUps, runs, () -> time(() -> unchecked(() -> {
            try (PlanDocument doc = PlanDocument.open(file, home)) {
                new CpmScheduler().schedule(doc.plan());
            }
            return null;
        }))), -1);
        deleteTree(dir);
    }

    /** Heap in use with one opened plan of n tasks held (file to scheduled model, working store open). */
    private void measureHeapAfterOpen(SyntheticPlanGenerator generator, int n) {
        Path dir = unchecked(() -> Files.createTempDirectory("genaiplan-bench"));
        StoreHome home = new StoreHome(dir.resolve("home"));
        Path file = dir.resolve("heap-" + n + ".genaiplan");
        unchecked(() -> new PlanFileWriter(home).write(file, null,
                out -> new PlanPackageWriter().write(generator.generate(n, SEED + 2), Instant.now(), out)));
        usedAfterGc();
        unchecked(() -> {
            long start = System.nanoTime();
            try (PlanDocument doc = PlanDocument.open(file, home)) {
                new CpmScheduler().schedule(doc.plan());
                long ns = System.nanoTime() - start;
                line("heap-open", n, ns, usedAfterGc());
            }
            return null;
        });
        deleteTree(dir);
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "A temp folder left behind is harmless", e);
        }
    }

    /** Memory in use with one plan of n tasks built and scheduled, everything else collected. */
    private void measureHeap(SyntheticPlanGenerator generator, int n) {
        usedAfterGc();
        Plan[] holder = new Plan[1];
        CpmScheduler[] kept = new CpmScheduler[1];
        long ns = time(() -> {
            holder[0] = generator.generate(n, SEED + 1);
            kept[0] = new CpmScheduler();
            kept[0].schedule(holder[0]);
        });
        long beforeBytes = usedAfterGc();
        line("heap", n, ns, beforeBytes);
        if (holder[0].taskCount() != n || kept[0] == null) {
            throw new IllegalStateException("the plan was not kept");
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private void line(String name, int tasks, long nanos, long bytes) {
        String ms = String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
        out.println("bench " + name + " tasks=" + tasks + " ms=" + ms
                + (bytes >= 0 ? " mb=" + Math.round(bytes / (1024.0 * 1024.0)) : ""));
        out.flush();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(int warmUps, int runs, LongSupplier run) {
        for (int i = 0; i < warmUps; i++) {
            run.getAsLong();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = run.getAsLong();
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }
}
