package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Task information (Shift+F2) shows the task's deadline on its Advanced tab and applies a new one with OK. */
@ExtendWith(RobotExtension.class)
class TaskInfoDialogTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Task task;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        Plan plan = new Plan("Chatbot", LocalDate.of(2026, 3, 2));
        Task phase = plan.addTask(null, "Evaluation");
        task = plan.addTask(phase, "Red-team the chatbot");
        task.setDurationMinutes(3 * 480);
        task.setDeadline(LocalDate.of(2026, 3, 20));
        plan.changes().drain();
        bench.editor().setSession(fixture.documents.session(plan), true);
    }

    private void openFor(FxRobot robot, Task t) {
        robot.interact(() -> bench.wbs().select(List.of(t.id())));
        // As Shift+F2 does; the dialog waits for OK, so it is opened later on the FX thread, not inside interact.
        javafx.application.Platform.runLater(() -> bench.window().wbsView().openTaskInfo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskInfoDialog").tryQuery()).as("Task information is open").isPresent();
        javafx.scene.control.TabPane tabs = robot.lookup("#taskInfoDialog .tab-pane")
                .queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(tab -> tab.getText().equals("Advanced")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DatePicker deadline(FxRobot robot) {
        return robot.lookup("#taskInfoDeadline").queryAs(DatePicker.class);
    }

    private void retype(FxRobot robot, String text) {
        robot.clickOn(deadline(robot).getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.DELETE);
        } else {
            robot.write(text);
        }
    }

    private void ok(FxRobot robot) {
        DialogPane pane = robot.lookup("#taskInfoDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDeadlineIsShownAndANewOneIsAppliedAsOneUndoableStep(FxRobot robot) {
        openFor(robot, task);
        assertThat(deadline(robot).getValue()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(deadline(robot).getEditor().getText()).isEqualTo("Fri 2026-03-20");

        retype(robot, "2026-04-03");
        ok(robot);

        assertThat(robot.lookup("#taskInfoDialog").tryQuery()).isEmpty();
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(bench.texts().text(bench.wbs().rows().row(task.id()), WbsColumn.DEADLINE))
                .isEqualTo("2026-04-03");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Edit Task Information");
        robot.interact(() -> bench.editor().undo());
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void clearingTheFieldRemovesTheDeadlineAndASummaryGetsOneToo(FxRobot robot) {
        openFor(robot, task);
        retype(robot, "");
        ok(robot);
        assertThat(task.deadline()).isNull();

        Task summary = task.parent();
        openFor(robot, summary);
        assertThat(deadline(robot).getValue()).isNull();
        assertThat(deadline(robot).isDisabled()).isFalse();
        retype(robot, "Mon 2026-03-09");
        ok(robot);
        assertThat(summary.deadline()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aDeadlineOutsideTheYearsOfAPlanKeepsTheDialogOpenWithTheReason(FxRobot robot) {
        openFor(robot, task);
        retype(robot, "1850-01-01");
        ok(robot);
        assertThat(robot.lookup("#taskInfoDialog").tryQuery()).isPresent();
        assertThat(robot.lookup(".dialog-refusal").queryAs(Label.class).getText())
                .isEqualTo("A deadline must lie in the years 1900 to 9999, not 1850-01-01.");
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 3, 20));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
