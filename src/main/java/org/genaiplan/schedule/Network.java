package org.genaiplan.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * A plan's outline and dependencies as int arrays over dense task indexes (the WBS row order), with a
 * cached topological order of the scheduling graph. Built once per outline/dependency version.
 *
 * <p>The scheduling graph has one node per leaf task and two per summary: a <em>gate</em> (index
 * {@code i}) that collects the bounds of links into the summary and hands them to every child, and an
 * <em>envelope</em> (index {@code n + i}) that takes the earliest start and latest finish of the
 * children. Edges: gate(parent) to child, child to envelope(parent), and for a link P to S:
 * out(P) to in(S), where in(x) is x (leaf or gate) and out(x) is x for a leaf or n + x for a summary.
 */
final class Network {
    private final Plan plan;
    final long structureVersion;
    final long dependencyVersion;
    final int n;
    final Task[] tasks;
    final LongIntMap indexOfId;
    /** Parent's index or -1. */
    final int[] parent;
    /** End (exclusive) of each task's subtree in row order; children of s are s+1, end[s+1], ... */
    final int[] subtreeEnd;
    final boolean[] summary;

    // Dependencies, by number k.
    final int[] depPred;
    final int[] depSucc;
    final byte[] depType;
    final long[] depLag;
    /** Links ignored because they close a loop (a plan loaded with a cycle). */
    final boolean[] depIgnored;
    // Compressed lists: links into task i are predK[predStart[i] .. predStart[i+1]), links out similarly.
    final int[] predStart;
    final int[] predK;
    final int[] succStart;
    final int[] succK;

    /** Nodes (0 .. 2n) in topological order; envelope nodes of leaves do not appear. */
    final int[] order;
    /** Position of each node in {@link #order}, -1 for unused nodes. */
    final int[] position;
    /** Each loop found, as the tasks along it (first task repeated at the end). */
    final List<List<Task>> loops = new ArrayList<>();

    static final byte FS = 0;
    static final byte SS = 1;
    static final byte FF = 2;
    static final byte SF = 3;

    Network(Plan plan) {
        this(plan, null);
    }

    /**
     * The plan's network; when only the outline changed since {@code previous} was built (the same rows in
     * the same order and the same links, as after an indent or outdent), its id index and link lists are
     * taken over instead of being looked up again, and only the outline and the order are worked out anew.
     */
    Network(Plan plan, Network previous) {
        this.plan = plan;
        structureVersion = plan.structureVersion();
        dependencyVersion = plan.dependencyVersion();
        List<Task> rows = plan.tasksInOrder();
        n = rows.size();
        tasks = rows.toArray(new Task[0]);
        boolean sameRows = previous != null && previous.plan == plan && sameOrder(previous.tasks, tasks);
        boolean sameLinks = sameRows && previous.dependencyVersion == dependencyVersion;
        indexOfId = sameRows ? previous.indexOfId : new LongIntMap(n);
        parent = new int[n];
        subtreeEnd = new int[n];
        summary = new boolean[n];
        // Rows are in outline order: the open ancestors form a stack, and a task's subtree ends where the
        // next row that is not its descendant starts.
        int[] stack = new int[n + 1];
        int top = 0;
        for (int i = 0; i < n; i++) {
            Task t = tasks[i];
            if (!sameRows) {
                indexOfId.put(t.id(), i);
            }
            summary[i] = t.hasChildren();
            Task p = t.parent();
            while (top > 0 && tasks[stack[top - 1]] != p) {
                subtreeEnd[stack[--top]] = i;
            }
            parent[i] = top > 0 ? stack[top - 1] : -1;
            stack[top++] = i;
        }
        while (top > 0) {
            subtreeEnd[stack[--top]] = n;
        }
        if (sameLinks) {
            depPred = previous.depPred;
            depSucc = previous.depSucc;
            depType = previous.depType;
            depLag = previous.depLag;
            predStart = previous.predStart;
            predK = previous.predK;
            succStart = previous.succStart;
            succK = previous.succK;
            depIgnored = new boolean[depPred.length];
        } else {
            Collection<Dependency> deps = plan.dependencies();
            int m = deps.size();
            depPred = new int[m];
            depSucc = new int[m];
            depType = new byte[m];
            depLag = new long[m];
            depIgnored = new boolean[m];
            predStart = new int[n + 1];
            succStart = new int[n + 1];
            int k = 0;
            for (Dependency d : deps) {
                depPred[k] = indexOfId.get(d.predecessorId());
                depSucc[k] = indexOfId.get(d.successorId());
                depType[k] = (byte) d.type().ordinal();
                depLag[k] = d.lagMinutes();
                predStart[depSucc[k] + 1]++;
                succStart[depPred[k] + 1]++;
                k++;
            }
            for (int i = 0; i < n; i++) {
                predStart[i + 1] += predStart[i];
                succStart[i + 1] += succStart[i];
            }
            predK = new int[m];
            succK = new int[m];
            int[] pf = Arrays.copyOf(predStart, n);
            int[] sf = Arrays.copyOf(succStart, n);
            for (k = 0; k < m; k++) {
                predK[pf[depSucc[k]]++] = k;
                succK[sf[depPred[k]]++] = k;
            }
        }
        position = new int[2 * n];
        order = sort();
    }

