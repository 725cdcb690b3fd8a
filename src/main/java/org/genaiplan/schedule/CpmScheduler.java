package org.genaiplan.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Critical path scheduling in integer working minutes (see ADR 0003).
 *
 * <p>{@link #schedule(Plan)} recomputes every task. {@link #reschedule(Plan)} compares each task's
 * scheduling inputs with the last run and propagates only from the tasks that changed, forward while early
 * dates change and backward while late dates change; it falls back to a full run when the outline, the
 * dependencies, the calendar, the plan start or the plan's deadline changed (a task's own deadline is one of
 * its inputs, like its constraint). Both give the same result.
 *
 * <p>One instance keeps the arrays of one plan between runs; it is not thread-safe.
 */
public final class CpmScheduler implements Scheduler {
    private static final long NONE = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE / 4;
    private static final long MIN = Long.MIN_VALUE / 4;

    private Plan plan;
    private Network net;
    private WorkTime time;
    private LocalDate deadline;
    private long deadlineOffset;
    private final RollUps rollUps = new RollUps();

    // Per node (2n): early and late values. Gate nodes hold bounds, envelopes the children's span.
    private long[] es;
    private long[] ef;
    private long[] ls;
    private long[] lf;
    // Per task: slack; for summaries the latest late finish of the children.
    private long[] ts;
    private long[] fs;
    private long[] maxLf;
    // Per task: scheduling inputs in offsets.
    private long[] dur;
    private long[] fixedStart;
    private boolean[] mustStartOn;
    private long[] startFloor;
    private long[] finishFloor;
    private long[] finishCeil;
    // Per task: the model values they were read from, to find edits.
    private long[] seenDuration;
    private boolean[] seenMilestone;
    private ConstraintType[] seenConstraint;
    private LocalDate[] seenConstraintDate;
    private LocalDate[] seenDeadline;
    private LocalDateTime[] seenActualStart;
    private int[] seenPercent;
    // Per task: the accepted levelling delay in working minutes (issue 22).
    private long[] delay;
    /** The link bounds of the task being placed (Network.linkBounds), reused so the pass allocates nothing. */
    private final long[] bounds = new long[2];

    private boolean[] dirtyForward;
    private boolean[] dirtyBackward;
    private boolean[] touched;
    private int[] touchedList;
    private int touchedCount;
    private long projectFinish;
    private long projectLimit;

    @Override
    public ScheduleReport schedule(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        prepare(plan, true);
        for (int i = 0; i < net.n; i++) {
            readInputs(i);
        }
        int[] order = net.order;
        for (int x : order) {
            forward(x);
        }
        projectFinish = computeProjectFinish();
        projectLimit = Math.min(projectFinish, deadlineOffset);
        for (int p = order.length - 1; p >= 0; p--) {
            backward(order[p]);
        }
        for (int i = 0; i < net.n; i++) {
            write(i);
        }
        rollUps.full(net, es, ef, dur, plan);
        return report(true, net.n, java.util.Set.of());
    }

    @Override
    public ScheduleReport reschedule(Plan plan) {
        return reschedule(plan, null);
    }

