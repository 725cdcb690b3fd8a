package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;

/** Makes each selected task the last child of the sibling row above it. */
public final class IndentTasksCommand extends StructureCommand {

    public IndentTasksCommand(List<Long> taskIds) {
        super(taskIds);
    }

    @Override
    protected void perform(Plan plan, Moves moves) {
        for (Task task : TaskOrder.topMost(plan, taskIds)) {
            int index = plan.indexOf(task);
            if (index == 0) {
                continue;
            }
            Task above = plan.children(task.parent()).get(index - 1);
            moves.move(plan, task, above, above.children().size());
        }
        if (moves.isEmpty()) {
            throw new ValidationException("A task can only be indented under a task above it at the same level.");
        }
    }

    @Override
    protected String verb() {
        return "Indent";
    }
}
