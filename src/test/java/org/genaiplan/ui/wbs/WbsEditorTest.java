package org.genaiplan.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.Workbench;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the WBS sheet with the keyboard as a PM would. */
@ExtendWith(ApplicationExtension.class)
class WbsEditorTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bench = fixture.start(stage);
    }

    private TreeTableView<TaskRowViewModel> table(FxRobot robot) {
        return bench.window().wbsView().table();
    }

    /** The visible rows as "code name". */
    private List<String> rows(FxRobot robot) {
        List<String> out = new ArrayList<>();
        TreeTableView<TaskRowViewModel> t = table(robot);
        for (int i = 0; i < t.getExpandedItemCount(); i++) {
            TreeItem<TaskRowViewModel> item = t.getTreeItem(i);
            out.add(item.getValue().wbsCode() + " " + item.getValue().name());
        }
        return out;
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private void typeName(FxRobot robot, String name) {
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(name);
        robot.type(KeyCode.ENTER);
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void buildsAThreeLevelWbsWithTheKeyboard(FxRobot robot) {
        robot.clickOn(table(robot));
        robot.type(KeyCode.INSERT);
        typeName(robot, "Data");
        robot.type(KeyCode.INSERT);
        typeName(robot, "Collect");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.type(KeyCode.INSERT);
        typeName(robot, "Transcripts");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.type(KeyCode.INSERT);
        typeName(robot, "Model");
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        chord(robot, KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);

        assertThat(rows(robot)).containsExactly("1 Data", "1.1 Collect", "1.1.1 Transcripts", "2 Model");
        assertThat(stage.getTitle()).isEqualTo("*Untitled \u2014 GenAI Planner");
    }
}
