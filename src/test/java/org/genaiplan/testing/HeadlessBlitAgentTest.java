package org.genaiplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The test JVMs' {@link HeadlessBlitAgent}: it knows this JavaFX's headless window, and the screen still shows what was drawn. */
@ExtendWith(ApplicationExtension.class)
class HeadlessBlitAgentTest {
    private final Rectangle red = new Rectangle(40, 30, 120, 80);
    private final Rectangle blue = new Rectangle(200, 150, 60, 40);

    /** A window of its own: TestFX hands every test the same primary stage, and the other tests expect its size. */
    private Stage own;

    @Start
    void start(Stage primary) {
        red.setFill(Color.RED);
        blue.setFill(Color.BLUE);
        Pane root = new Pane(red, blue);
        root.setStyle("-fx-background-color: white;"); // over any style sheet another test left behind
        own = new Stage();
        own.setScene(new Scene(root, 400, 300, Color.WHITE));
        own.setX(37);
        own.setY(23);
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void rewritesTheBlitOfThisJavaFxsHeadlessWindow() throws Exception {
        Module graphics = ModuleLayer.boot().findModule("javafx.graphics").orElseThrow();
        byte[] original;
        try (InputStream in = graphics.getResourceAsStream(HeadlessBlitAgent.TARGET + ".class")) {
            original = in.readAllBytes();
        }
        assertThat(HeadlessBlitAgent.rewrite(original)).as("the blit of JavaFX " + System.getProperty("javafx.version")
                + " has the shape the agent rewrites").isNotNull();
    }

    @Test
    void theScreenShowsEveryPixelWhereItWasDrawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = robot.capture(red.getScene().getRoot()).getImage();
        // a few pixels in from each edge, so a capture a pixel off still reads the same colours
        assertThat(shot.getPixelReader().getColor(44, 34)).isEqualTo(Color.RED);
        assertThat(shot.getPixelReader().getColor(155, 105)).isEqualTo(Color.RED);
        assertThat(shot.getPixelReader().getColor(165, 115)).isEqualTo(Color.WHITE);
        assertThat(shot.getPixelReader().getColor(35, 34)).isEqualTo(Color.WHITE);
        assertThat(shot.getPixelReader().getColor(230, 170)).isEqualTo(Color.BLUE);
        assertThat(shot.getPixelReader().getColor(390, 290)).isEqualTo(Color.WHITE);
    }
}
