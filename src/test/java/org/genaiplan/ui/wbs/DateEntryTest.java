package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.command.TaskInputs;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typing dates into the Start and Finish cells, through the sheet's view-model (no window). The plan starts
 * Monday 1 January 2024 (in the past, so that
 * actual starts may be typed); A (3d) then B (2d, Thu 4th - Fri 5th); C (1d) has no links; the summary
 * Launch follows B, and its subtask D (1d) starts Monday 8th.
 */
class DateEntryTest {
    private final StringProperty message = new SimpleStringProperty("");
    private final MemoryDocuments documents = new MemoryDocuments();
    private PlanEditor editor;
    private CellEdits edits;
    private org.genaiplan.ui.rows.VisibleRows rows;
    private Plan plan;
    private Task a;
    private Task b;
    private Task c;
    private Task d;

    @BeforeEach
    void setUp() {
        plan = new Plan("Dates", LocalDate.of(2024, 1, 1));
        a = plan.addTask(null, "A");
        a.setDurationMinutes(3 * 480);
        b = plan.addTask(null, "B");
        b.setDurationMinutes(2 * 480);
        c = plan.addTask(null, "C");
        c.setDurationMinutes(480);
        plan.addDependency(Dependency.finishToStart(a.id(), b.id()));
        Task summary = plan.addTask(null, "Launch");
        d = plan.addTask(summary, "D");
        d.setDurationMinutes(480);
        plan.addDependency(Dependency.finishToStart(b.id(), summary.id()));
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(documents.session(plan), true);
        rows = new org.genaiplan.ui.rows.VisibleRows(editor);
        edits = new CellEdits(new org.genaiplan.ui.CommandRunner(editor, message), new ScheduleFormats(), LocalDate::now,
                unknown -> java.util.Optional.empty());
    }

    private String type(Task task, WbsColumn column, String text) {
        return edits.edit(rows.row(task.id()), column, text);
    }

    private static LocalDate day(Task task, boolean start) {
        return (start ? task.start() : task.finish()).toLocalDate();
    }

    /** Asserts the entry was refused with {@code why} and changed nothing: plan, undo history, store. */
    private void assertRefused(Task task, WbsColumn column, String text, String why) {
        TaskInputs before = TaskInputs.of(task);
        LocalDateTime start = task.start();
        LocalDateTime finish = task.finish();
        int steps = editor.undoStack().size();
        String undo = editor.undoStack().undoTextProperty().get();
        int commits = documents.commits;
        long revision = editor.revisionProperty().get();

        assertThat(type(task, column, text)).isEqualTo(why);

        assertThat(message.get()).isEqualTo(why);
        assertThat(TaskInputs.of(task)).isEqualTo(before);
        assertThat(task.start()).isEqualTo(start);
        assertThat(task.finish()).isEqualTo(finish);
        assertThat(editor.undoStack().size()).as("no undo step").isEqualTo(steps);
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo(undo);
        assertThat(documents.commits).as("nothing committed").isEqualTo(commits);
        assertThat(editor.revisionProperty().get()).isEqualTo(revision);
    }

