package org.genaiplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
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

    @Start
    void start(Stage stage) {
        red.setFill(Color.RED);
        blue.setFill(Color.BLUE);
        stage.setScene(new Scene(new Pane(red, blue), 400, 300, Color.WHITE));
        stage.setX(37);
        stage.setY(23);
        stage.show();
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
        assertThat(shot.getPixelReader().getColor(40, 30)).isEqualTo(Color.RED);
        assertThat(shot.getPixelReader().getColor(159, 109)).isEqualTo(Color.RED);
        assertThat(shot.getPixelReader().getColor(160, 110)).isEqualTo(Color.WHITE);
        assertThat(shot.getPixelReader().getColor(39, 30)).isEqualTo(Color.WHITE);
        assertThat(shot.getPixelReader().getColor(230, 170)).isEqualTo(Color.BLUE);
        assertThat(shot.getPixelReader().getColor(399, 299)).isEqualTo(Color.WHITE);
    }
}
