package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/**
 * Moves each selected task one level up, right after its former parent. The siblings that followed it
 * become its children, so the rows keep their order on screen (as in MS Project).
 */
public final class OutdentTasksCommand extends StructureCommand {

    public OutdentTasksCommand(List<Long> taskIds) {
        super(taskIds);
    }

    @Override
    protected void perform(Plan plan, Moves moves) {
        for (Task task : TaskOrder.topMost(plan, taskIds)) {
            Task parent = task.parent();
            if (parent == null) {
                continue;
            }
            List<Task> siblings = plan.children(parent);
            List<Task> followers = new ArrayList<>(siblings.subList(plan.indexOf(task) + 1, siblings.size()));
            moves.move(plan, task, parent.parent(), plan.indexOf(parent) + 1);
            for (Task follower : followers) {
                moves.move(plan, follower, task, task.children().size());
            }
        }
        if (moves.isEmpty()) {
            throw new ValidationException("Top-level tasks cannot be outdented.");
        }
    }

    @Override
    protected String verb() {
        return "Outdent";
    }
}
