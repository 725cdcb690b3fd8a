package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.WorkTime;

/**
 * Cost by calendar month: the baseline's planned cost, the current plan's planned cost, the actual cost and
 * the forecast (actual so far, then what remains spread over the rest of each task). Amounts accrue evenly
 * over working time. Actuals imported with a date fall in that date's month; actual cost entered without a
 * date is spread over the task's working time up to the status date.
 */
public final class MonthlyPhasing {
    /** One month's amounts; {@code baseline} is zero when there is no baseline. */
    public record Month(YearMonth month, BigDecimal baseline, BigDecimal planned, BigDecimal actual,
                        BigDecimal forecast) {
    }

    private final TreeMap<YearMonth, BigDecimal[]> months = new TreeMap<>();
    private final WorkShare share;
    private final LocalDate statusDate;
    private final boolean hasBaseline;

    private MonthlyPhasing(WorkShare share, LocalDate statusDate, boolean hasBaseline) {
        this.share = share;
        this.statusDate = statusDate;
        this.hasBaseline = hasBaseline;
    }

    /** The phasing of a scheduled plan at {@code statusDate}; {@code baseline} may be null. */
    public static MonthlyPhasing of(Plan plan, Baseline baseline, LocalDate statusDate) {
        MonthlyPhasing p = new MonthlyPhasing(new WorkShare(new WorkTime(plan.calendar(), plan.startDate())),
                statusDate, baseline != null);
        long until = p.share.endOf(statusDate);
        if (baseline != null) {
            for (BaselineTask b : baseline.tasks()) {
                p.spread(0, b.cost(), b.start(), b.finish());
            }
        }
        Map<Task, BigDecimal[]> own = new IdentityHashMap<>();
        for (CostReport.Item item : CostReport.of(plan, statusDate).items()) {
            BigDecimal[] sums = own.computeIfAbsent(item.task(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(item.planned());
            sums[1] = sums[1].add(item.forecast());
        }
        Map<Long, BigDecimal> dated = new java.util.HashMap<>();
        for (ActualEntry e : plan.tracking().actuals()) {
            if (e.amount() != null && !e.date().isAfter(statusDate)) {
                p.add(YearMonth.from(e.date()), 2, e.amount());
                dated.merge(e.taskId(), e.amount(), BigDecimal::add);
            }
        }
        own.forEach((t, sums) -> {
            p.spread(1, sums[0], t.start(), t.finish());
            BigDecimal actual = EarnedValue.actual(t);
            BigDecimal undated = actual.subtract(dated.getOrDefault(t.id(), BigDecimal.ZERO));
            if (undated.signum() > 0 && t.start() != null) {
                long s = p.share.offset(t.start());
                p.spreadOffsets(2, undated, s, Math.max(s, Math.min(p.share.offset(t.finish()), until)));
            }
            BigDecimal remaining = sums[1].subtract(actual);
            if (remaining.signum() > 0 && t.finish() != null) {
                long f = p.share.offset(t.finish());
                long s = Math.max(p.share.offset(t.start()), until);
                p.spreadOffsets(3, remaining, Math.min(s, f), f);
            }
        });
        YearMonth now = YearMonth.from(statusDate);
        for (Map.Entry<YearMonth, BigDecimal[]> e : p.months.entrySet()) {
            if (!e.getKey().isAfter(now)) {
                e.getValue()[3] = e.getValue()[3].add(e.getValue()[2]);
            }
        }
        return p;
    }

    private void spread(int column, BigDecimal amount, LocalDateTime start, LocalDateTime finish) {
        if (amount == null || amount.signum() == 0 || start == null || finish == null) {
            return;
        }
        spreadOffsets(column, amount, share.offset(start), share.offset(finish));
    }

    /** Spreads {@code amount} evenly over working offsets [s, f], month by month, by cumulative differences. */
    private void spreadOffsets(int column, BigDecimal amount, long s, long f) {
        YearMonth month = YearMonth.from(workDate(s));
        BigDecimal before = BigDecimal.ZERO.setScale(2);
        while (true) {
            long monthEnd = share.startOf(month.plusMonths(1).atDay(1));
            BigDecimal upTo = WorkShare.before(amount, s, f, monthEnd);
            add(month, column, upTo.subtract(before));
            before = upTo;
            if (monthEnd >= f) {
                return;
            }
            month = month.plusMonths(1);
        }
    }

    private LocalDate workDate(long offset) {
        // The first month that has working time after the offset.
        YearMonth m = YearMonth.from(statusDate);
        while (share.startOf(m.atDay(1)) > offset) {
            m = m.minusMonths(1);
        }
        while (share.startOf(m.plusMonths(1).atDay(1)) <= offset) {
            m = m.plusMonths(1);
        }
        return m.atDay(1);
    }

    private void add(YearMonth month, int column, BigDecimal amount) {
        BigDecimal[] row = months.computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        row[column] = row[column].add(amount);
    }

    /** Every month from the first to the last with any amount, in order (months between with none are kept). */
    public List<Month> months() {
        List<Month> out = new ArrayList<>();
        if (months.isEmpty()) {
            return out;
        }
        BigDecimal z = BigDecimal.ZERO.setScale(2);
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
            BigDecimal[] row = months.get(m);
            out.add(row == null ? new Month(m, z, z, z, z) : new Month(m, row[0], row[1], row[2], row[3]));
        }
        return out;
    }

    /** The month of the status date, with zeros if nothing falls in it. */
    public Month statusMonth() {
        YearMonth now = YearMonth.from(statusDate);
        return months().stream().filter(m -> m.month().equals(now)).findFirst().orElseGet(() -> {
            BigDecimal z = BigDecimal.ZERO.setScale(2);
            return new Month(now, z, z, z, z);
        });
    }

    /**
     * The alert for the status date's month: actual spending against the month's forecast, which is the
     * baseline's planned cost for the month when there is a baseline, else the current plan's.
     */
    public Optional<MonthlyAlert> alert() {
        Month m = statusMonth();
        return MonthlyAlert.check(m.month(), m.actual(), hasBaseline ? m.baseline() : m.planned());
    }
}
