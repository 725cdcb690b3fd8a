package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.TaskChoice;
import org.genaiplan.ui.command.SetCostLinesCommand;
import org.genaiplan.ui.command.SetWorkActualCommand;
import org.genaiplan.ui.input.CellInput;

/**
 * The cost lines of the focused task: one row for the owner's work and fixed cost (leaf tasks), then one per
 * cost line, each with its planned amount and any missing price. The rows follow every change at once. The
 * task is the one focused in the shared {@link PlanSelection} (the WBS selection); {@link #showTask} picks
 * another from the Costs tab and selects it there too. Edits return null (or the new line's index) when
 * accepted, else the sentence saying why not.
 */
public final class CostLinesViewModel {
    private final CommandRunner runner;
    private final PlanSelection selection;
    private final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    private final ReadOnlyStringWrapper taskCost = new ReadOnlyStringWrapper(this, "taskCost", "");
    private final ObservableList<CostLineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<TaskChoice> taskChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TaskChoice> shownTask = new ReadOnlyObjectWrapper<>(this, "shownTask");
    private boolean choicesStale = true;
    private long taskId;

    public CostLinesViewModel(CommandRunner runner, PlanSelection selection) {
        this.runner = Objects.requireNonNull(runner);
        this.selection = Objects.requireNonNull(selection);
    }

    /** After any change to the plan: the rows follow at once, the list of tasks to pick when next wanted. */
    void planChanged() {
        choicesStale = true;
        refresh();
    }

    /** Shows the focused task's rows as the plan has them now. */
    void refresh() {
        Plan plan = runner.plan();
        Task task = plan == null ? null : plan.task(selection.focusedId());
        if (task == null) {
            taskId = 0;
            taskTitle.set(plan == null ? "" : "Pick a task above, or select one in the WBS, to see and edit its"
                    + " cost lines.");
            taskCost.set("");
            shownTask.set(null);
            lines.clear();
            return;
        }
        taskId = task.id();
        shownTask.set(TaskChoice.of(plan, task));
        taskTitle.set(plan.wbsCode(task) + "  " + task.name());
        taskCost.set("Task cost " + MoneyText.format(task.cost()) + " " + plan.currency()
                + (task.hasChildren() ? " (with its subtasks)" : ""));
        List<CostLineRow> rows = new ArrayList<>();
        if (!task.hasChildren()) {
            rows.add(workRow(plan, task));
        }
        List<CostLine> taskLines = task.costLines();
        for (int i = 0; i < taskLines.size(); i++) {
            CostLine line = taskLines.get(i);
            CostInput in = line.input();
            rows.add(new CostLineRow(i, in.kindLabel(), line.description(), in.summary(),
                    MoneyText.format(in.amount(plan.prices(), task.durationMinutes())), MoneyText.format(line.actual()),
                    in.missingPrice(plan.prices())));
        }
        if (!rows.equals(lines)) {
            lines.setAll(rows);
        }
    }

