package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The moves of one structural command, recorded as they happen (task, old place, new place) so that
 * undo walks them back in reverse and redo replays them, with no snapshot of the plan.
 */
final class Moves {
    private record Move(long taskId, long fromParent, int fromIndex, long toParent, int toIndex) {
    }

    private static final long ROOT = 0;
    private final List<Move> moves = new ArrayList<>();

    void move(Plan plan, Task task, Task newParent, int index) {
        long from = idOf(task.parent());
        int fromIndex = plan.indexOf(task);
        plan.move(task, newParent, index);
        moves.add(new Move(task.id(), from, fromIndex, idOf(newParent), index));
    }

    boolean isEmpty() {
        return moves.isEmpty();
    }

    /** Number of distinct tasks that moved. */
    long taskCount() {
        return moves.stream().mapToLong(Move::taskId).distinct().count();
    }

    void undo(Plan plan) {
        for (int i = moves.size() - 1; i >= 0; i--) {
            Move m = moves.get(i);
            plan.move(plan.task(m.taskId()), parent(plan, m.fromParent()), m.fromIndex());
        }
    }

    void redo(Plan plan) {
        for (Move m : moves) {
            plan.move(plan.task(m.taskId()), parent(plan, m.toParent()), m.toIndex());
        }
    }

    private static long idOf(Task parent) {
        return parent == null ? ROOT : parent.id();
    }

    private static Task parent(Plan plan, long id) {
        return id == ROOT ? null : plan.task(id);
    }
}
