package org.genaiplan.ui.wbs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.SetPredecessorsCommand;
import org.genaiplan.ui.rows.TaskRow;

/**
 * What typing into a cell of the WBS sheet does: the text is read for its column and applied as one
 * command. A value that cannot be read or applied is refused with one sentence, and the plan is unchanged.
 */
public final class CellEdits {
    private final CommandRunner runner;
    private final TaskFormats formats;
    private final StringProperty message;

    public CellEdits(CommandRunner runner, TaskFormats formats) {
        this.runner = Objects.requireNonNull(runner);
        this.formats = Objects.requireNonNull(formats);
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
            PlanCommand command = switch (column) {
                case ID, WBS, SLACK, RISKS -> throw new ValidationException(whyNotTyped(column));
                case NAME -> EditTaskFieldCommand.name(task.id(), value);
                case DURATION -> EditTaskFieldCommand.duration(task.id(), formats.parseDuration(plan, value));
                case START -> EditTaskFieldCommand.start(task.id(), parseDate(value));
                case FINISH -> EditTaskFieldCommand.finish(task.id(), parseDate(value));
                case PREDECESSORS -> predecessors(plan, task, value);
                case PERCENT -> EditTaskFieldCommand.percentComplete(task.id(), parsePercent(value));
                case OWNER -> owner(plan, task, value);
                case COST -> EditTaskFieldCommand.fixedCost(task.id(), parseMoney(value));
                case PHASE -> EditTaskFieldCommand.phase(task.id(), value);
                case NOTES -> EditTaskFieldCommand.notes(task.id(), text == null ? "" : text);
            };
            return command == null ? null : runner.run(command);
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

    private static PlanCommand owner(Plan plan, Task task, String value) {
        if (!value.isEmpty() && plan.role(value) == null) {
            throw new ValidationException("\"" + value + "\" is not a role of this plan; pick one from the list.");
        }
        return EditTaskFieldCommand.owner(task.id(), value.isEmpty() ? null : value);
    }

    static int parsePercent(String value) {
        String v = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        int percent;
        try {
            percent = (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw new ValidationException("% complete must be a number from 0 to 100, not \"" + value + "\".");
        }
        if (percent < 0 || percent > 100) {
            throw new ValidationException("% complete must be between 0 and 100, not " + value + ".");
        }
        return percent;
    }

    static BigDecimal parseMoney(String value) {
        String v = value.replace(",", "").replace(" ", "");
        if (v.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("A cost must be an amount such as 1200 or 1,200.50, not \"" + value + "\".");
        }
        if (amount.signum() < 0) {
            throw new ValidationException("A cost cannot be negative.");
        }
        return amount;
    }

    /** Accepts 2026-03-02, optionally after a weekday name as the sheet shows it; empty clears. */
    static LocalDate parseDate(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String v = value.matches("(?i)[a-z]{3}\\s+.*") ? value.substring(3).strip() : value;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException("A date must be written like 2026-03-02, not \"" + value + "\".");
        }
    }
}
