package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Save / Don't Save / Cancel alert on closing the window with unsaved changes. */
@ExtendWith(RobotExtension.class)
class UnsavedChangesDialogTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bench = fixture.start(stage, FxDialogs::new);
    }

    @Test
    void thePromptOffersSaveDontSaveAndCancel(FxRobot robot) {
        robot.interact(() -> bench.wbs().insertTask());
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Save the changes to Untitled?").tryQuery()).isPresent();
        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Save", "Don't Save", "Cancel");
        robot.clickOn("Cancel");
        assertThat(stage.isShowing()).isTrue();
        assertThat(fixture.exited).isFalse();

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.exited).isTrue();
    }
}
