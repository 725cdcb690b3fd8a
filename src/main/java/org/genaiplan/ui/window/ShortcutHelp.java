package org.genaiplan.ui.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts and Help > About. */
final class ShortcutHelp {
    private final String[][] shortcuts;

    /** @param shortcuts one row per key: the key, then what it does */
    ShortcutHelp(String[][] shortcuts) {
        this.shortcuts = shortcuts;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        for (int i = 0; i < shortcuts.length; i++) {
            Label key = new Label(shortcuts[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(shortcuts[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About GenAI Planner");
        alert.setHeaderText("GenAI Planner");
        alert.setContentText("An offline planner for Generative-AI and LLM projects: work breakdown, schedule, "
                + "risks and costs, kept in a file you own.");
        alert.show();
    }
}