    /**
     * {@inheritDoc} Only the inputs of {@code changedTaskIds} are compared with the last run, not those of
     * every task, so an edit costs what it reaches.
     */
    @Override
    public ScheduleReport reschedule(Plan plan, java.util.Set<Long> changedTaskIds) {
        Objects.requireNonNull(plan, "plan");
        if (this.plan != plan || net == null || !net.isCurrent(plan) || !time.isFor(plan.calendar(), plan.startDate())
                || !Objects.equals(deadline, plan.deadline())) {
            return schedule(plan);
        }
        touchedCount = 0;
        int n = net.n;
        int firstDirty = Integer.MAX_VALUE;
        int lastDirty = -1;
        List<Integer> inputChanged = new ArrayList<>();
        if (changedTaskIds == null) {
            for (int i = 0; i < n; i++) {
                if (inputsChanged(i)) {
                    inputChanged.add(i);
                }
            }
        } else {
            for (long id : changedTaskIds) {
                int i = net.indexOfId.get(id);
                if (i >= 0 && inputsChanged(i)) {
                    inputChanged.add(i);
                }
            }
        }
        for (int i : inputChanged) {
            readInputs(i);
            touch(i);
            dirtyForward[i] = true;
            dirtyBackward[i] = true;
            dirtyBackward[net.out(i)] = true;
            firstDirty = Math.min(firstDirty, net.position[i]);
            lastDirty = Math.max(lastDirty, net.position[net.out(i)]);
        }
        if (inputChanged.isEmpty() && !rollUps.pricesChanged(plan)) {
            return report(false, 0, java.util.Set.of());
        }
        int[] order = net.order;
        for (int p = firstDirty == Integer.MAX_VALUE ? order.length : firstDirty; p < order.length; p++) {
            int x = order[p];
            if (!dirtyForward[x]) {
                continue;
            }
            dirtyForward[x] = false;
            long oldEs = es[x];
            long oldEf = ef[x];
            forward(x);
            if (es[x] != oldEs || ef[x] != oldEf) {
                markForwardSuccessors(x);
                lastDirty = Math.max(lastDirty, markAfterForwardChange(x));
                touch(net.taskOf(x));
            }
        }
        long newFinish = computeProjectFinish();
        long newLimit = Math.min(newFinish, deadlineOffset);
        projectFinish = newFinish;
        boolean allBackward = newLimit != projectLimit;
        projectLimit = newLimit;
        for (int p = allBackward ? order.length - 1 : lastDirty; p >= 0; p--) {
            int x = order[p];
            if (!allBackward && !dirtyBackward[x]) {
                continue;
            }
            dirtyBackward[x] = false;
            int t = net.taskOf(x);
            long oldLs = ls[x];
            long oldLf = lf[x];
            long oldTs = x < n ? ts[t] : 0;
            long oldFs = x < n ? fs[t] : 0;
            long oldMax = x < n ? maxLf[t] : 0;
            backward(x);
            boolean changed = ls[x] != oldLs || lf[x] != oldLf
                    || (x < n && (ts[t] != oldTs || fs[t] != oldFs || maxLf[t] != oldMax));
            if (changed) {
                if (!allBackward) {
                    markBackwardPredecessors(x);
                }
                touch(t);
            }
        }
        if (allBackward) {
            Arrays.fill(dirtyBackward, false);
        }
        for (int k = 0; k < touchedCount; k++) {
            int i = touchedList[k];
            write(i);
            touched[i] = false;
        }
        java.util.Set<Long> changed = touchedWithAncestors();
        // new rates or prices re-roll every task's cost: the report then says every task may have changed
        boolean everyCost = rollUps.pricesChanged(plan);
        int rolled = rollUps.update(net, es, ef, dur, plan, touchedList, touchedCount);
        if (everyCost) {
            return report(true, rolled, java.util.Set.of());
        }
        return report(false, Math.max(touchedCount, rolled), changed);
    }

    /** The ids of the touched tasks and of every summary above them (whose roll-ups follow). */
    private java.util.Set<Long> touchedWithAncestors() {
        java.util.Set<Long> ids = new java.util.HashSet<>(Math.max(16, touchedCount * 3));
        for (int k = 0; k < touchedCount; k++) {
            for (int i = touchedList[k]; i >= 0; i = net.parent[i]) {
                if (!ids.add(net.tasks[i].id())) {
                    break;
                }
            }
        }
        return ids;
    }

    // ---- preparation and inputs ----

    private void prepare(Plan plan, boolean full) {
        this.plan = plan;
        if (net == null || !net.isCurrent(plan)) {
            net = new Network(plan, net);
            int n = net.n;
            es = new long[2 * n];
            ef = new long[2 * n];
            ls = new long[2 * n];
            lf = new long[2 * n];
            ts = new long[n];
            fs = new long[n];
            maxLf = new long[n];
            dur = new long[n];
            fixedStart = new long[n];
            mustStartOn = new boolean[n];
            startFloor = new long[n];
            finishFloor = new long[n];
            finishCeil = new long[n];
            seenDuration = new long[n];
            seenMilestone = new boolean[n];
            seenConstraint = new ConstraintType[n];
            seenConstraintDate = new LocalDate[n];
            seenDeadline = new LocalDate[n];
            seenActualStart = new LocalDateTime[n];
            seenPercent = new int[n];
            delay = new long[n];
            dirtyForward = new boolean[2 * n];
            dirtyBackward = new boolean[2 * n];
            touched = new boolean[n];
            touchedList = new int[n];
        }
        if (time == null || !time.isFor(plan.calendar(), plan.startDate())) {
            time = new WorkTime(plan.calendar(), plan.startDate());
        }
        deadline = plan.deadline();
        deadlineOffset = deadline == null ? MAX : time.endOfDay(deadline);
        touchedCount = 0;
    }

    private boolean inputsChanged(int i) {
        Task t = net.tasks[i];
        return t.durationMinutes() != seenDuration[i] || t.isMilestone() != seenMilestone[i]
                || t.constraintType() != seenConstraint[i] || !Objects.equals(t.constraintDate(), seenConstraintDate[i])
                || !Objects.equals(t.deadline(), seenDeadline[i])
                || t.percentComplete() != seenPercent[i] || !Objects.equals(t.actualStart(), seenActualStart[i])
                || (!net.summary[i] && plan.capacity().levelingDelay(t.id()) != delay[i])
                || rollUps.inputsChanged(i, t);
    }

