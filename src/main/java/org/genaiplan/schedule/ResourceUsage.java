package org.genaiplan.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * How much of each role, person and GPU pool the scheduled plan uses on each working day against what is
 * available, the over-allocated periods and the tasks causing them. Read from the tasks' scheduled dates;
 * schedule the plan first.
 */
public final class ResourceUsage {
    /** How wide one bar of the histogram is. */
    public enum Period { DAY, WEEK, MONTH }

    /** A run of over-allocated working days of one resource and the tasks working on it then. */
    public record Overload(int resource, String name, LocalDate first, LocalDate last, double peak, int available,
                           List<Long> taskIds) {
    }

    /**
     * One bar: hours used and available for people and roles; for pools the most GPUs in use on one day
     * (averaged over its working minutes) and the fewest available. {@code over} when any day in it is
     * over-allocated.
     */
    public record Bucket(LocalDate start, String label, double used, double available, boolean over) {
    }

    private final CapacityProfile profile;
    private final long base;
    private final long[][] used;
    private final long[] starts;
    private final long[] finishes;
    private final List<List<Integer>> users = new ArrayList<>();
    private final List<Overload> overloads = new ArrayList<>();

    public ResourceUsage(Plan plan) {
        this(new CapacityProfile(plan, new WorkTime(plan.calendar(), plan.startDate())));
    }

    public ResourceUsage(CapacityProfile profile) {
        this.profile = profile;
        int n = profile.leaves.size();
        starts = new long[n];
        finishes = new long[n];
        long lo = 0;
        long hi = 1;
        for (int i = 0; i < n; i++) {
            Task t = profile.leaves.get(i);
            if (t.start() == null || t.finish() == null) {
                starts[i] = 0;
                finishes[i] = 0;
                continue;
            }
            starts[i] = profile.time.toOffset(t.start());
            finishes[i] = Math.max(starts[i], profile.time.toOffset(t.finish()));
            lo = Math.min(lo, Math.floorDiv(starts[i], profile.mpd));
            hi = Math.max(hi, Math.floorDiv(finishes[i] + profile.mpd - 1, profile.mpd));
        }
        base = lo;
        int days = (int) Math.min(hi - lo, 40 * 366);
        used = new long[profile.size()][days];
        for (int r = 0; r < profile.size(); r++) {
            users.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int[] res = profile.demandRes.get(i);
            int[] amt = profile.demandAmt.get(i);
            for (int k = 0; k < res.length; k++) {
                users.get(res[k]).add(i);
            }
            if (finishes[i] <= starts[i]) {
                continue;
            }
            long d0 = Math.floorDiv(starts[i], profile.mpd);
            long d1 = Math.floorDiv(finishes[i] - 1, profile.mpd);
            for (long d = d0; d <= d1 && d - base < days; d++) {
                long m = profile.overlap(d, starts[i], finishes[i]);
                for (int k = 0; k < res.length; k++) {
                    used[res[k]][(int) (d - base)] += m * amt[k];
                }
            }
        }
        for (int r = 0; r < profile.size(); r++) {
            findOverloads(r, days);
        }
    }

    private void findOverloads(int r, int days) {
        int d = 0;
        while (d < days) {
            if (!over(r, d)) {
                d++;
                continue;
            }
            int e = d;
            long peak = used[r][d];
            int avail = available(r, d);
            while (e + 1 < days && over(r, e + 1)) {
                e++;
                peak = Math.max(peak, used[r][e]);
                avail = Math.min(avail, available(r, e));
            }
            long from = (d + base) * profile.mpd;
            long to = (e + 1 + base) * profile.mpd;
            List<Long> ids = new ArrayList<>();
            for (int i : users.get(r)) {
                if (starts[i] < to && finishes[i] > from) {
                    ids.add(profile.leaves.get(i).id());
                }
            }
            overloads.add(new Overload(r, profile.name(r), profile.date(d + base), profile.date(e + base),
                    peak / (double) profile.mpd, avail, ids));
            d = e + 1;
        }
    }

    private int available(int r, int index) {
        return profile.available(r, index + base);
    }

    private boolean over(int r, int index) {
        return used[r][index] > (long) available(r, index) * profile.mpd;
    }

    public CapacityProfile profile() {
        return profile;
    }

    public List<Overload> overloads() {
        return List.copyOf(overloads);
    }

    /** The ids of every task working in an over-allocated period. */
    public Set<Long> overloadedTasks() {
        Set<Long> ids = new LinkedHashSet<>();
        overloads.forEach(o -> ids.addAll(o.taskIds()));
        return ids;
    }

    /** Whether a resource is used at all. */
    public boolean isUsed(int r) {
        return !users.get(r).isEmpty();
    }

    /** The first day of the first over-allocation of a resource, or null. */
    public LocalDate firstOverload(int r) {
        for (Overload o : overloads) {
            if (o.resource() == r) {
                return o.first();
            }
        }
        return null;
    }

    /** Bars for one resource over the whole plan. */
    public List<Bucket> buckets(int r, Period period) {
        List<Bucket> out = new ArrayList<>();
        int days = used[r].length;
        boolean pool = profile.kind(r) == CapacityProfile.Kind.POOL;
        int d = 0;
        while (d < days) {
            LocalDate first = profile.date(d + base);
            LocalDate key = periodStart(first, period);
            long u = 0;
            long a = 0;
            long peak = 0;
            long least = Long.MAX_VALUE;
            boolean over = false;
            while (d < days && periodStart(profile.date(d + base), period).equals(key)) {
                u += used[r][d];
                a += (long) available(r, d) * profile.mpd;
                peak = Math.max(peak, used[r][d]);
                least = Math.min(least, available(r, d));
                over |= over(r, d);
                d++;
            }
            if (pool) {
                out.add(new Bucket(key, label(key, period), peak / (double) profile.mpd, least, over));
            } else {
                out.add(new Bucket(key, label(key, period), u / 6000.0, a / 6000.0, over));
            }
        }
        return out;
    }

    private static LocalDate periodStart(LocalDate day, Period period) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static String label(LocalDate start, Period period) {
        return switch (period) {
            case DAY, WEEK -> start.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
        };
    }
}
