package org.genaiplan.schedule;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Resource levelling as a proposal: a priority-based serial schedule generation over the leaf tasks of a
 * scheduled plan. Tasks are taken once all their predecessors (through summaries too) are placed, the one
 * with the least total slack first, then the highest user priority, then the earliest start. Each goes at the
 * earliest start its links, constraint and current start allow where every role, person and GPU pool it needs
 * has room on every working day, days off and pool changes included. Started tasks and tasks that must start
 * on a date stay put. Nothing is changed: the result lists the moves and the delays to accept.
 */
public final class Leveller {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** How far a task may wait for room: about twenty working years. */
    private static final long HORIZON_DAYS = 20 * 260;

    private Plan plan;
    private CapacityProfile profile;
    private int mpd;
    private long base;
    private long[][] used;

    /** Levels a plan that has just been scheduled. */
    public LevelProposal level(Plan plan) {
        this.plan = plan;
        WorkTime time = new WorkTime(plan.calendar(), plan.startDate());
        profile = new CapacityProfile(plan, time);
        mpd = profile.mpd;
        List<Task> leaves = new ArrayList<>();
        Map<Long, Integer> leafIndex = new HashMap<>();
        for (Task t : plan.tasksInOrder()) {
            if (!t.hasChildren()) {
                leafIndex.put(t.id(), leaves.size());
                leaves.add(t);
            }
        }
        int n = leaves.size();
        int[] demandOf = new int[n];
        java.util.Arrays.fill(demandOf, -1);
        for (int i = 0; i < profile.leaves.size(); i++) {
            demandOf[leafIndex.get(profile.leaves.get(i).id())] = i;
        }
        long[] es0 = new long[n];
        long[] dur = new long[n];
        long[] delay0 = new long[n];
        boolean[] fixed = new boolean[n];
        base = 0;
        for (int i = 0; i < n; i++) {
            Task t = leaves.get(i);
            es0[i] = t.start() == null ? 0 : time.toOffset(t.start());
            dur[i] = t.isMilestone() ? 0 : t.durationMinutes();
            delay0[i] = plan.capacity().levelingDelay(t.id());
            fixed[i] = (t.percentComplete() > 0 && t.actualStart() != null)
                    || t.constraintType() == ConstraintType.MUST_START_ON;
            base = Math.min(base, Math.floorDiv(es0[i], mpd));
        }
        // Effective links between leaves: links into a task or any ancestor, from a task or any leaf below it.
        List<List<Edge>> preds = new ArrayList<>(n);
        int[] indegree = new int[n];
        List<List<Integer>> succs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>(0));
            succs.add(new ArrayList<>(0));
        }
        Map<Long, List<Integer>> leavesUnder = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Task a = leaves.get(i); a != null; a = a.parent()) {
                for (Dependency d : plan.predecessorsOf(a)) {
                    Task p = plan.task(d.predecessorId());
                    if (p == null || p.isAncestorOf(leaves.get(i)) || p == leaves.get(i)) {
                        continue;
                    }
                    List<Integer> from = leavesUnder.computeIfAbsent(p.id(), id -> under(p, leafIndex));
                    preds.get(i).add(new Edge(from.stream().mapToInt(Integer::intValue).toArray(), d.type().ordinal(),
                            d.lagMinutes()));
                    for (int q : from) {
                        succs.get(q).add(i);
                        indegree[i]++;
                    }
                }
            }
        }
        long[] start = new long[n];
        boolean[] placed = new boolean[n];
        String[] reasons = new String[n];
        long[] newDelay = new long[n];
        used = new long[profile.size()][0];
        List<String> unresolved = new ArrayList<>();
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> {
            Task x = leaves.get(a);
            Task y = leaves.get(b);
            int c = Long.compare(x.totalSlackMinutes(), y.totalSlackMinutes());
            if (c == 0) {
                c = Integer.compare(plan.capacity().load(y.id()).priority(), plan.capacity().load(x.id()).priority());
            }
            if (c == 0) {
                c = Long.compare(es0[a], es0[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        // Started tasks and tasks that must start on a date do not move: book them before the others.
        for (int i = 0; i < n; i++) {
            if (fixed[i] && demandOf[i] >= 0) {
                int r = overbooked(demandOf[i], es0[i], dur[i]);
                if (r >= 0) {
                    Task t = leaves.get(i);
                    unresolved.add(plan.wbsCode(t) + " " + t.name() + " has started or must start on its date, and "
                            + profile.name(r) + " is already taken then by other such work; levelling moves no"
                            + " started work.");
                }
                book(demandOf[i], es0[i], dur[i]);
            }
        }
        int done = 0;
        int nextStuck = 0;
        while (done < n) {
            if (ready.isEmpty()) { // a loop of links: take the next unplaced task in plan order
                while (placed[nextStuck]) {
                    nextStuck++;
                }
                ready.add(nextStuck);
                indegree[nextStuck] = 0;
            }
            int x = ready.poll();
            if (placed[x]) {
                continue;
            }
            long lo = Long.MIN_VALUE / 4;
            long fb = Long.MIN_VALUE / 4;
            String follows = null;
            for (Edge e : preds.get(x)) {
                // A summary predecessor starts with its first leaf and finishes with its last.
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                int lastLeaf = -1;
                int firstLeaf = -1;
                for (int q : e.leaves()) {
                    if (!placed[q]) {
                        continue;
                    }
                    if (start[q] < first) {
                        first = start[q];
                        firstLeaf = q;
                    }
                    if (start[q] + dur[q] > last) {
                        last = start[q] + dur[q];
                        lastLeaf = q;
                    }
                }
                if (lastLeaf < 0) {
                    continue;
                }
                boolean fromFinish = e.type() == 0 || e.type() == 2;
                long value = (fromFinish ? last : first) + e.lag() - (e.type() >= 2 ? dur[x] : 0);
                if (value > lo) {
                    lo = value;
                    follows = leaves.get(fromFinish ? lastLeaf : firstLeaf).id() + "";
                }
            }
            long pre = Math.max(es0[x] - delay0[x], lo);
            long earliest = Math.max(es0[x], lo);
            long s = earliest;
            int d = demandOf[x];
            if (fixed[x]) {
                s = es0[x];
            } else if (d >= 0 && dur[x] > 0) {
                s = fit(d, earliest, dur[x], leaves.get(x), unresolved, reasons, x);
            }
            if (d >= 0 && !fixed[x]) {
                book(d, s, dur[x]);
            }
            start[x] = s;
            newDelay[x] = fixed[x] ? delay0[x] : Math.max(0, s - pre);
            if (s > es0[x] && reasons[x] == null) {
                Task p = follows == null ? null : plan.task(Long.parseLong(follows));
                reasons[x] = p == null ? "follows a moved predecessor"
                        : "follows " + plan.wbsCode(p) + " " + p.name() + ", which moves";
            }
            placed[x] = true;
            done++;
            for (int sx : succs.get(x)) {
                if (--indegree[sx] == 0) {
                    ready.add(sx);
                }
            }
        }
        List<LevelProposal.Move> moves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (start[i] != es0[i] || newDelay[i] != delay0[i]) {
                Task t = leaves.get(i);
                moves.add(new LevelProposal.Move(t.id(), plan.wbsCode(t), t.name(), t.start(),
                        dur[i] == 0 ? time.finishAt(start[i]) : time.startAt(start[i]), start[i] - es0[i], delay0[i], newDelay[i],
                        reasons[i] == null ? "keeps its start" : reasons[i]));
            }
        }
        return new LevelProposal(moves, unresolved);
    }

    /** A link into a leaf from every leaf of its predecessor; type is the {@link org.genaiplan.model.DependencyType} ordinal. */
    private record Edge(int[] leaves, int type, long lag) {
    }

    private static List<Integer> under(Task p, Map<Long, Integer> leafIndex) {
        List<Integer> out = new ArrayList<>();
        Plan.forEachInSubtree(p, t -> {
            Integer i = leafIndex.get(t.id());
            if (i != null) {
                out.add(i);
            }
        });
        return out;
    }

    /** The earliest start from {@code earliest} at which demand {@code d} has room on every day it works. */
    private long fit(int d, long earliest, long dur, Task task, List<String> unresolved, String[] reasons, int x) {
        int[] res = profile.demandRes.get(d);
        int[] amt = profile.demandAmt.get(d);
        boolean[] skip = new boolean[res.length];
        for (int k = 0; k < res.length; k++) {
            if (amt[k] > profile.mostAvailable(res[k])) {
                skip[k] = true;
                unresolved.add(plan.wbsCode(task) + " " + task.name() + " needs " + profile.amount(res[k], amt[k])
                        + " of " + profile.name(res[k]) + ", which never has more than "
                        + profile.amount(res[k], profile.mostAvailable(res[k])) + ".");
            }
        }
        long s = earliest;
        long limit = earliest + HORIZON_DAYS * mpd;
        int lastRes = -1;
        long lastDay = 0;
        while (s < limit) {
            long conflictDay = Long.MIN_VALUE;
            int conflictRes = -1;
            long d0 = Math.floorDiv(s, mpd);
            long d1 = Math.floorDiv(s + dur - 1, mpd);
            outer:
            for (long day = d0; day <= d1; day++) {
                long m = profile.overlap(day, s, s + dur);
                for (int k = 0; k < res.length; k++) {
                    if (!skip[k] && usedOn(res[k], day) + m * amt[k] > (long) profile.available(res[k], day) * mpd) {
                        conflictDay = day;
                        conflictRes = k;
                        break outer;
                    }
                }
            }
            if (conflictRes < 0) {
                if (s > earliest) {
                    reasons[x] = "waits for " + profile.amount(res[lastRes], amt[lastRes]) + " of "
                            + profile.name(res[lastRes]) + " until " + profile.date(Math.floorDiv(s, mpd)).format(DAY)
                            + usedBy(res[lastRes], lastDay, x);
                }
                return s;
            }
            lastRes = conflictRes;
            lastDay = conflictDay;
            s = (conflictDay + 1) * mpd;
        }
        unresolved.add(plan.wbsCode(task) + " " + task.name() + " finds no room in twenty years; it keeps its start.");
        return earliest;
    }

    private final Map<Integer, List<long[]>> bookings = new HashMap<>();

    /** A resource demand {@code d} would over-allocate if it started at {@code s}, or -1. */
    private int overbooked(int d, long s, long dur) {
        int[] res = profile.demandRes.get(d);
        int[] amt = profile.demandAmt.get(d);
        for (long day = Math.floorDiv(s, mpd); day <= Math.floorDiv(s + dur - 1, mpd); day++) {
            long m = profile.overlap(day, s, s + dur);
            for (int k = 0; k < res.length; k++) {
                if (usedOn(res[k], day) + m * amt[k] > (long) profile.available(res[k], day) * mpd) {
                    return res[k];
                }
            }
        }
        return -1;
    }

    private String usedBy(int r, long day, int x) {
        List<long[]> list = bookings.getOrDefault(r, List.of());
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (long[] bk : list) {
            if (bk[0] < (day + 1) * mpd && bk[1] > day * mpd) {
                Task t = profile.leaves.get((int) bk[2]);
                if (shown++ < 2) {
                    b.append(shown == 1 ? ", used by " : " and ").append(plan.wbsCode(t)).append(' ').append(t.name());
                }
            }
        }
        if (shown > 2) {
            b.append(" and ").append(shown - 2).append(" more");
        }
        return b.toString();
    }

    private long usedOn(int r, long day) {
        long i = day - base;
        return i < used[r].length ? used[r][(int) i] : 0;
    }

    private void book(int d, long s, long dur) {
        if (dur <= 0) {
            return;
        }
        int[] res = profile.demandRes.get(d);
        int[] amt = profile.demandAmt.get(d);
        long d0 = Math.floorDiv(s, mpd);
        long d1 = Math.floorDiv(s + dur - 1, mpd);
        for (int k = 0; k < res.length; k++) {
            int r = res[k];
            if (d1 - base >= used[r].length) {
                used[r] = java.util.Arrays.copyOf(used[r], (int) Math.max(d1 - base + 1, used[r].length * 2L));
            }
            for (long day = d0; day <= d1; day++) {
                used[r][(int) (day - base)] += profile.overlap(day, s, s + dur) * amt[k];
            }
            bookings.computeIfAbsent(r, key -> new ArrayList<>()).add(new long[] {s, s + dur, d});
        }
    }
}
