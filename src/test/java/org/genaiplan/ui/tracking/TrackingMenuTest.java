package org.genaiplan.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genaiplan.schedule.tracking.WorkedExample;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Project > Save baseline as one undoable step, then Project > Earned value on the worked example. */
@ExtendWith(RobotExtension.class)
class TrackingMenuTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        bench.editor().setSession(fixture.documents.session(WorkedExample.plan()), true);
    }

    @Test
    void aBaselineIsSavedUndoneAndRedoneAndEarnedValueShowsTheHandComputedFigures(FxRobot robot) {
        robot.clickOn("Project").clickOn("Save baseline\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField name = robot.lookup("#saveBaselineDialog .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("Baseline 1");
        robot.interact(() -> name.setText("Approved"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.editor().plan().tracking().baselines()).extracting(b -> b.name()).containsExactly("Approved");
        assertThat(bench.main().messageProperty().get()).isEqualTo("Saved baseline \u201cApproved\u201d: 2 tasks.");

        robot.interact(() -> bench.editor().undo());
        assertThat(bench.editor().plan().tracking().baselines()).isEmpty();
        robot.interact(() -> bench.editor().redo());
        assertThat(bench.editor().plan().tracking().comparedBaseline().name()).isEqualTo("Approved");

        robot.interact(() -> WorkedExample.recordProgress(bench.editor().plan()));
        robot.clickOn("Project").clickOn("Earned value\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".ev-heading").queryAs(Label.class).getText())
                .isEqualTo("Earned value at 2026-03-18 against baseline \u201cApproved\u201d");
        assertThat(robot.lookup("#evFigures .ev-value").queryAllAs(Label.class)).extracting(Label::getText)
                .startsWith("12,300.00", "100.00", "10,700.00", "100.00", "9,900.00", "100.00", "10,450.00",
                        "150.00", "-800.00", "0.00", "-550.00", "-50.00", "0.93", "1.00", "0.95", "0.67",
                        "12,850.00", "150.00");
        assertThat(robot.lookup(".ev-alert").queryAs(Label.class).getText())
                .isEqualTo("Spending in 2026-03 has reached 75 % of the month's forecast (84 %).");
        @SuppressWarnings("unchecked")
        TableView<TaskVariances.Row> tasks = robot.lookup("#evTasks").queryAs(TableView.class);
        assertThat(tasks.getItems()).extracting(TaskVariances.Row::name, TaskVariances.Row::finishVariance,
                TaskVariances.Row::ev).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Train", "0d", "8,300.00"),
                        org.assertj.core.groups.Tuple.tuple("Evaluate", "0d", "1,600.00"));
    }
}
