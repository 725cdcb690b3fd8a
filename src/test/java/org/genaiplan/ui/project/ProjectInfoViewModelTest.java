package org.genaiplan.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ProjectInfo;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Project information view-model without a window: fields, refusals, one undoable apply. */
class ProjectInfoViewModelTest {
    private final StringProperty message = new SimpleStringProperty("");
    private PlanEditor editor;
    private Plan plan;
    private Task work;
    private ProjectInfoViewModel vm;

    @BeforeEach
    void setUp() {
        plan = new Plan(Plan.UNTITLED, LocalDate.of(2026, 12, 21));
        work = plan.addTask(null, "Collect transcripts");
        work.setDurationMinutes(8 * 480);
        plan.changes().drain();
        editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), true);
        vm = ProjectInfoViewModel.create(editor, message);
    }

    @Test
    void showsThePlansValues() {
        assertThat(vm.nameProperty().get()).isEqualTo("Untitled plan");
        assertThat(vm.startProperty().get()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(vm.currencyProperty().get()).isEqualTo("USD");
        assertThat(vm.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(vm.hoursPerDayProperty().get()).isEqualTo("8");
        assertThat(vm.dayStartProperty().get()).isEqualTo("08:00");
        assertThat(vm.defaultDurationProperty().get()).isEqualTo("1d");
        assertThat(vm.exceptions()).isEmpty();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void holidaysAppliedInOneStepMoveTheWorkAndUndoPutsItBack() {
        LocalDateTime finishBefore = work.finish();
        vm.nameProperty().set("Support chatbot");
        vm.statusDateProperty().set(LocalDate.of(2026, 12, 23));
        vm.deadlineProperty().set(LocalDate.of(2027, 3, 31));
        vm.currencyProperty().set("eur");
        assertThat(vm.addException(LocalDate.of(2026, 12, 25), null, "Christmas Day")).isNull();
        assertThat(vm.addException(LocalDate.of(2027, 1, 1), null, "New Year's Day")).isNull();
        vm.defaultDurationProperty().set("3d");

        assertThat(vm.apply()).isNull();

        assertThat(plan.name()).isEqualTo("Support chatbot");
        assertThat(plan.currency()).isEqualTo("EUR");
        assertThat(plan.statusDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(plan.calendar().exceptions()).extracting(CalendarException::name)
                .containsExactly("Christmas Day", "New Year's Day");
        assertThat(plan.defaultDurationMinutes()).isEqualTo(3 * 480);
        assertThat(finishBefore).isEqualTo(LocalDateTime.of(2026, 12, 30, 16, 0));
        assertThat(work.finish()).as("no work on Christmas Day: one day later").isEqualTo(
                LocalDateTime.of(2026, 12, 31, 16, 0));
        assertThat(editor.undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Project Information");
        assertThat(editor.undoStack().size()).isEqualTo(1);

        editor.undo();
        assertThat(plan.name()).isEqualTo("Untitled plan");
        assertThat(plan.calendar().exceptions()).isEmpty();
        assertThat(work.finish()).isEqualTo(finishBefore);
    }

    @Test
    void hoursPerDayAndDefaultDurationReadTogether() {
        vm.hoursPerDayProperty().set("7.5");
        vm.defaultDurationProperty().set("2d");
        vm.workingDays().add(DayOfWeek.SATURDAY);
        vm.dayStartProperty().set("9:00");
        assertThat(vm.apply()).isNull();
        assertThat(plan.calendar().minutesPerDay()).isEqualTo(450);
        assertThat(plan.calendar().dayStart()).hasToString("09:00");
        assertThat(plan.calendar().workingDays()).contains(DayOfWeek.SATURDAY);
        assertThat(plan.defaultDurationMinutes()).isEqualTo(900);
    }

    @Test
    void badValuesAreExplainedAndChangeNothing() {
        ProjectInfo before = ProjectInfo.of(plan);
        vm.nameProperty().set(" ");
        assertThat(vm.problemProperty().get()).isEqualTo("A plan needs a name.");
        vm.nameProperty().set("Pilot");
        vm.deadlineProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(vm.problemProperty().get())
                .isEqualTo("The deadline (2026-12-01) is before the project start (2026-12-21).");
        vm.deadlineProperty().set(null);
        vm.hoursPerDayProperty().set("eight");
        assertThat(vm.problemProperty().get()).isEqualTo("Hours per day must be a number such as 8 or 7.5, not \"eight\".");
        vm.hoursPerDayProperty().set("25");
        assertThat(vm.problemProperty().get()).isEqualTo("Hours per day must be more than 0 and at most 24.");
        vm.hoursPerDayProperty().set("8");
        vm.workingDays().clear();
        assertThat(vm.problemProperty().get()).isEqualTo("Choose at least one working day a week.");
        vm.workingDays().addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        vm.defaultDurationProperty().set("0d");
        assertThat(vm.apply()).isEqualTo("The default duration for new tasks must be more than zero.");
        vm.defaultDurationProperty().set("1d");
        vm.currencyProperty().set("Euro");
        assertThat(vm.apply()).isEqualTo("A currency is a three-letter code such as USD or EUR.");
        assertThat(ProjectInfo.of(plan)).isEqualTo(before);
        assertThat(editor.undoStack().size()).isZero();
    }

    @Test
    void exceptionsAreCheckedAsTheyAreAdded() {
        assertThat(vm.addException(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Shutdown")).isNull();
        assertThat(vm.addException(LocalDate.of(2026, 12, 25), null, "Christmas"))
                .isEqualTo("The exceptions \"2026-12-24 to 2027-01-01 Shutdown\" and \"2026-12-25 Christmas\" overlap;"
                        + " merge them or change their dates.");
        assertThat(vm.addException(null, null, "")).isEqualTo("Choose the first day off.");
        assertThat(vm.addException(LocalDate.of(2026, 5, 1), null, "")).isNull();
        assertThat(vm.exceptions()).extracting(CalendarException::first)
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 24));
        assertThat(vm.removeException(5)).isEqualTo("Select an exception to remove.");
        assertThat(vm.removeException(0)).isNull();
        assertThat(vm.exceptions()).hasSize(1);
    }

    @Test
    void aRefusalByTheEditorIsShownAsTheProblem() {
        vm.nameProperty().set("Support chatbot");
        PlanSession session = editor.session();
        editor.setSession(null, true);
        assertThat(vm.apply()).isEqualTo("No plan is open.");
        assertThat(vm.problemProperty().get()).isEqualTo("No plan is open.");
        assertThat(message.get()).isEqualTo("No plan is open.");
        editor.setSession(session, true);
        vm.nameProperty().set("Support chatbot");
        assertThat(vm.apply()).isNull();
        assertThat(plan.name()).isEqualTo("Support chatbot");
    }

    @Test
    void applyingUnchangedValuesAddsNoUndoStep() {
        assertThat(vm.apply()).isNull();
        assertThat(editor.undoStack().size()).isZero();
    }

    @Test
    void newTasksTakeTheDefaultDuration() {
        vm.defaultDurationProperty().set("4h");
        assertThat(vm.apply()).isNull();
        var insert = new org.genaiplan.ui.command.InsertTaskCommand(0, 1, "Label", false, plan.defaultDurationMinutes());
        editor.execute(insert);
        assertThat(plan.task(insert.createdId()).durationMinutes()).isEqualTo(240);
        assertThat(plan.task(insert.createdId()).cost()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
