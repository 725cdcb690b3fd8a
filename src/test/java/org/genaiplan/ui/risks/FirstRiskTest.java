package org.genaiplan.ui.risks;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Risk;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PM opens the Risks tab of a new plan from the keyboard and types the first risk: the tab gives the
 * keyboard to the register, Insert adds a risk and opens its title, and what is typed next lands there.
 */
@ExtendWith(RobotExtension.class)
class FirstRiskTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    @Test
    void theFirstRiskIsTypedRightAfterInsert(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem())
                .isSameAs(bench.window().risksTab());

        robot.type(KeyCode.INSERT);
        robot.write("Data leak");
        robot.type(KeyCode.TAB);
        robot.write("4");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bench.editor().plan().risks()).extracting(Risk::title).containsExactly("Data leak");
        assertThat(bench.editor().plan().risks().getFirst().probability()).isEqualTo(4);
        assertThat(bench.editor().plan().taskCount()).as("no task was inserted instead").isZero();
    }
}
