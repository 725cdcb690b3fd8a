package org.genaiplan.schedule;

/**
 * After an iteration's forward pass, walks back from the task that finishes last along the links and
 * outline edges that set each start (or finish), and counts the leaf tasks met: the criticality index of a
 * task is the share of iterations in which it drives the project finish. Where two predecessors tie, the
 * walk follows the first; a task held by a constraint or an actual start ends the walk.
 */
final class DrivingPath {
    private final SimulationModel m;
    private final Network g;

    DrivingPath(SimulationModel m) {
        this.m = m;
        this.g = m.net;
    }

    void mark(long[] es, long[] ef, long finish, int[] counts) {
        int n = g.n;
        int x = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (!g.summary[i] && ef[i] == finish) {
                x = i;
                break;
            }
        }
        // node x; whether its start (true) or its finish (false) is what the walk explains
        boolean start = false;
        for (int steps = 0; x >= 0 && steps < 4 * n + 4; steps++) {
            if (x >= n) {
                // an envelope: the child whose start or finish it took
                int s = x - n;
                int next = -1;
                for (int c = s + 1; c < g.subtreeEnd[s]; c = g.subtreeEnd[c]) {
                    int o = g.summary[c] ? n + c : c;
                    if (start ? es[o] == es[x] : ef[o] == ef[x]) {
                        next = o;
                        break;
                    }
                }
                x = next;
                continue;
            }
            boolean leaf = !g.summary[x];
            if (leaf) {
                counts[x]++;
                if (m.fixedStart[x] != SimulationModel.NONE) {
                    return;
                }
            }
            long lo = es[x];
            long fin = leaf ? ef[x] : ef[x];
            int next = -1;
            boolean nextStart = false;
            for (int q = g.predStart[x], end = g.predStart[x + 1]; q < end && next < 0; q++) {
                int k = g.predK[q];
                if (g.depIgnored[k]) {
                    continue;
                }
                int p = g.depPred[k];
                int o = g.summary[p] ? n + p : p;
                long lag = g.depLag[k];
                switch (g.depType[k]) {
                    case Network.FS -> { if (ef[o] + lag == lo) { next = o; nextStart = false; } }
                    case Network.SS -> { if (es[o] + lag == lo) { next = o; nextStart = true; } }
                    case Network.FF -> { if (ef[o] + lag == fin) { next = o; nextStart = false; } }
                    default -> { if (es[o] + lag == fin) { next = o; nextStart = true; } }
                }
            }
            if (next < 0) {
                int p = g.parent[x];
                if (p >= 0 && (es[p] == lo || ef[p] == fin)) {
                    next = p;
                    nextStart = es[p] == lo;
                }
            }
            if (next < 0) {
                return;
            }
            x = next;
            start = nextStart;
        }
    }
}
