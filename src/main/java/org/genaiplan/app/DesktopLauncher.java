package org.genaiplan.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.genaiplan.store.StoreHome;

/**
 * Starts the JavaFX window, passing on the file to open (the window reads it from
 * {@code getParameters().getUnnamed()}). When the app already runs, the file goes to that window instead.
 */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(Path file) {
        if (file != null && SingleInstance.forward(StoreHome.fromSystemProperties().root(), file)) {
            System.out.println("genaiplan: " + file + " opens in the running window");
            return;
        }
        GenaiPlanApp.beginAhead(file);
        if (file == null) {
            Application.launch(GenaiPlanApp.class);
        } else {
            Application.launch(GenaiPlanApp.class, file.toString());
        }
    }
}
