package org.genaiplan.ui.gantt.layout;

import java.util.Arrays;
import java.util.Comparator;
import org.genaiplan.model.Plan;

import org.genaiplan.model.Dependency;

/**
 * A plan's links sorted by predecessor and by successor, rebuilt when the plan's links change, so that
 * drawing finds a row's links without making lists.
 */
public final class DependencyIndex {
    private Plan plan;
    private long version = -1;
    private Dependency[] byPredecessor = new Dependency[0];
    private Dependency[] bySuccessor = new Dependency[0];
    private long[] predecessorIds = new long[0];
    private long[] successorIds = new long[0];

    /** Brings the index up to date with the plan's links. */
    public void update(Plan p) {
        if (p == plan && p.dependencyVersion() == version) {
            return;
        }
        plan = p;
        version = p.dependencyVersion();
        Dependency[] all = p.dependencies().toArray(new Dependency[0]);
        byPredecessor = all.clone();
        Arrays.sort(byPredecessor, Comparator.comparingLong(Dependency::predecessorId));
        bySuccessor = all.clone();
        Arrays.sort(bySuccessor, Comparator.comparingLong(Dependency::successorId));
        predecessorIds = new long[all.length];
        successorIds = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            predecessorIds[i] = byPredecessor[i].predecessorId();
            successorIds[i] = bySuccessor[i].successorId();
        }
    }

    /** The number of links. */
    public int size() {
        return byPredecessor.length;
    }

    /** Index of the first link whose successor is {@code taskId} in {@link #intoTask(int)} order, or -1. */
    public int firstInto(long taskId) {
        return first(successorIds, taskId);
    }

    public int firstOutOf(long taskId) {
        return first(predecessorIds, taskId);
    }

    /** The i-th link sorted by successor; callers walk on while its successor is the one they asked for. */
    public Dependency intoTask(int i) {
        return i < bySuccessor.length ? bySuccessor[i] : null;
    }

    public Dependency outOfTask(int i) {
        return i < byPredecessor.length ? byPredecessor[i] : null;
    }

    private static int first(long[] ids, long id) {
        int i = Arrays.binarySearch(ids, id);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && ids[i - 1] == id) {
            i--;
        }
        return i;
    }
}
