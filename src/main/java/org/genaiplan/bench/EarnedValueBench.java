package org.genaiplan.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.genaiplan.schedule.tracking.EarnedValue;
import org.genaiplan.schedule.tracking.MonthlyPhasing;

/**
 * {@code bench earned-value tasks=<N> ms=<median>}: earned value per task, phase and plan (money and
 * GPU-hours) of a generated plan of N tasks against a baseline of itself, at a status date a third of the way
 * in, with progress and actuals on every task before it. Also {@code bench monthly-phasing}: the monthly
 * baseline, planned, actual and forecast cost with the month's alert.
 */
final class EarnedValueBench {
    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    EarnedValueBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    static Plan trackedPlan(int n) {
        Plan plan = new SyntheticPlanGenerator().generate(n, 42);
        new CpmScheduler().schedule(plan);
        plan.setTracking(plan.tracking().withBaseline(BaselineCapture.of(plan, "Bench", LocalDateTime.now())));
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Task t : plan.tasksInOrder()) {
            first = first == null || t.start().isBefore(first) ? t.start() : first;
            last = last == null || t.finish().isAfter(last) ? t.finish() : last;
        }
        LocalDate status = first.toLocalDate().plusDays(
                java.time.temporal.ChronoUnit.DAYS.between(first, last) / 3);
        List<ActualEntry> entries = new java.util.ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren() && !t.finish().toLocalDate().isAfter(status)) {
                t.setPercentComplete(100);
                t.setWorkActualCost(new BigDecimal(100 + t.id() % 900));
                entries.add(new ActualEntry(t.id(), t.start().toLocalDate(), UsageKind.GPU_HOURS,
                        BigDecimal.valueOf(t.id() % 40), null));
            }
        }
        plan.setTracking(plan.tracking().withActuals(entries));
        plan.setStatusDate(status);
        new CpmScheduler().schedule(plan);
        plan.changes().drain();
        return plan;
    }

    void run(int... sizes) {
        for (int n : sizes) {
            Plan plan = trackedPlan(n);
            LocalDate status = plan.statusDate();
            var baseline = plan.tracking().comparedBaseline();
            line("earned-value", n, median(() -> EarnedValue.of(plan, baseline, status)));
            line("monthly-phasing", n, median(() -> MonthlyPhasing.of(plan, baseline, status).alert()));
        }
    }

    private long median(Runnable work) {
        long warm = System.nanoTime();
        for (int i = 0; i < warmUps || System.nanoTime() - warm < 1_000_000_000L; i++) {
            work.run(); // at least a second of warm-up, so the JIT has compiled the loop at every size
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
        out.println("bench " + name + " tasks=" + tasks + " ms=" + String.format(Locale.ROOT, "%.2f", nanos / 1e6));
        out.flush();
    }
}
