package org.genaiplan.ui.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** Moves the selected tasks one place up or down among their siblings, each with its subtree. */
public final class MoveTasksCommand extends StructureCommand {
    private final boolean up;

    private MoveTasksCommand(List<Long> taskIds, boolean up) {
        super(taskIds);
        this.up = up;
    }

    public static MoveTasksCommand up(List<Long> taskIds) {
        return new MoveTasksCommand(taskIds, true);
    }

    public static MoveTasksCommand down(List<Long> taskIds) {
        return new MoveTasksCommand(taskIds, false);
    }

    @Override
    protected void perform(Plan plan, Moves moves) {
        List<Task> tasks = TaskOrder.topMost(plan, taskIds);
        if (!up) {
            tasks = tasks.reversed();
        }
        Set<Task> stuck = new HashSet<>();
        for (Task task : tasks) {
            List<Task> siblings = plan.children(task.parent());
            int index = plan.indexOf(task);
            int target = up ? index - 1 : index + 1;
            if (target < 0 || target >= siblings.size() || stuck.contains(siblings.get(target))) {
                stuck.add(task);
                continue;
            }
            moves.move(plan, task, task.parent(), target);
        }
        if (moves.isEmpty()) {
            throw new ValidationException(up ? "The selected tasks are already at the top of their level."
                    : "The selected tasks are already at the bottom of their level.");
        }
    }

    @Override
    protected String verb() {
        return up ? "Move up" : "Move down";
    }
}
