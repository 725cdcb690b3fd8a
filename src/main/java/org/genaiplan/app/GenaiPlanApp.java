package org.genaiplan.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.genaiplan.store.StoreHome;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class GenaiPlanApp extends Application {
    private SingleInstance openRequests;

    @Override
    public void start(Stage stage) {
        stage.setTitle("GenAI Planner");
        stage.getIcons().addAll(AppIcons.windowIcons());
        stage.setScene(new Scene(new Label("GenAI Planner"), 1200, 800));
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        files.stream().findFirst().map(Path::of).ifPresent(file -> showFile(stage, file));
        stage.show();
        openRequests = SingleInstance.tryListen(StoreHome.fromSystemProperties().root(),
                file -> Platform.runLater(() -> showFile(stage, file))).orElse(null);
    }

    // Placeholder until the main window opens plans: shows which file the launch asked for.
    private static void showFile(Stage stage, Path file) {
        stage.setTitle("GenAI Planner - " + file.toAbsolutePath());
        stage.toFront();
    }

    @Override
    public void stop() {
        if (openRequests != null) {
            openRequests.close();
        }
    }
}
