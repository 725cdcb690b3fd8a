package org.genaiplan.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a user action changed in a plan since the last {@link #drain()}, so that the working store
 * can write exactly those rows in one transaction. Scheduled (derived) values are not logged.
 */
public final class ChangeLog {
    private boolean planChanged;
    private boolean rolesChanged;
    private boolean dependenciesChanged;
    private final Set<Long> tasks = new LinkedHashSet<>();
    private final Set<Long> removedTasks = new LinkedHashSet<>();
    private final Set<Long> childOrder = new LinkedHashSet<>();
    private final Set<Long> risks = new LinkedHashSet<>();
    private final Set<Long> removedRisks = new LinkedHashSet<>();

    /** The id used in {@link Changes#childOrderOf()} for the invisible root above the top-level tasks. */
    public static final long ROOT = 0L;

    void plan() {
        planChanged = true;
    }

    void roles() {
        rolesChanged = true;
    }

    void dependencies() {
        dependenciesChanged = true;
    }

    void task(long id) {
        if (tasks.add(id)) {
            removedTasks.remove(id); // a logged task is never also logged as removed
        }
    }

    void taskRemoved(long id) {
        tasks.remove(id);
        removedTasks.add(id);
    }

    void childOrder(long parentId) {
        childOrder.add(parentId);
    }

    void risk(long id) {
        risks.add(id);
        removedRisks.remove(id);
    }

    void riskRemoved(long id) {
        risks.remove(id);
        removedRisks.add(id);
    }

    /** The tasks added or edited since the last drain, as they stand (read-only, not a copy). */
    public Set<Long> pendingTasks() {
        return java.util.Collections.unmodifiableSet(tasks);
    }

    public boolean isEmpty() {
        return !planChanged && !rolesChanged && !dependenciesChanged && tasks.isEmpty() && removedTasks.isEmpty()
                && childOrder.isEmpty() && risks.isEmpty() && removedRisks.isEmpty();
    }

    /** Returns what changed and starts a new, empty log. */
    public Changes drain() {
        Changes changes = new Changes(planChanged, rolesChanged, dependenciesChanged, Set.copyOf(tasks),
                Set.copyOf(removedTasks), Set.copyOf(childOrder), Set.copyOf(risks), Set.copyOf(removedRisks));
        planChanged = false;
        rolesChanged = false;
        dependenciesChanged = false;
        tasks.clear();
        removedTasks.clear();
        childOrder.clear();
        risks.clear();
        removedRisks.clear();
        return changes;
    }

    /**
     * One drained batch of changes. {@code roles} covers the roles and the people ({@link Resources}).
     * {@code childOrderOf} names parents (or {@link #ROOT}) whose list of
     * children changed order or membership; the store rewrites their children's positions.
     */
    public record Changes(boolean plan, boolean roles, boolean dependencies, Set<Long> tasks,
                          Set<Long> removedTasks, Set<Long> childOrderOf, Set<Long> risks,
                          Set<Long> removedRisks) {
        /** Nothing changed (an undo of nothing, a command that set a value to what it was). */
        public static final Changes NONE = new Changes(false, false, false, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());

        public boolean isEmpty() {
            return !plan && !roles && !dependencies && tasks.isEmpty() && removedTasks.isEmpty()
                    && childOrderOf.isEmpty() && risks.isEmpty() && removedRisks.isEmpty();
        }

        /** Whether the outline changed: tasks added, removed, moved or reordered. */
        public boolean structure() {
            return !childOrderOf.isEmpty() || !removedTasks.isEmpty();
        }
    }
}
