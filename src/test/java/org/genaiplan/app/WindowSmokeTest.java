package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.FxDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(RobotExtension.class)
class WindowSmokeTest {
    private Stage stage;
    private org.genaiplan.ui.window.Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("genaiplan-smoke");
        bench = new GenaiPlanApp().start(stage, new StoreHome(home),
                Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), FxDialogs::new, null);
    }

    @Test
    void windowOpensWithTitle(FxRobot robot) throws Exception {
        FirstPlan.await(bench);
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2014 GenAI Planner");
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#wbsSheet").tryQuery()).isPresent();
        assertThat(robot.lookup("#menuBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#toolBar").tryQuery()).isPresent();
    }
}
