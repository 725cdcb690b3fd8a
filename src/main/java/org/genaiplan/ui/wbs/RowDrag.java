package org.genaiplan.ui.wbs;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * Dragging rows of the WBS sheet to a new place: the rows being dragged, where they may land, and the move
 * that dropping them makes (before a row, after it, or as its last subtasks).
 */
final class RowDrag {
    private final WbsActions actions;
    private final BooleanSupplier editing;
    /** The task of the row the mouse was last pressed on (where a drag starts). */
    private long pressedId;
    /** The tasks being dragged, empty when no drag is under way. */
    private List<Long> dragged = List.of();

    RowDrag(WbsActions actions, BooleanSupplier editing) {
        this.actions = Objects.requireNonNull(actions);
        this.editing = Objects.requireNonNull(editing);
    }

    void pressed(long taskId) {
        pressedId = taskId;
    }

    /** Starts dragging the selected rows (or the pressed one); false when no drag may start. */
    boolean start() {
        if (pressedId == 0 || editing.getAsBoolean()) {
            return false;
        }
        List<Long> ids = actions.selectedIds();
        dragged = ids.contains(pressedId) ? ids : List.of(pressedId);
        return true;
    }

    void end() {
        dragged = List.of();
    }

    boolean canDropOn(long targetId) {
        if (dragged.isEmpty()) {
            return false;
        }
        Plan plan = actions.plan();
        Task target = plan == null ? null : plan.task(targetId);
        if (target == null) {
            return false;
        }
        for (long id : dragged) {
            Task t = plan.task(id);
            if (t == null || t == target || t.isAncestorOf(target)) {
                return false;
            }
        }
        return true;
    }

    /** Drops the dragged rows on a row; false when nothing moved. */
    boolean drop(long targetId, DropZone zone) {
        List<Long> ids = dragged;
        boolean ok = canDropOn(targetId) && drop(ids, targetId, zone);
        dragged = List.of();
        return ok;
    }

    /** Moves tasks before a row, after it, or in as its last subtasks. */
    boolean drop(List<Long> ids, long targetId, DropZone zone) {
        Plan plan = actions.plan();
        Task target = plan.task(targetId);
        if (target == null) {
            return false;
        }
        long parentId = target.parent() == null ? 0 : target.parent().id();
        return switch (zone) {
            case INTO -> actions.relocate(ids, targetId, 0);
            case BEFORE -> actions.relocate(ids, parentId, targetId);
            case AFTER -> {
                List<Task> siblings = plan.children(target.parent());
                int i = siblings.indexOf(target);
                long before = i + 1 < siblings.size() ? siblings.get(i + 1).id() : 0;
                yield actions.relocate(ids, parentId, before);
            }
        };
    }
}
