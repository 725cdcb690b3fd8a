package org.genaiplan.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.testing.RobotExtension;
import org.genaiplan.ui.window.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A PM opens Issues > Lessons learned, adds a lesson and types what happened straight away; undo takes it back. */
@ExtendWith(RobotExtension.class)
class LessonsRobotTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    @Test
    void aLessonIsTypedRightAfterAddAndUndoneInOneStep(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Lessons learned");
        robot.clickOn("#lessonAdd");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Guidelines came late");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bench.editor().plan().lessons().lessons()).extracting(Lesson::whatHappened)
                .containsExactly("Guidelines came late");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.editor().plan().lessons().lessons()).extracting(Lesson::whatHappened)
                .containsExactly("What happened?");
    }
}
