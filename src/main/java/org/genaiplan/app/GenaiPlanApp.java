package org.genaiplan.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class GenaiPlanApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("GenAI Planner");
        stage.setScene(new Scene(new Label("GenAI Planner"), 1200, 800));
        stage.show();
    }
}
