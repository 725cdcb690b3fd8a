package org.genaiplan.ui.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;

/**
 * What typing a date into a task's Start or Finish cell does, as in MS Project.
 *
 * <ul>
 * <li>A typed <b>Start</b> sets a start-no-earlier-than constraint; on a task with progress it sets the actual
 * start instead (not after today). It is refused when the task still cannot start that day (its predecessors,
 * its summary or the project's start hold it later).</li>
 * <li>A typed <b>Finish</b> sets a finish-no-earlier-than constraint: the task is held back so it finishes that
 * day. It is refused when the task cannot finish by then, and on a task with progress (its finish follows from
 * its actual start and duration). So a typed finish never moves the task the other way.</li>
 * <li>An empty cell removes the constraint on that end, if there is one.</li>
 * </ul>
 * A new constraint replaces the task's old one, and the message says so. Each entry is an {@link Action}: the
 * command, a check of its effect on the rescheduled plan (for {@code PlanEditor.execute(command, check)}), and
 * the sentence for the status bar once it took effect. An entry that changes nothing gives no action.
 */
public final class DateEntry {
    /** Text for a tooltip over the Start column. */
    public static final String START_HELP = "Typing a date (2026-11-02, Mon 2026-11-02 or your short date form) "
            + "means the task starts no earlier; on a task with progress it is the actual start. Clear it to "
            + "schedule freely.";
    /** Text for a tooltip over the Finish column. */
    public static final String FINISH_HELP = "Typing a date holds the task back so it finishes that day (finish no "
            + "earlier than); a date before it can finish is refused. Clear it to schedule freely.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

    /**
     * One typed date, ready to run.
     *
     * @param command what it changes
     * @param check   refuses, on the rescheduled plan, an entry that did not take effect
     * @param done    the sentence for the status bar when it took effect
     */
    public record Action(PlanCommand command, Consumer<Plan> check, String done) {
    }

    private DateEntry() {
    }

    /** A typed Start ({@code date} null when the cell was emptied); {@code today} bounds an actual start. */
    public static Optional<Action> start(Plan plan, Task task, LocalDate date, LocalDate today) {
        requireLeaf(task, "start");
        String name = quoted(task);
        if (task.percentComplete() > 0) {
            if (date == null) {
                throw new ValidationException(name + " has progress, so it keeps its actual start; set its % complete "
                        + "to 0 to clear it.");
            }
            if (date.isAfter(today)) {
                throw new ValidationException(name + " has progress, so its start is when work began, which cannot "
                        + "be after today (" + day(today) + ").");
            }
            if (task.actualStart() != null && task.actualStart().toLocalDate().equals(date)) {
                return Optional.empty();
            }
            return Optional.of(new Action(
                    EditTaskFieldCommand.actualStart(task.id(), date.atTime(plan.calendar().dayStart())),
                    p -> { }, "Actual start of " + name + " set to " + day(date) + ", as the task has progress."));
        }
        if (date == null) {
            return clear(task, "Start", ConstraintType.START_NO_EARLIER_THAN, ConstraintType.MUST_START_ON);
        }
        if (task.constraintType() == ConstraintType.START_NO_EARLIER_THAN && date.equals(task.constraintDate())) {
            return Optional.empty();
        }
        long id = task.id();
        return Optional.of(new Action(EditTaskFieldCommand.startNoEarlierThan(id, date),
                p -> checkStart(p, p.task(id), date),
                name + " starts no earlier than " + day(date) + " (a start-no-earlier-than constraint"
                        + replacing(task, ConstraintType.START_NO_EARLIER_THAN) + ")."));
    }