    private void readInputs(int i) {
        Task t = net.tasks[i];
        boolean summary = net.summary[i];
        seenDuration[i] = t.durationMinutes();
        seenMilestone[i] = t.isMilestone();
        seenConstraint[i] = t.constraintType();
        seenConstraintDate[i] = t.constraintDate();
        seenDeadline[i] = t.deadline();
        seenPercent[i] = t.percentComplete();
        seenActualStart[i] = t.actualStart();
        dur[i] = summary || t.isMilestone() ? 0 : t.durationMinutes();
        delay[i] = summary ? 0 : plan.capacity().levelingDelay(t.id());
        startFloor[i] = MIN;
        finishFloor[i] = MIN;
        finishCeil[i] = MAX;
        fixedStart[i] = NONE;
        mustStartOn[i] = false;
        LocalDate date = t.constraintDate();
        switch (t.constraintType()) {
            case START_NO_EARLIER_THAN -> startFloor[i] = time.startOfDay(date);
            case FINISH_NO_LATER_THAN -> finishCeil[i] = time.endOfDay(date);
            case FINISH_NO_EARLIER_THAN -> finishFloor[i] = time.endOfDay(date);
            case MUST_START_ON -> {
                if (summary) {
                    startFloor[i] = time.startOfDay(date);
                } else {
                    fixedStart[i] = time.startOfDay(date);
                    mustStartOn[i] = true;
                }
            }
            case AS_SOON_AS_POSSIBLE -> { }
        }
        if (t.deadline() != null) {
            // A deadline never moves the task; finishing after it makes the task late (negative slack).
            finishCeil[i] = Math.min(finishCeil[i], time.endOfDay(t.deadline()));
        }
        if (!summary && t.percentComplete() > 0 && t.actualStart() != null) {
            fixedStart[i] = time.toOffset(t.actualStart());
            mustStartOn[i] = false;
        }
    }

    // ---- the passes ----

    private void forward(int x) {
        Network g = net;
        int n = g.n;
        if (x >= n) {
            int s = x - n;
            long lo = MAX;
            long hi = MIN;
            for (int c = s + 1; c < g.subtreeEnd[s]; c = g.subtreeEnd[c]) {
                int o = g.out(c);
                lo = Math.min(lo, es[o]);
                hi = Math.max(hi, ef[o]);
            }
            es[x] = lo;
            ef[x] = hi;
            return;
        }
        int p = g.parent[x];
        g.linkBounds(x, p >= 0 ? es[p] : 0, p >= 0 ? ef[p] : MIN, es, ef, bounds);
        long lo = Math.max(bounds[0], startFloor[x]);
        long fb = Math.max(bounds[1], finishFloor[x]);
        if (g.summary[x]) {
            es[x] = lo;
            ef[x] = fb;
            return;
        }
        long d = dur[x];
        long start = Math.max(lo, fb - d) + delay[x];
        if (fixedStart[x] != NONE) {
            start = fixedStart[x];
        }
        es[x] = start;
        ef[x] = start + d;
    }

    private void backward(int x) {
        Network g = net;
        int n = g.n;
        if (x >= n) {
            int s = x - n;
            long span = ef[x] - es[x];
            long b = lateBound(s, span);
            lf[x] = b;
            ls[x] = b - span;
            return;
        }
        if (g.summary[x]) {
            long minLs = MAX;
            long minLf = MAX;
            long maxLfv = MIN;
            long minTs = MAX;
            long minFs = MAX;
            for (int c = x + 1; c < g.subtreeEnd[x]; c = g.subtreeEnd[c]) {
                minLs = Math.min(minLs, ls[c]);
                minLf = Math.min(minLf, lf[c]);
                maxLfv = Math.max(maxLfv, g.summary[c] ? maxLf[c] : lf[c]);
                minTs = Math.min(minTs, ts[c]);
                minFs = Math.min(minFs, fs[c]);
            }
            ls[x] = minLs;
            lf[x] = minLf;
            maxLf[x] = maxLfv;
            ts[x] = minTs;
            fs[x] = minFs;
            return;
        }
        long d = dur[x];
        long b = lateBound(x, d);
        if (mustStartOn[x]) {
            b = Math.min(b, fixedStart[x] + d);
        }
        lf[x] = b;
        ls[x] = b - d;
        maxLf[x] = b;
        ts[x] = b - ef[x];
        long free = ts[x];
        for (int q = g.succStart[x]; q < g.succStart[x + 1]; q++) {
            int k = g.succK[q];
            if (g.depIgnored[k]) {
                continue;
            }
            int o = g.out(g.depSucc[k]);
            long lag = g.depLag[k];
            long gap = switch (g.depType[k]) {
                case Network.FS -> es[o] - lag - ef[x];
                case Network.SS -> es[o] - lag - es[x];
                case Network.FF -> ef[o] - lag - ef[x];
                default -> ef[o] - lag - es[x];
            };
            free = Math.min(free, gap);
        }
        fs[x] = free;
    }

