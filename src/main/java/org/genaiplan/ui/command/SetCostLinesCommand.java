package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.CostLine;

/**
 * Changes the cost lines of one task: adds, removes or replaces a line by its position. Lines are values,
 * so the task's list before and after is all undo and redo need; the task is found again by its id.
 */
public final class SetCostLinesCommand implements PlanCommand {
    private final long taskId;
    private final String label;
    private final UnaryOperator<List<CostLine>> change;
    private List<CostLine> before;
    private List<CostLine> after;

    public SetCostLinesCommand(long taskId, String label, UnaryOperator<List<CostLine>> change) {
        this.taskId = taskId;
        this.label = label;
        this.change = change;
    }

    public static SetCostLinesCommand add(long taskId, CostLine line) {
        return new SetCostLinesCommand(taskId, "Add " + line.input().kindLabel() + " Line", lines -> {
            List<CostLine> out = new ArrayList<>(lines);
            out.add(line);
            return out;
        });
    }

    public static SetCostLinesCommand remove(long taskId, int index) {
        return new SetCostLinesCommand(taskId, "Remove Cost Line", lines -> {
            List<CostLine> out = new ArrayList<>(lines);
            out.remove(checked(lines, index));
            return out;
        });
    }

    /** Replaces the line at {@code index}; {@code field} names the edit in the Undo menu. */
    public static SetCostLinesCommand replace(long taskId, int index, String field, UnaryOperator<CostLine> edit) {
        return new SetCostLinesCommand(taskId, "Edit " + field, lines -> {
            List<CostLine> out = new ArrayList<>(lines);
            int i = checked(lines, index);
            out.set(i, edit.apply(lines.get(i)));
            return out;
        });
    }

    private static int checked(List<CostLine> lines, int index) {
        if (index < 0 || index >= lines.size()) {
            throw new ValidationException("That cost line no longer exists.");
        }
        return index;
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        Task task = task(plan);
        List<CostLine> old = task.costLines();
        List<CostLine> next = change.apply(old);
        task.setCostLines(next);
        before = old;
        after = task.costLines();
    }

    @Override
    public void undo(Plan plan) {
        task(plan).setCostLines(before);
    }

    @Override
    public void redo(Plan plan) {
        task(plan).setCostLines(after);
    }

    private Task task(Plan plan) {
        Task task = plan.task(taskId);
        if (task == null) {
            throw new ValidationException("The task no longer exists.");
        }
        return task;
    }

    public long taskId() {
        return taskId;
    }
}
