package org.genaiplan.ui.window;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window's scene. The app shows its stage at once with an {@link #empty} scene of the window's size and
 * builds the window behind it; {@link #of} then puts the window into that scene instead of making another.
 */
public final class WindowScene {
    static final double WIDTH = 1320;
    static final double HEIGHT = 820;
    private static final String EMPTY = "empty-window";

    private WindowScene() {
    }

    /** An empty scene of the window's size, to show a stage while the window is built. */
    public static Scene empty() {
        StackPane empty = new StackPane();
        empty.getStyleClass().add(EMPTY);
        return new Scene(empty, WIDTH, HEIGHT);
    }

    /** The scene for {@code root} in {@code stage}: its {@link #empty} scene if it shows one, else a new one. */
    static Scene of(Stage stage, Parent root) {
        Scene scene = stage.getScene();
        if (scene != null && scene.getRoot().getStyleClass().contains(EMPTY)) {
            scene.setRoot(root);
            return scene;
        }
        return new Scene(root, WIDTH, HEIGHT);
    }

    /** Runs {@code then} once {@code stage} is on screen, after what is queued for the JavaFX thread by then. */
    static void whenShown(Stage stage, Runnable then) {
        if (stage.isShowing()) {
            then.run();
            return;
        }
        stage.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                if (now) {
                    showing.removeListener(this);
                    Platform.runLater(then);
                }
            }
        });
    }
}