    private static CostLineRow workRow(Plan plan, Task task) {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (CostReport.Item item : CostReport.itemsOf(plan, task)) {
            if (item.kind().equals("Owner's work") || item.kind().equals("Fixed cost")) {
                amount = amount.add(item.planned());
            }
        }
        String hours = BigDecimal.valueOf(task.durationMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        BigDecimal rate = plan.resources().rateOf(task.ownerRole());
        String owner = task.ownerRole() == null ? "no owner"
                : task.ownerRole() + " x " + hours + " h" + (rate == null ? "" : " at " + MoneyText.format(rate));
        String fixed = task.fixedCost().signum() == 0 ? "" : "; fixed " + MoneyText.format(task.fixedCost());
        String warning = task.ownerRole() == null || rate != null ? null
                : plan.resources().person(task.ownerRole()) != null
                ? "\"" + task.ownerRole() + "\" has no rate yet; give them a rate or a role on the Resources tab."
                : "The plan has no role \"" + task.ownerRole() + "\" with a rate.";
        return new CostLineRow(CostLineRow.WORK, "Owner's work", "From the WBS",
                owner + fixed, MoneyText.format(amount), MoneyText.format(task.workActualCost()), warning);
    }

    /** The inputs of the focused task's line at {@code index}, or null. */
    public CostInput lineInput(int index) {
        Task task = task();
        return task == null || index < 0 || index >= task.costLines().size() ? null
                : task.costLines().get(index).input();
    }

    private Task task() {
        Plan plan = runner.plan();
        return plan == null ? null : plan.task(taskId);
    }

    // ---- the task shown ----

    /** Shows the lines of another task, selecting it in the plan (and so in the WBS and Gantt). */
    public void showTask(long id) {
        Plan plan = runner.plan();
        if (plan == null || plan.task(id) == null) {
            runner.refuse("That task is no longer in the plan.");
            return;
        }
        selection.select(List.of(id), id);
    }

    /** Brings the list of tasks to pick from in line with the plan, if it changed since the last time. */
    public void updateTaskChoices() {
        if (choicesStale) {
            choicesStale = false;
            List<TaskChoice> all = TaskChoice.of(runner.plan());
            if (!all.equals(taskChoices)) {
                taskChoices.setAll(all);
            }
        }
    }

    /** Every task of the plan in outline order, as of the last {@link #updateTaskChoices()}. */
    public ObservableList<TaskChoice> taskChoices() {
        return taskChoices;
    }

    /** The task whose lines are shown, or null. */
    public ReadOnlyObjectProperty<TaskChoice> shownTaskProperty() {
        return shownTask.getReadOnlyProperty();
    }

    // ---- edits ----

    /** Adds a line of {@code kind} to the focused task; returns its index, or -1 when refused. */
    public int addLine(LineKind kind) {
        Task task = task();
        if (task == null) {
            runner.refuse("Pick a task first (above the cost lines, or in the WBS).");
            return -1;
        }
        int index = task.costLines().size();
        return runner.run(SetCostLinesCommand.add(task.id(), new CostLine(CostInputs.blank(kind, runner.plan()))))
                == null ? index : -1;
    }

    /** Adds a compute line (from the training-hours helper) to the focused task; returns its index or -1. */
    public int addComputeLine(ComputeCost input, String description) {
        Task task = task();
        if (task == null) {
            runner.refuse("Pick a task first (above the cost lines, or in the WBS).");
            return -1;
        }
        int index = task.costLines().size();
        return runner.run(SetCostLinesCommand.add(task.id(), new CostLine(description, input, null))) == null
                ? index : -1;
    }

    /** Replaces the GPU type, count and hours of the compute line at {@code index}. */
    public String fillCompute(int index, ComputeCost input) {
        if (!(lineInput(index) instanceof ComputeCost)) {
            return runner.refuse("Pick a compute line to fill, or add a new one.");
        }
        return runner.run(SetCostLinesCommand.replace(taskId, index, "Training Hours", l -> l.withInput(input)));
    }

    public String removeLine(int index) {
        if (index == CostLineRow.WORK) {
            return runner.refuse("The owner's work and fixed cost come from the WBS; change the owner, duration or"
                    + " cost there.");
        }
        if (lineInput(index) == null) {
            return runner.refuse("Select a cost line to remove.");
        }
        return runner.run(SetCostLinesCommand.remove(taskId, index));
    }

    public String editDescription(int index, String text) {
        if (lineInput(index) == null) {
            return runner.refuse("The owner's work row takes its description from the WBS.");
        }
        return runner.run(SetCostLinesCommand.replace(taskId, index, "Description", l -> l.withDescription(text)));
    }

    /** The actual cost of a line, or with {@link CostLineRow#WORK} of the owner's work and fixed cost. */
    public String editActual(int index, String text) {
        try {
            BigDecimal value = CellInput.optionalMoney(text, "The actual cost");
            if (index == CostLineRow.WORK) {
                Task task = task();
                if (task == null) {
                    return runner.refuse("Pick a task first (above the cost lines, or in the WBS).");
                }
                return runner.run(new SetWorkActualCommand(task.id(), value));
            }
            if (lineInput(index) == null) {
                return runner.refuse("That cost line no longer exists.");
            }
            return runner.run(SetCostLinesCommand.replace(taskId, index, "Actual Cost", l -> l.withActual(value)));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    /** One input of a line, as typed or picked; the line is only changed when the whole input is valid. */
    public String editInput(int index, CostField field, String text) {
        CostInput input = lineInput(index);
        if (input == null) {
            return runner.refuse("That cost line no longer exists.");
        }
        try {
            CostInput changed = CostInputs.with(input, field, text);
            if (changed.equals(input)) {
                return null;
            }
            return runner.run(SetCostLinesCommand.replace(taskId, index, field.label(), l -> l.withInput(changed)));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    // ---- state for the view ----

    /** The open plan, or null. */
    public Plan plan() {
        return runner.plan();
    }

    /** The id of the task whose lines are shown, or 0. */
    public long taskId() {
        return taskId;
    }

    public ObservableList<CostLineRow> lines() {
        return lines;
    }

    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskCostProperty() {
        return taskCost.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return runner.messageProperty();
    }
}
