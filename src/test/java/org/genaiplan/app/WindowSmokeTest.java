package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX reuses one stage; a window test that ran before may have bound its title.
        stage.titleProperty().unbind();
        new GenaiPlanApp().start(stage);
    }

    @Test
    void windowOpensWithTitle(FxRobot robot) {
        assertThat(stage.getTitle()).startsWith("GenAI Planner");
        assertThat(stage.isShowing()).isTrue();
    }
}
