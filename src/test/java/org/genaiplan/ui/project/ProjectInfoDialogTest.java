package org.genaiplan.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Project information dialog driven as a PM would: type, toggle a weekday, add two holidays, OK. */
@ExtendWith(RobotExtension.class)
class ProjectInfoDialogTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Stage stage;
    private ProjectInfoDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bench = fixture.start(stage);
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ProjectInfoDialog(ProjectInfoViewModel.create(bench.editor(), bench.main().messageProperty()),
                    true);
            dialog.initOwner(stage);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replace(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts text into a control of the dialog without typing it key by key (the robot types slowly). */
    private void set(FxRobot robot, TextField field, String text) {
        robot.interact(() -> field.setText(text));
    }

    private void addDayOff(FxRobot robot, String from, String to, String name) {
        replace(robot, robot.lookup("#exceptionFrom").queryAs(DatePicker.class).getEditor(), from);
        replace(robot, robot.lookup("#exceptionTo").queryAs(DatePicker.class).getEditor(), to);
        replace(robot, robot.lookup("#exceptionName").queryAs(TextField.class), name);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typedInformationWithTwoHolidaysIsAppliedAsOneUndoableStep(FxRobot robot) {
        open(robot);
        assertThat(dialog.getHeaderText()).startsWith("Set up the new plan");
        replace(robot, robot.lookup("#projectName").queryAs(TextField.class), "Support chatbot");
        DatePicker start = robot.lookup("#projectStart").queryAs(DatePicker.class);
        set(robot, start.getEditor(), "2026-12-21");
        robot.clickOn("#workingDaySat");
        set(robot, robot.lookup("#projectHoursPerDay").queryAs(TextField.class), "7.5");
        set(robot, robot.lookup("#projectDefaultDuration").queryAs(TextField.class), "3d");
        addDayOff(robot, "2026-12-25", "", "Christmas");
        robot.interact(() -> {
            robot.lookup("#exceptionFrom").queryAs(DatePicker.class).getEditor().setText("2026-12-31");
            robot.lookup("#exceptionTo").queryAs(DatePicker.class).getEditor().setText("2027-01-01");
            robot.lookup("#exceptionName").queryAs(TextField.class).setText("New Year");
            robot.lookup("#exceptionAdd").queryButton().fire();
        });
        TableView<?> table = robot.lookup("#projectExceptions").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        robot.clickOn("#projectInfoOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(plan().name()).isEqualTo("Support chatbot");
        assertThat(plan().startDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(plan().calendar().workingDays()).contains(DayOfWeek.SATURDAY);
        assertThat(plan().calendar().minutesPerDay()).isEqualTo(450);
        assertThat(plan().defaultDurationMinutes()).isEqualTo(3 * 450);
        assertThat(plan().calendar().exceptions()).containsExactly(
                new CalendarException(LocalDate.of(2026, 12, 25), null, "Christmas"),
                new CalendarException(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), "New Year"));
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Project Information");
        robot.interact(() -> bench.editor().undo());
        assertThat(plan().calendar().exceptions()).isEmpty();
        assertThat(plan().name()).isEqualTo("Untitled plan");
    }

    @Test
    void okWaitsUntilEveryValueCanBeUsedAndSaysWhy(FxRobot robot) {
        open(robot);
        replace(robot, robot.lookup("#projectHoursPerDay").queryAs(TextField.class), "30");
        Button ok = robot.lookup("#projectInfoOk").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#projectProblem").queryAs(Label.class).getText())
                .isEqualTo("Hours per day must be more than 0 and at most 24.");
        robot.interact(() -> {
            robot.lookup("#exceptionFrom").queryAs(DatePicker.class).getEditor().setText("2027-01-05");
            robot.lookup("#exceptionTo").queryAs(DatePicker.class).getEditor().setText("2027-01-04");
            robot.lookup("#exceptionAdd").queryButton().fire();
        });
        assertThat(robot.lookup("#exceptionError").queryAs(Label.class).getText())
                .isEqualTo("An exception cannot end (2027-01-04) before it starts (2027-01-05).");
        set(robot, robot.lookup("#projectHoursPerDay").queryAs(TextField.class), "8");
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(() -> dialog.close());
        assertThat(bench.editor().undoStack().size()).isZero();
    }
}
