package org.genaiplan.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts and Help > About. */
final class ShortcutHelp {
    private static final String[][] SHORTCUTS = {
            {"Insert  or  Ctrl+Enter", "Insert a task below the selected one"},
            {"Ctrl+Shift+Enter", "Insert a child task"},
            {"Ctrl+Shift+M", "Insert a milestone"},
            {"Delete", "Delete the selected tasks with their subtasks"},
            {"Alt+Shift+Right / Left", "Indent / outdent"},
            {"Alt+Shift+Up / Down", "Move up / down among siblings"},
            {"F2", "Edit the selected cell"},
            {"Enter", "Commit the edit and go to the row below"},
            {"Esc", "Cancel the edit"},
            {"Ctrl+Z", "Undo"},
            {"Ctrl+Y  or  Ctrl+Shift+Z", "Redo"},
            {"Ctrl+X / C / V", "Cut / copy / paste rows"},
            {"Ctrl+F", "Find a task by name"},
            {"Ctrl+N / O / S", "New / open / save a plan"},
            {"Ctrl+Shift+S", "Save as"},
            {"Ctrl+E", "Export the plan as an Excel workbook"},
            {"Ctrl+W", "Close the plan"},
            {"Ctrl+1 / 2 / 3 / 4", "WBS / Gantt / Risks / Costs"},
            {"Delete (Costs tab)", "Remove the selected cost line"},
    };

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
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
