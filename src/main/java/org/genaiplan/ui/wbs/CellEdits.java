package org.genaiplan.ui.wbs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.command.DateEntry;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.SetPredecessorsCommand;
import org.genaiplan.ui.input.CellInput;
import org.genaiplan.ui.resources.OwnerInput;
import org.genaiplan.ui.rows.TaskRow;

/**
 * What typing into a cell of the WBS sheet does: the text is read for its column and applied as one
 * command. A value that cannot be read or applied is refused with one sentence, and the plan is unchanged.
 */
public final class CellEdits {
    private final CommandRunner runner;
    private final TaskFormats formats;
    private final StringProperty message;
    private final Supplier<LocalDate> today;
    private final NewOwnerQuestion newOwner;

    /** Asks whether a typed owner the plan does not know is a new role or a new person (empty: neither). */
    @FunctionalInterface
    public interface NewOwnerQuestion {
        Optional<CreateOwnerCommand.Kind> ask(OwnerInput.Unknown unknown);
    }

    /**
     * @param today    the date a typed actual start may not be after
     * @param newOwner asks about an owner name the plan does not know yet (MS Project's behaviour)
     */
    public CellEdits(CommandRunner runner, TaskFormats formats, Supplier<LocalDate> today, NewOwnerQuestion newOwner) {
        this.runner = Objects.requireNonNull(runner);
        this.formats = Objects.requireNonNull(formats);
        this.today = Objects.requireNonNull(today);
        this.newOwner = Objects.requireNonNull(newOwner);
        this.message = runner.messageProperty();
    }

    /**
     * Applies what the user typed into a cell as one command. Returns null when accepted (or when the value
     * did not change), otherwise the one-sentence reason, with the plan unchanged.
     */
    public String edit(TaskRow row, WbsColumn column, String text) {
        Plan plan = runner.plan();
        if (plan == null) {
            return "No plan is open.";
        }
        Task task = plan.task(row.taskId());
        if (task == null) {
            return "The task no longer exists.";
        }
        if (!column.editable(row)) {
            return notEditable(column);
        }
        String value = text == null ? "" : text.strip();
        try {
            if (column == WbsColumn.START || column == WbsColumn.FINISH) {
                return enterDate(plan, task, column, value);
            }
            PlanCommand command = switch (column) {
                case ID, WBS, SLACK, RISKS, BASELINE_START, BASELINE_FINISH, FINISH_VARIANCE ->
                        throw new ValidationException(whyNotTyped(column));
                case NAME -> EditTaskFieldCommand.name(task.id(), value);
                case DURATION -> EditTaskFieldCommand.duration(task.id(), formats.parseDuration(plan, value));
                case START, FINISH -> throw new IllegalStateException("dates are entered by enterDate");
                case DEADLINE -> deadline(task, value);
                case PREDECESSORS -> predecessors(plan, task, value);
                case PERCENT -> EditTaskFieldCommand.percentComplete(task.id(),
                        (int) Math.round(CellInput.percent(value, "% complete")));
                case OWNER -> owner(plan, task, value);
                case COST -> EditTaskFieldCommand.fixedCost(task.id(), cost(value));
                case PHASE -> EditTaskFieldCommand.phase(task.id(), value);
                case NOTES -> EditTaskFieldCommand.notes(task.id(), text == null ? "" : text);
            };
            String refused = command == null ? null : runner.run(command);
            if (refused == null && command != null && column == WbsColumn.DEADLINE) {
                lateAfterDeadline(task);
            }
            return refused;
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return e.getMessage();
        }
    }

    /** Why a cell cannot be typed into; also shown in the status bar. */
    public String notEditable(WbsColumn column) {
        String why = column.typed() ? "The " + column.header() + " of a summary task is calculated from its subtasks."
                : whyNotTyped(column);
        message.set(why);
        return why;
    }

    private static String whyNotTyped(WbsColumn column) {
        return switch (column) {
            case ID -> "The ID is the row number; move the task to change it.";
            case WBS -> "WBS codes follow the outline; indent, outdent or move the task instead.";
            case SLACK -> "Total slack is calculated by the schedule; change durations, links or dates instead.";
            case RISKS -> "Link risks to tasks in the Risks tab (Linked tasks column).";
            case BASELINE_START, BASELINE_FINISH, FINISH_VARIANCE -> "The " + column.header() + " comes from the "
                    + "compared baseline; save the baseline again to change it.";
            default -> "The " + column.header() + " cannot be typed here.";
        };
    }

    private PlanCommand predecessors(Plan plan, Task task, String value) {
        List<Dependency> parsed = value.isEmpty() ? List.of() : formats.parsePredecessors(plan, task, value);
        if (parsed.equals(plan.predecessorsOf(task))) {
            return null;
        }
        return new SetPredecessorsCommand(task.id(), parsed);
    }

    /**
     * A typed owner: a role or person of the plan (in any case), nobody when blank, or a new name, which the
     * user may add to the team as a role or a person in the same step (its rate is filled in later).
     */
    private PlanCommand owner(Plan plan, Task task, String value) {
        OwnerInput.Resolution owner = OwnerInput.resolve(plan, value);
        if (owner instanceof OwnerInput.Unknown unknown) {
            Optional<CreateOwnerCommand.Kind> kind = newOwner.ask(unknown);
            if (kind.isEmpty()) {
                throw new ValidationException(unknown.explanation());
            }
            return OwnerInput.create(unknown, kind.get(), List.of(task.id()));
        }
        return OwnerInput.assign(owner, task.id());
    }

    /**
     * A typed Start or Finish (see {@link DateEntry}): refused, or run with a check of its effect on the
     * rescheduled plan, and explained in the status bar. An entry that changes nothing leaves no undo step.
     */
    private String enterDate(Plan plan, Task task, WbsColumn column, String value) {
        LocalDate date = CellInput.date(value, column.header());
        Optional<DateEntry.Action> action = column == WbsColumn.START
                ? DateEntry.start(plan, task, date, today.get()) : DateEntry.finish(plan, task, date);
        if (action.isEmpty()) {
            return null;
        }
        String refused = runner.run(action.get().command(), action.get().check());
        if (refused == null) {
            message.set(action.get().done());
        }
        return refused;
    }

    /** A typed deadline; blank removes it. Null when it is the deadline the task already has. */
    private static PlanCommand deadline(Task task, String value) {
        LocalDate date = CellInput.date(value, "The deadline");
        return Objects.equals(date, task.deadline()) ? null : EditTaskFieldCommand.deadline(task.id(), date);
    }

    /** A deadline never moves the task; when it finishes later, the status bar says so. */
    private void lateAfterDeadline(Task task) {
        LocalDate deadline = task.deadline();
        if (deadline != null && task.finish() != null && task.finish().toLocalDate().isAfter(deadline)) {
            message.set("\"" + task.name() + "\" finishes on " + RowTexts.DATE.format(task.finish())
                    + ", after its deadline of " + RowTexts.DATE.format(deadline) + ": it is late. A deadline does not"
                    + " move the task.");
        }
    }

    /** A typed cost; blank clears it to zero. */
    private static BigDecimal cost(String value) {
        BigDecimal amount = CellInput.optionalMoney(value, "The cost");
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
