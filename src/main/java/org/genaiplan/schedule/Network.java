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
        this.plan = plan;
        structureVersion = plan.structureVersion();
        dependencyVersion = plan.dependencyVersion();
        List<Task> rows = plan.tasksInOrder();
        n = rows.size();
        tasks = rows.toArray(new Task[0]);
        indexOfId = new LongIntMap(n);
        parent = new int[n];
        subtreeEnd = new int[n];
        summary = new boolean[n];
        // Rows are in outline order: the open ancestors form a stack, and a task's subtree ends where the
        // next row that is not its descendant starts.
        int[] stack = new int[n + 1];
        int top = 0;
        for (int i = 0; i < n; i++) {
            Task t = tasks[i];
            indexOfId.put(t.id(), i);
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
        position = new int[2 * n];
        order = sort();
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
                int target = breakLoop(indegree);
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
     */
    private int breakLoop(int[] indegree) {
        int start = -1;
        for (int x = 0; x < 2 * n && start < 0; x++) {
            if (position[x] < 0 && indegree[x] > 0) {
                start = x;
            }
        }
        int[] seenAt = new int[2 * n];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        List<Integer> viaLink = new ArrayList<>(); // link used to reach walk[i] from walk[i+1], or -1
        int x = start;
        while (seenAt[x] < 0) {
            seenAt[x] = walk.size();
            walk.add(x);
            int[] step = unorderedPredecessor(x);
            viaLink.add(step[1]);
            x = step[0];
        }
        int from = seenAt[x];
        // walk[from..] goes backwards around the loop: walk[i+1] -> walk[i].
        int broken = -1;
        for (int i = from; i < walk.size() && broken < 0; i++) {
            broken = viaLink.get(i);
        }
        List<Task> loop = new ArrayList<>();
        for (int i = walk.size() - 1; i >= from; i--) {
            addTask(loop, tasks[taskOf(walk.get(i))]);
        }
        addTask(loop, tasks[taskOf(walk.get(walk.size() - 1))]);
        loops.add(loop);
        depIgnored[broken] = true;
        int target = depSucc[broken];
        indegree[target]--;
        return target;
    }

    private static void addTask(List<Task> loop, Task t) {
        if (loop.isEmpty() || loop.get(loop.size() - 1) != t) {
            loop.add(t);
        }
    }

    /** {node, link or -1} of one predecessor of x that is not ordered yet. */
    private int[] unorderedPredecessor(int x) {
        int task = taskOf(x);
        if (x >= n) {
            for (int c = task + 1; c < subtreeEnd[task]; c = subtreeEnd[c]) {
                if (position[out(c)] < 0) {
                    return new int[] {out(c), -1};
                }
            }
        } else {
            for (int s = predStart[task]; s < predStart[task + 1]; s++) {
                int k = predK[s];
                if (!depIgnored[k] && position[out(depPred[k])] < 0) {
                    return new int[] {out(depPred[k]), k};
                }
            }
            if (parent[task] >= 0 && position[parent[task]] < 0) {
                return new int[] {parent[task], -1};
            }
        }
        throw new IllegalStateException("no unordered predecessor of node " + x);
    }
}