    private static boolean sameOrder(Task[] before, Task[] now) {
        if (before.length != now.length) {
            return false;
        }
        for (int i = 0; i < now.length; i++) {
            if (before[i] != now[i]) {
                return false;
            }
        }
        return true;
    }

    boolean isCurrent(Plan plan) {
        return this.plan == plan && plan.structureVersion() == structureVersion
                && plan.dependencyVersion() == dependencyVersion;
    }

    int in(int task) {
        return task;
    }

    int out(int task) {
        return summary[task] ? n + task : task;
    }

    /**
     * The earliest start and finish task {@code x}'s links allow, on top of {@code lo} and {@code fb} (what its
     * parent and constraints already ask): written to {@code bounds[0]} and {@code bounds[1]}. Dates are by node
     * ({@link #out}). One rule for the scheduler and the risk analysis, so both read the links alike.
     */
    void linkBounds(int x, long lo, long fb, long[] es, long[] ef, long[] bounds) {
        for (int q = predStart[x], end = predStart[x + 1]; q < end; q++) {
            int k = predK[q];
            if (depIgnored[k]) {
                continue;
            }
            int o = out(depPred[k]);
            long lag = depLag[k];
            switch (depType[k]) {
                case FS -> lo = Math.max(lo, ef[o] + lag);
                case SS -> lo = Math.max(lo, es[o] + lag);
                case FF -> fb = Math.max(fb, ef[o] + lag);
                default -> fb = Math.max(fb, es[o] + lag);
            }
        }
        bounds[0] = lo;
        bounds[1] = fb;
    }

    /** The task a node belongs to. */
    int taskOf(int node) {
        return node >= n ? node - n : node;
    }

