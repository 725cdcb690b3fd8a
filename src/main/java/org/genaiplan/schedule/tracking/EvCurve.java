package org.genaiplan.schedule.tracking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.WorkTime;

/**
 * Cumulative planned value, earned value and actual cost at the end of each day (spans up to 120 days) or
 * each week, from the first start to the last finish of the baseline and the plan. PV follows the baseline.
 * The plan keeps no history of % complete, so a task's earned value is taken to accrue evenly over its working
 * time from its start to its finish or the status date, whichever is first; actual cost entered with a date
 * counts on that date and the rest accrues the same way. EV and AC stop at the status date.
 */
public final class EvCurve {
    /** One point; {@code ev} and {@code ac} are null after the status date. */
    public record Point(LocalDate date, double pv, Double ev, Double ac) {
    }

    private EvCurve() {
    }

    public static List<Point> of(Plan plan, Baseline baseline, LocalDate statusDate) {
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        long until = time.endOfDay(statusDate);
        List<double[]> pv = new ArrayList<>(); // start, finish, amount
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (BaselineTask b : baseline.tasks()) {
            if (b.start() == null || b.finish() == null) {
                continue;
            }
            pv.add(new double[] {time.toOffset(b.start()), time.toOffset(b.finish()), b.cost().doubleValue()});
            first = first == null || b.start().isBefore(first) ? b.start() : first;
            last = last == null || b.finish().isAfter(last) ? b.finish() : last;
        }
        Map<Long, Double> dated = new HashMap<>();
        List<double[]> datedPoints = new ArrayList<>(); // epoch day, amount
        for (ActualEntry e : plan.tracking().actuals()) {
            if (e.amount() != null && !e.date().isAfter(statusDate)) {
                dated.merge(e.taskId(), e.amount().doubleValue(), Double::sum);
                datedPoints.add(new double[] {e.date().toEpochDay(), e.amount().doubleValue()});
            }
        }
        Map<Long, BaselineTask> planned = baseline.taskMap();
        List<double[]> ev = new ArrayList<>();
        List<double[]> ac = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.start() == null || t.finish() == null) {
                continue;
            }
            long s = time.toOffset(t.start());
            long f = Math.max(s, Math.min(time.toOffset(t.finish()), until));
            BaselineTask b = planned.get(t.id());
            double done = t.hasChildren() ? t.rolledUpPercentComplete() : t.percentComplete();
            if (b != null && done > 0) {
                ev.add(new double[] {s, f, b.cost().doubleValue() * done / 100});
            }
            double undated = EarnedValue.actual(t).doubleValue() - dated.getOrDefault(t.id(), 0.0);
            if (undated > 0) {
                ac.add(new double[] {s, f, undated});
            }
            first = first == null || t.start().isBefore(first) ? t.start() : first;
            last = last == null || t.finish().isAfter(last) ? t.finish() : last;
        }
        if (first == null) {
            return List.of();
        }
        LocalDate from = first.toLocalDate().minusDays(1);
        LocalDate to = last.toLocalDate();
        if (to.isBefore(statusDate)) {
            to = statusDate;
        }
        int step = ChronoUnit.DAYS.between(from, to) <= 120 ? 1 : 7;
        List<Point> out = new ArrayList<>();
        for (LocalDate d = from; ; d = d.plusDays(step)) {
            if (d.isAfter(to)) {
                d = to;
            }
            long end = time.endOfDay(d);
            double p = sum(pv, end);
            Double e = null;
            Double a = null;
            if (!d.isAfter(statusDate)) {
                e = sum(ev, end);
                double sumA = sum(ac, end);
                for (double[] dp : datedPoints) {
                    if (dp[0] <= d.toEpochDay()) {
                        sumA += dp[1];
                    }
                }
                a = sumA;
            }
            out.add(new Point(d, p, e, a));
            if (!d.isBefore(to)) {
                return out;
            }
        }
    }

    private static double sum(List<double[]> spans, long end) {
        double total = 0;
        for (double[] s : spans) {
            if (end >= s[1]) {
                total += s[2];
            } else if (end > s[0]) {
                total += s[2] * (end - s[0]) / (s[1] - s[0]);
            }
        }
        return total;
    }
}