    @Test
    void aTypedStartPinsTheTaskAndSaysSo() {
        assertThat(type(c, WbsColumn.START, "2024-01-10")).isNull();

        assertThat(c.constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(message.get()).isEqualTo("\"C\" starts no earlier than Wed 2024-01-10 (a start-no-earlier-than "
                + "constraint).");
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Start");
    }

    @Test
    void aStartOnAWeekendStartsTheNextWorkingDayAndTheSheetsFormIsAccepted() {
        assertThat(type(c, WbsColumn.START, "Sat 2024-01-06")).isNull();
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 8));
    }

    @Test
    void aStartOnATaskWithProgressIsItsActualStart() {
        assertThat(type(c, WbsColumn.PERCENT, "50%")).isNull();
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 1));

        assertThat(type(c, WbsColumn.START, "2024-01-03")).isNull();

        assertThat(c.actualStart()).isEqualTo(LocalDateTime.of(2024, 1, 3, 8, 0));
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(c.constraintType()).as("no constraint on a task that has begun")
                .isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
        assertThat(message.get()).isEqualTo("Actual start of \"C\" set to Wed 2024-01-03, as the task has progress.");
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Actual Start");
        assertThat(editor.undo()).isTrue();
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void anActualStartAfterTodayIsRefused() {
        assertThat(type(c, WbsColumn.PERCENT, "50")).isNull();
        LocalDate later = LocalDate.now().plusDays(30);
        assertRefused(c, WbsColumn.START, later.toString(), "\"C\" has progress, so its start is when work began, "
                + "which cannot be after today (" + java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd",
                        java.util.Locale.ENGLISH).format(LocalDate.now()) + ").");
        assertRefused(c, WbsColumn.START, "", "\"C\" has progress, so it keeps its actual start; set its % complete "
                + "to 0 to clear it.");
    }

    @Test
    void aStartThePredecessorsOverruleIsRefusedWithoutAnUndoStep() {
        assertThat(day(b, true)).isEqualTo(LocalDate.of(2024, 1, 4));
        assertRefused(b, WbsColumn.START, "2024-01-02", "\"B\" cannot start on Tue 2024-01-02 because its "
                + "predecessors let it start on Thu 2024-01-04 at the earliest.");
        assertRefused(c, WbsColumn.START, "2023-12-25", "\"C\" cannot start on Mon 2023-12-25 because the project "
                + "starts on Mon 2024-01-01.");
        assertRefused(d, WbsColumn.START, "2024-01-03", "\"D\" cannot start on Wed 2024-01-03 because its summary "
                + "task lets it start on Mon 2024-01-08 at the earliest.");
        assertThat(type(b, WbsColumn.START, "2024-01-04")).as("the day the links allow is fine").isNull();
    }

    @Test
    void aTypedFinishHoldsTheTaskBackAndReplacesTheStartPin() {
        assertThat(type(c, WbsColumn.START, "2024-01-10")).isNull();
        int steps = editor.undoStack().size();

        assertThat(type(c, WbsColumn.FINISH, "2024-01-12")).isNull();

        assertThat(c.constraintType()).isEqualTo(ConstraintType.FINISH_NO_EARLIER_THAN);
        assertThat(day(c, false)).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(day(c, true)).as("later, never earlier").isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(message.get()).isEqualTo("\"C\" finishes no earlier than Fri 2024-01-12 (a finish-no-earlier-than "
                + "constraint, replacing its start-no-earlier-than date of Wed 2024-01-10).");
        assertThat(editor.undoStack().size()).isEqualTo(steps + 1);
        assertThat(editor.undo()).isTrue();
        assertThat(c.constraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void aFinishOnAWeekendFinishesTheFridayBefore() {
        assertThat(type(b, WbsColumn.FINISH, "2024-01-13")).isNull();
        assertThat(day(b, false)).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(day(b, true)).isEqualTo(LocalDate.of(2024, 1, 11));
    }

    @Test
    void aFinishBeforeTheTaskCanFinishIsRefusedWithoutAnUndoStep() {
        assertRefused(b, WbsColumn.FINISH, "2024-01-03", "\"B\" cannot finish on Wed 2024-01-03: the earliest it "
                + "can finish is Fri 2024-01-05; shorten it or change its links to finish sooner.");
        assertThat(b.constraintType()).isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
    }

    @Test
    void aFinishOnATaskWithProgressIsRefused() {
        assertThat(type(c, WbsColumn.PERCENT, "50")).isNull();
        assertRefused(c, WbsColumn.FINISH, "2024-01-17", "\"C\" has started, so its finish follows from its actual "
                + "start and duration; change its duration instead.");
    }

    @Test
    void typingTheSameDateAgainOrEmptyingAnUnpinnedCellLeavesNoUndoStep() {
        assertThat(type(c, WbsColumn.START, "2024-01-10")).isNull();
        int steps = editor.undoStack().size();

        assertThat(type(c, WbsColumn.START, "Wed 2024-01-10")).isNull();
        assertThat(type(c, WbsColumn.FINISH, "")).isNull();
        assertThat(type(a, WbsColumn.START, "")).isNull();

        assertThat(editor.undoStack().size()).isEqualTo(steps);
    }

    @Test
    void emptyingTheCellRemovesTheConstraintOfThatEnd() {
        assertThat(type(c, WbsColumn.FINISH, "2024-01-12")).isNull();

        assertThat(type(c, WbsColumn.FINISH, " ")).isNull();

        assertThat(c.constraintType()).isEqualTo(ConstraintType.AS_SOON_AS_POSSIBLE);
        assertThat(day(c, true)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(message.get()).isEqualTo("\"C\" no longer has its finish-no-earlier-than date of Fri 2024-01-12; "
                + "it is scheduled as soon as its links allow.");
    }

    @Test
    void aDateThatCannotBeReadIsRefused() {
        assertRefused(c, WbsColumn.START, "soon", message("Start"));
        assertRefused(c, WbsColumn.FINISH, "2024-02-30", "Finish must be a day of the calendar; there is no "
                + "2024-02-30.");
    }

    private static String message(String field) {
        try {
            org.genaiplan.ui.input.CellInput.date("soon", field);
            throw new AssertionError("\"soon\" was read as a date");
        } catch (org.genaiplan.model.ValidationException e) {
            return e.getMessage();
        }
    }

    @Test
    void otherCellsShareTheGridsInputRules() {
        assertThat(type(c, WbsColumn.COST, "$1,250.50")).isNull();
        assertThat(c.fixedCost()).isEqualByComparingTo("1250.50");
        assertThat(type(c, WbsColumn.PERCENT, "40 %")).isNull();
        assertThat(c.percentComplete()).isEqualTo(40);
        assertRefused(c, WbsColumn.COST, "12,5", "The cost must use a dot for decimals and commas only between "
                + "thousands (1,250.50), not \"12,5\".");
        assertThat(type(c, WbsColumn.COST, "")).isNull();
        assertThat(c.fixedCost()).isEqualByComparingTo("0");
    }
}
