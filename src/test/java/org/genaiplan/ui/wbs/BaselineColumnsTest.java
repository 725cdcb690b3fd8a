package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.InsertTaskCommand;
import org.genaiplan.ui.command.SetTrackingCommand;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The WBS sheet's Baseline start, Baseline finish and Finish variance columns: hidden while the plan has no
 * baseline, shown once one is saved, and reading the compared baseline's dates and the slip since.
 */
@ExtendWith(RobotExtension.class)
class BaselineColumnsTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private TableColumn<?, ?> column(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<?> table = robot.lookup("#wbsSheet .wbs-sheet").queryAs(
                javafx.scene.control.TableView.class);
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void baselineColumnsShowOnceABaselineIsSavedAndReadItsDatesAndTheSlip(FxRobot robot) {
        Task[] task = new Task[1];
        robot.interact(() -> {
            bench.editor().execute(new InsertTaskCommand(0, 0, "Fine-tune", false, 2 * 480));
            task[0] = bench.editor().plan().roots().get(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(robot, "col-baseline_start").isVisible()).as("no baseline yet").isFalse();
        assertThat(column(robot, "col-finish_variance").isVisible()).isFalse();
        assertThat(bench.texts().text(bench.wbs().rows().row(task[0].id()), WbsColumn.BASELINE_FINISH)).isEmpty();

        robot.interact(() -> {
            Plan plan = bench.editor().plan();
            var baseline = BaselineCapture.of(plan, "Approved", LocalDateTime.of(2026, 3, 1, 9, 0));
            bench.editor().execute(new SetTrackingCommand("Save Baseline",
                    plan.tracking().withBaseline(baseline).comparedTo("Approved")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(robot, "col-baseline_start").isVisible()).isTrue();
        assertThat(column(robot, "col-baseline_finish").isVisible()).isTrue();
        assertThat(column(robot, "col-finish_variance").isVisible()).isTrue();
        var row = bench.wbs().rows().row(task[0].id());
        String finish = bench.texts().text(row, WbsColumn.FINISH);
        assertThat(bench.texts().text(row, WbsColumn.BASELINE_FINISH)).isEqualTo(finish);
        assertThat(bench.texts().text(row, WbsColumn.BASELINE_START))
                .isEqualTo(bench.texts().text(row, WbsColumn.START));
        assertThat(bench.texts().text(row, WbsColumn.FINISH_VARIANCE)).isEqualTo("0d");

        robot.interact(() -> bench.editor().execute(EditTaskFieldCommand.duration(task[0].id(), 5 * 480)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.texts().text(row, WbsColumn.BASELINE_FINISH)).as("the baseline keeps its finish")
                .isEqualTo(finish);
        assertThat(bench.texts().text(row, WbsColumn.FINISH_VARIANCE)).isEqualTo("+3d");

        robot.interact(() -> bench.editor().undo());
        robot.interact(() -> bench.editor().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(robot, "col-baseline_start").isVisible()).as("the baseline is gone again").isFalse();
    }
}
