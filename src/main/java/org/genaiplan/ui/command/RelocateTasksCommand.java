package org.genaiplan.ui.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Moves the selected tasks (what a drag and drop does) under {@code parentId} (0: top level), before the
 * task {@code beforeId} (0: at the end), keeping their row order.
 */
public final class RelocateTasksCommand extends StructureCommand {
    private final long parentId;
    private final long beforeId;

    public RelocateTasksCommand(List<Long> taskIds, long parentId, long beforeId) {
        super(taskIds);
        this.parentId = parentId;
        this.beforeId = beforeId;
    }

    @Override
    protected void perform(Plan plan, Moves moves) {
        Task parent = parentId == 0 ? null : plan.task(parentId);
        List<Task> tasks = TaskOrder.topMost(plan, taskIds);
        for (Task t : tasks) {
            if (t == parent || t.isAncestorOf(parent)) {
                throw new ValidationException("\"" + t.name() + "\" cannot be moved under itself.");
            }
        }
        Set<Task> moving = new HashSet<>(tasks);
        Task before = beforeId == 0 ? null : plan.task(beforeId);
        List<Task> siblings = plan.children(parent);
        if (before != null && moving.contains(before)) {
            int i = siblings.indexOf(before);
            before = null;
            for (int j = i + 1; j < siblings.size(); j++) {
                if (!moving.contains(siblings.get(j))) {
                    before = siblings.get(j);
                    break;
                }
            }
        }
        for (Task t : tasks) {
            List<Task> current = plan.children(parent);
            boolean there = t.parent() == parent;
            int index;
            if (before == null) {
                index = current.size() - (there ? 1 : 0);
            } else {
                index = current.indexOf(before);
                if (there && plan.indexOf(t) < index) {
                    index--;
                }
            }
            if (there && plan.indexOf(t) == index) {
                continue;
            }
            moves.move(plan, t, parent, index);
        }
        if (moves.isEmpty()) {
            throw new ValidationException("The tasks are already there.");
        }
    }

    @Override
    protected String verb() {
        return "Move";
    }
}