    /** A typed Finish ({@code date} null when the cell was emptied). */
    public static Optional<Action> finish(Plan plan, Task task, LocalDate date) {
        requireLeaf(task, "finish");
        String name = quoted(task);
        if (date == null) {
            return clear(task, "Finish", ConstraintType.FINISH_NO_EARLIER_THAN, ConstraintType.FINISH_NO_LATER_THAN);
        }
        if (task.percentComplete() > 0) {
            throw new ValidationException(name + " has started, so its finish follows from its actual start and "
                    + "duration; change its duration instead.");
        }
        if (task.constraintType() == ConstraintType.FINISH_NO_EARLIER_THAN && date.equals(task.constraintDate())) {
            return Optional.empty();
        }
        long id = task.id();
        return Optional.of(new Action(EditTaskFieldCommand.finishNoEarlierThan(id, date),
                p -> checkFinish(p, p.task(id), date),
                name + " finishes no earlier than " + day(date) + " (a finish-no-earlier-than constraint"
                        + replacing(task, ConstraintType.FINISH_NO_EARLIER_THAN) + ")."));
    }

    /** The task must start on the typed day, or on the first working day after it. */
    private static void checkStart(Plan plan, Task task, LocalDate date) {
        LocalDate wanted = workingDayFrom(plan.calendar(), date, 1);
        LocalDate start = task.start() == null ? null : task.start().toLocalDate();
        if (start == null || !start.isAfter(wanted)) {
            return;
        }
        String holder = date.isBefore(plan.startDate()) ? null
                : plan.predecessorsOf(task).isEmpty() ? "its summary task lets" : "its predecessors let";
        String why = holder == null ? "the project starts on " + day(plan.startDate())
                : holder + " it start on " + day(start) + " at the earliest";
        throw new ValidationException(quoted(task) + " cannot start on " + day(date) + " because " + why + ".");
    }

    /** The task must finish on the typed day, or on the last working day before it. */
    private static void checkFinish(Plan plan, Task task, LocalDate date) {
        LocalDate wanted = workingDayFrom(plan.calendar(), date, -1);
        LocalDate finish = task.finish() == null ? null : task.finish().toLocalDate();
        if (finish == null || !finish.isAfter(wanted)) {
            return;
        }
        throw new ValidationException(quoted(task) + " cannot finish on " + day(date) + ": the earliest it can "
                + "finish is " + day(finish) + "; shorten it or change its links to finish sooner.");
    }

    private static Optional<Action> clear(Task task, String field, ConstraintType... ofThisEnd) {
        for (ConstraintType type : ofThisEnd) {
            if (task.constraintType() == type) {
                return Optional.of(new Action(EditTaskFieldCommand.clearConstraint(task.id(), field), p -> { },
                        quoted(task) + " no longer has its " + label(type) + " date of " + day(task.constraintDate())
                                + "; it is scheduled as soon as its links allow."));
            }
        }
        return Optional.empty();
    }

    private static String replacing(Task task, ConstraintType type) {
        ConstraintType old = task.constraintType();
        return old == type || !old.needsDate() ? ""
                : ", replacing its " + label(old) + " date of " + day(task.constraintDate());
    }

    private static String label(ConstraintType type) {
        return switch (type) {
            case START_NO_EARLIER_THAN -> "start-no-earlier-than";
            case FINISH_NO_EARLIER_THAN -> "finish-no-earlier-than";
            case FINISH_NO_LATER_THAN -> "finish-no-later-than";
            case MUST_START_ON -> "must-start-on";
            case AS_SOON_AS_POSSIBLE -> "as-soon-as-possible";
        };
    }

    /** {@code date} when it is a working day, else the nearest working day after it (step 1) or before it (-1). */
    private static LocalDate workingDayFrom(WorkingCalendar calendar, LocalDate date, int step) {
        LocalDate d = date;
        for (int i = 0; i < 3660 && !calendar.isWorkingDay(d); i++) {
            d = d.plusDays(step);
        }
        return d;
    }

    private static void requireLeaf(Task task, String end) {
        if (task.hasChildren()) {
            throw new ValidationException("The " + end + " of a summary task comes from its subtasks.");
        }
    }

    private static String quoted(Task task) {
        return "\"" + task.name() + "\"";
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