    /** Kahn's algorithm; when it stalls on a loop, reports the loop, ignores one of its links and goes on. */
    private int[] sort() {
        int nodes = 2 * n;
        int[] indegree = new int[nodes];
        int active = 0;
        for (int i = 0; i < n; i++) {
            indegree[i] = (parent[i] >= 0 ? 1 : 0) + (predStart[i + 1] - predStart[i]);
            active++;
            if (summary[i]) {
                active++;
                for (int c = i + 1; c < subtreeEnd[i]; c = subtreeEnd[c]) {
                    indegree[n + i]++;
                }
            }
        }
        int[] out = new int[active];
        LoopWalk walk = null;
        Arrays.fill(position, -1);
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                out[tail++] = i;
            }
        }
        while (tail < active) {
            while (head < tail) {
                int x = out[head];
                position[x] = head;
                head++;
                tail = release(x, indegree, out, tail);
            }
            if (tail < active) {
                if (walk == null) {
                    walk = new LoopWalk(nodes);
                }
                int target = breakLoop(indegree, walk);
                if (indegree[target] == 0) {
                    out[tail++] = target;
                }
            }
        }
        for (int h = head; h < tail; h++) {
            position[out[h]] = h;
        }
        return out;
    }

    private int release(int x, int[] indegree, int[] out, int tail) {
        int task = taskOf(x);
        if (x < n && summary[task]) {
            for (int c = task + 1; c < subtreeEnd[task]; c = subtreeEnd[c]) {
                if (--indegree[c] == 0) {
                    out[tail++] = c;
                }
            }
            return tail;
        }
        // x is a leaf or an envelope: the parent's envelope and the links out.
        int p = parent[task];
        if (p >= 0 && --indegree[n + p] == 0) {
            out[tail++] = n + p;
        }
        for (int s = succStart[task]; s < succStart[task + 1]; s++) {
            int k = succK[s];
            if (!depIgnored[k] && --indegree[depSucc[k]] == 0) {
                out[tail++] = depSucc[k];
            }
        }
        return tail;
    }

    /**
     * Finds a loop among the nodes not yet ordered by walking back along unordered predecessors, records
     * it, marks one of its links ignored and returns that link's successor node.
     *
     * <p>The walk is kept from one loop to the next and each node's predecessors are looked through once
     * ({@link LoopWalk#cursor}), so breaking every loop of a plan costs time linear in its size.
     */
    private int breakLoop(int[] indegree, LoopWalk w) {
        // Ordered nodes only ever form the far end of the walk: a node is ordered after its predecessors.
        while (w.size > 0 && position[w.nodes[w.size - 1]] >= 0) {
            w.onWalk[w.nodes[--w.size]] = -1;
        }
        if (w.size == 0) {
            while (position[w.scanFrom] >= 0 || indegree[w.scanFrom] == 0) {
                w.scanFrom++;
            }
            w.push(w.scanFrom);
        }
        int from;
        while (true) {
            int y = unorderedPredecessor(w);
            if (w.onWalk[y] >= 0) {
                from = w.onWalk[y];
                break;
            }
            w.push(y);
        }
        // nodes[from..size) goes backwards around the loop: nodes[i+1] -> nodes[i], and the last back to nodes[from].
        int brokenAt = from;
        while (w.links[brokenAt] < 0) {
            brokenAt++;
        }
        int broken = w.links[brokenAt];
        List<Task> loop = new ArrayList<>();
        for (int i = w.size - 1; i >= from; i--) {
            addTask(loop, tasks[taskOf(w.nodes[i])]);
        }
        addTask(loop, tasks[taskOf(w.nodes[w.size - 1])]);
        loops.add(loop);
        depIgnored[broken] = true;
        // The walk stays valid up to the node whose link was broken; the rest is walked again if needed.
        while (w.size > brokenAt + 1) {
            w.onWalk[w.nodes[--w.size]] = -1;
        }
        int target = depSucc[broken];
        indegree[target]--;
        return target;
    }

    /** The state of the backward walk that finds loops, kept while the network is sorted. */
    private static final class LoopWalk {
        final int[] nodes;
        /** links[i]: the link that leads from nodes[i] back to the next node, or -1 for an outline edge. */
        final int[] links;
        /** Where a node is on the walk, or -1. */
        final int[] onWalk;
        /** For each node, how far its predecessors have been looked through (they stay ordered or ignored). */
        final int[] cursor;
        int size;
        /** Nodes before this one are ordered or unused. */
        int scanFrom;

        LoopWalk(int nodeCount) {
            nodes = new int[nodeCount];
            links = new int[nodeCount];
            onWalk = new int[nodeCount];
            cursor = new int[nodeCount];
            Arrays.fill(onWalk, -1);
        }

        void push(int node) {
            onWalk[node] = size;
            nodes[size++] = node;
        }
    }

    private static void addTask(List<Task> loop, Task t) {
        if (loop.isEmpty() || loop.get(loop.size() - 1) != t) {
            loop.add(t);
        }
    }

    /**
     * One predecessor not ordered yet of the node at the end of the walk; the link that leads to it (or -1
     * for an outline edge) goes into {@link LoopWalk#links}.
     */
    private int unorderedPredecessor(LoopWalk w) {
        int x = w.nodes[w.size - 1];
        int task = taskOf(x);
        w.links[w.size - 1] = -1;
        if (x >= n) {
            int c = w.cursor[x] == 0 ? task + 1 : w.cursor[x];
            while (c < subtreeEnd[task] && position[out(c)] >= 0) {
                c = subtreeEnd[c];
            }
            w.cursor[x] = c;
            if (c < subtreeEnd[task]) {
                return out(c);
            }
        } else {
            int first = predStart[task];
            int s = w.cursor[x];
            while (first + s < predStart[task + 1]
                    && (depIgnored[predK[first + s]] || position[out(depPred[predK[first + s]])] >= 0)) {
                s++;
            }
            w.cursor[x] = s;
            if (first + s < predStart[task + 1]) {
                w.links[w.size - 1] = predK[first + s];
                return out(depPred[predK[first + s]]);
            }
            if (parent[task] >= 0 && position[parent[task]] < 0) {
                return parent[task];
            }
        }
        throw new IllegalStateException("no unordered predecessor of node " + x);
    }
}
