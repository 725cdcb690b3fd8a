package org.genaiplan.app.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Indent at model level, as the WBS editor does it: each selected row whose parent is not selected becomes
 * the last child of its previous sibling; a row without a previous sibling stays. Returns an undo.
 */
final class IndentRows {
    private final Plan plan;

    IndentRows(Plan plan) {
        this.plan = plan;
    }

    interface Undo extends Runnable {
    }

    private record Move(Task task, Task oldParent, int oldIndex) {
    }

    /** Indents {@code count} consecutive rows from row {@code first} (0-based). */
    Undo indent(int first, int count) {
        List<Task> rows = plan.tasksInOrder();
        List<Task> selected = rows.subList(first, Math.min(rows.size(), first + count));
        Set<Task> chosen = new HashSet<>(selected);
        List<Move> moves = new ArrayList<>();
        for (Task t : selected) {
            if (chosen.contains(t.parent())) {
                continue;
            }
            int index = plan.indexOf(t);
            if (index == 0) {
                continue;
            }
            Task newParent = plan.children(t.parent()).get(index - 1);
            moves.add(new Move(t, t.parent(), index));
            plan.move(t, newParent, newParent.children().size());
        }
        return () -> {
            for (int i = moves.size() - 1; i >= 0; i--) {
                Move m = moves.get(i);
                plan.move(m.task(), m.oldParent(), m.oldIndex());
            }
        };
    }
}
