package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.genaiplan.model.Task;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The triangle before a summary task's name points down while its branch is open and turns to the right
 * when it is closed, whether the branch is closed by the triangle or by a command; a task without subtasks
 * shows none and keeps its name in line.
 */
@ExtendWith(RobotExtension.class)
class OutlineToggleTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private Node toggle(FxRobot robot, int row) {
        return robot.lookup(".wbs-sheet .outline-toggle").queryAll().stream()
                .filter(n -> ((WbsCell) n.getParent()).getIndex() == row)
                .findFirst().orElseThrow();
    }

    @Test
    void theTriangleTurnsWhenItsBranchClosesAndOpens(FxRobot robot) {
        long[] ids = new long[2];
        robot.interact(() -> {
            bench.wbs().insertTask();
            bench.wbs().insertTask();
            List<Task> roots = bench.editor().plan().roots();
            ids[0] = roots.get(0).id();
            ids[1] = roots.get(1).id();
            bench.wbs().select(List.of(ids[1]));
            bench.wbs().indent();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node summary = toggle(robot, 0);
        Node leaf = toggle(robot, 1);
        assertThat(summary.getRotate()).as("open").isZero();
        assertThat(summary.getOpacity()).isEqualTo(1.0);
        assertThat(leaf.getOpacity()).as("no triangle on a task without subtasks").isZero();
        assertThat(leaf.isMouseTransparent()).isTrue();

        robot.clickOn(summary);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.wbs().rows().rowCount()).as("the branch closed").isEqualTo(1);
        assertThat(toggle(robot, 0).getRotate()).as("closed").isEqualTo(-90.0);

        robot.interact(() -> bench.wbs().expandAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.wbs().rows().rowCount()).isEqualTo(2);
        assertThat(toggle(robot, 0).getRotate()).as("open again").isZero();
    }
}
