package org.genaiplan.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX window, passing on the file to open. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(Path file) {
        if (file == null) {
            Application.launch(GenaiPlanApp.class);
        } else {
            Application.launch(GenaiPlanApp.class, file.toString());
        }
    }
}