    /** The latest finish that the links out of task t, its parent, its constraint and the plan allow. */
    private long lateBound(int t, long span) {
        Network g = net;
        long b = projectLimit;
        int p = g.parent[t];
        if (p >= 0) {
            b = Math.min(b, lf[g.n + p]);
        }
        for (int q = g.succStart[t]; q < g.succStart[t + 1]; q++) {
            int k = g.succK[q];
            if (g.depIgnored[k]) {
                continue;
            }
            int s = g.depSucc[k];
            long lag = g.depLag[k];
            long bound = switch (g.depType[k]) {
                case Network.FS -> ls[s] - lag;
                case Network.SS -> ls[s] - lag + span;
                case Network.FF -> lf[s] - lag;
                default -> lf[s] - lag + span;
            };
            b = Math.min(b, bound);
        }
        return Math.min(b, finishCeil[t]);
    }

    private long computeProjectFinish() {
        long finish = 0;
        for (int i = 0; i < net.n; i++) {
            if (!net.summary[i]) {
                finish = Math.max(finish, ef[i]);
            }
        }
        return finish;
    }

    // ---- incremental marking ----

    private void markForwardSuccessors(int x) {
        Network g = net;
        int n = g.n;
        int t = g.taskOf(x);
        if (x < n && g.summary[t]) {
            for (int c = t + 1; c < g.subtreeEnd[t]; c = g.subtreeEnd[c]) {
                dirtyForward[c] = true;
            }
            return;
        }
        int p = g.parent[t];
        if (p >= 0) {
            dirtyForward[n + p] = true;
        }
        for (int q = g.succStart[t]; q < g.succStart[t + 1]; q++) {
            dirtyForward[g.depSucc[g.succK[q]]] = true;
        }
    }

    /**
     * After x's early values changed: its own slack and span, and the free slack of the tasks linked into
     * it, need the backward pass. Returns the latest order position marked.
     */
    private int markAfterForwardChange(int x) {
        Network g = net;
        int t = g.taskOf(x);
        int last = g.position[x];
        dirtyBackward[x] = true;
        if (x < g.n && g.summary[t]) {
            return last;
        }
        for (int q = g.predStart[t]; q < g.predStart[t + 1]; q++) {
            int o = g.out(g.depPred[g.predK[q]]);
            dirtyBackward[o] = true;
            last = Math.max(last, g.position[o]);
        }
        return last;
    }

    private void markBackwardPredecessors(int x) {
        Network g = net;
        int n = g.n;
        int t = g.taskOf(x);
        if (x >= n) {
            for (int c = t + 1; c < g.subtreeEnd[t]; c = g.subtreeEnd[c]) {
                dirtyBackward[g.out(c)] = true;
            }
            return;
        }
        int p = g.parent[t];
        if (p >= 0) {
            dirtyBackward[p] = true;
        }
        for (int q = g.predStart[t]; q < g.predStart[t + 1]; q++) {
            dirtyBackward[g.out(g.depPred[g.predK[q]])] = true;
        }
    }

    private void touch(int i) {
        if (!touched[i]) {
            touched[i] = true;
            touchedList[touchedCount++] = i;
        }
    }

    // ---- results ----

    private void write(int i) {
        Network g = net;
        Task task = g.tasks[i];
        long start;
        long finish;
        long lateStart;
        long lateFinish;
        if (g.summary[i]) {
            start = es[g.n + i];
            finish = ef[g.n + i];
            lateStart = ls[i];
            lateFinish = maxLf[i];
        } else {
            start = es[i];
            finish = ef[i];
            lateStart = ls[i];
            lateFinish = lf[i];
        }
        boolean pinned = !g.summary[i] && (start == fixedStart[i] || start == startFloor[i]);
        LocalDateTime startAt;
        LocalDateTime finishAt;
        if (finish == start) {
            if (!g.summary[i] && start == fixedStart[i] && task.actualStart() != null
                    && time.toOffset(task.actualStart()) == start) {
                // a recorded date stays where it was recorded (Fri 16:00 is not moved to Mon 08:00 on reopening)
                startAt = task.actualStart();
            } else {
                startAt = pinned || start <= 0 || predecessorStartsAt(g, i, start) ? time.startAt(start)
                        : time.finishAt(start);
            }
            finishAt = startAt;
        } else {
            startAt = time.startAt(start);
            finishAt = time.finishAt(finish);
        }
        LocalDateTime lateStartAt;
        LocalDateTime lateFinishAt;
        if (lateFinish == lateStart) {
            lateStartAt = lateStart == start ? startAt
                    : lateStart <= 0 ? time.startAt(lateStart) : time.finishAt(lateStart);
            lateFinishAt = lateStartAt;
        } else {
            lateStartAt = time.startAt(lateStart);
            lateFinishAt = time.finishAt(lateFinish);
        }
        task.setSchedule(startAt, finishAt, lateStartAt, lateFinishAt, ts[i], fs[i], ts[i] <= 0);
    }

    /**
     * Whether a predecessor of zero-length task {@code i} starts at offset {@code at} or later: then the task is
     * shown on that morning, not at the previous day's end, so a milestone never appears before its predecessor.
     */
    private boolean predecessorStartsAt(Network g, int i, long at) {
        for (int q = g.predStart[i]; q < g.predStart[i + 1]; q++) {
            int k = g.predK[q];
            if (g.depIgnored[k]) {
                continue;
            }
            int p = g.depPred[k];
            long predecessorStart = g.summary[p] ? es[g.n + p] : es[p];
            if (predecessorStart >= at) {
                return true;
            }
        }
        return false;
    }

    private ScheduleReport report(boolean full, int updated, java.util.Set<Long> changed) {
        List<String> loops = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (List<Task> loop : net.loops) {
            List<String> codes = new ArrayList<>();
            for (Task t : loop) {
                codes.add(plan.contains(t) ? plan.wbsCode(t) : t.name());
            }
            String named = String.join(" -> ", codes);
            loops.add(named);
            problems.add("Dependencies form a loop: " + named + ". One link of the loop is left out of the schedule"
                    + " until you remove a link.");
        }
        int late = 0;
        List<Long> lateIds = new ArrayList<>();
        for (int i = 0; i < net.n; i++) {
            if (!net.summary[i] && ts[i] < 0) {
                late++;
                lateIds.add(net.tasks[i].id());
            }
        }
        LocalDateTime finish = net.n == 0 ? null : time.finishAt(projectFinish);
        if (deadline != null && projectFinish > deadlineOffset) {
            problems.add("The plan finishes on " + finish.toLocalDate() + ", after its deadline of " + deadline + ".");
        }
        if (late > 0) {
            problems.add((late == 1 ? "1 task cannot meet its dates (negative slack): "
                    : late + " tasks cannot meet their dates (negative slack): ") + lateNames(lateIds) + ".");
            namedLateConstraints(problems);
        }
        return new ScheduleReport(full, updated, finish, loops, late, problems, changed, lateIds);
    }

    /** The first few late tasks by WBS code and name, and how many more there are. */
    private String lateNames(List<Long> lateIds) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(3, lateIds.size());
        for (int k = 0; k < shown; k++) {
            Task t = plan.task(lateIds.get(k));
            out.append(k == 0 ? "" : ", ").append(plan.wbsCode(t)).append(' ').append(t.name());
        }
        if (lateIds.size() > shown) {
            out.append(" and ").append(lateIds.size() - shown).append(" more");
        }
        return out.toString();
    }

    /**
     * Names up to three tasks whose own date cannot be met: a finish-no-later-than date or the task's
     * deadline, whichever is the one that bounds it.
     */
    private void namedLateConstraints(List<String> problems) {
        DurationFormat durations = new DurationFormat(time.calendar());
        int named = 0;
        for (int i = 0; i < net.n && named < 3; i++) {
            Task t = net.tasks[i];
            if (ts[i] < 0 && finishCeil[i] != MAX && lf[net.summary[i] ? net.n + i : i] == finishCeil[i]) {
                boolean byDeadline = t.deadline() != null && time.endOfDay(t.deadline()) == finishCeil[i];
                problems.add("\"" + t.name() + "\" (" + plan.wbsCode(t) + ") cannot finish by "
                        + (byDeadline ? "its deadline of " + t.deadline() : t.constraintDate().toString())
                        + "; it is " + durations.format(-ts[i]) + " late.");
                named++;
            }
        }
    }

    /** The working-time arithmetic of the last run (valid for the plan's calendar and start). */
    public WorkTime workTime() {
        return time;
    }
}
