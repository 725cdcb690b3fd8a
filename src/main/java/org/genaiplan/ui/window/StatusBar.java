package org.genaiplan.ui.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.kordamp.ikonli.javafx.FontIcon;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;

/** The bottom line: task count, selected task, last message, scheduling problems, save state, progress. */
public final class StatusBar extends HBox {
    private final Label tasks = new Label();
    private final Label selected = new Label();
    private final Label message = new Label();
    private final Hyperlink problem = new Hyperlink();
    private final Label saveState = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final javafx.scene.control.Tooltip lateTip = new javafx.scene.control.Tooltip();

    /** @param showLateTasks selects the late tasks (clicking the scheduling note when some are late) */
    public StatusBar(MainViewModel main, PlanSelection selection, Runnable showLateTasks) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        tasks.setId("statusTasks");
        selected.setId("statusSelected");
        message.setId("statusMessage");
        problem.setId("statusProblem");
        saveState.setId("statusSaveState");
        message.getStyleClass().add("status-message");
        problem.getStyleClass().add("status-problem");
        problem.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        saveState.getStyleClass().add("status-save-state");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(main.busyProperty());
        progress.managedProperty().bind(main.busyProperty());
        progress.progressProperty().bind(main.busyProgressProperty());
        Hyperlink cancel = new Hyperlink("Cancel");
        cancel.setId("statusCancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> main.cancelBackground());
        cancel.visibleProperty().bind(main.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        PlanEditor editor = main.editor();
        javafx.beans.property.ReadOnlyIntegerWrapper taskCount = new javafx.beans.property.ReadOnlyIntegerWrapper();
        editor.addChangeListener(change -> {
            if (change.structure()) {
                taskCount.set(editor.plan() == null ? 0 : editor.plan().taskCount());
            }
            boolean late = editor.lastReport() != null && !editor.lastReport().lateTaskIds().isEmpty();
            problem.setTooltip(late ? lateTip : null);
        });
        lateTip.setText("Click to show and select the late tasks.");
        problem.setOnAction(e -> showLateTasks.run());
        problem.setFocusTraversable(false);

        tasks.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = taskCount.get();
            return main.documentOpenProperty().get() ? (n == 1 ? "1 task" : n + " tasks") : "";
        }, taskCount, main.documentOpenProperty()));
        selected.textProperty().bind(Bindings.createStringBinding(() -> {
            Plan plan = editor.plan();
            Task t = plan == null ? null : plan.task(selection.focusedId());
            if (t == null) {
                return "";
            }
            int n = selection.selectedIds().size();
            String base = plan.wbsCode(t) + "  " + t.name();
            return n > 1 ? base + "  (+" + (n - 1) + " more)" : base;
        }, selection.focusedIdProperty(), selection.selectedIds(), editor.revisionProperty()));
        message.textProperty().bind(main.messageProperty());
        problem.textProperty().bind(editor.problemProperty());
        problem.visibleProperty().bind(editor.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        saveState.textProperty().bind(main.saveStateProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        message.setMinWidth(0);
        Separator afterTasks = new Separator(javafx.geometry.Orientation.VERTICAL);
        afterTasks.visibleProperty().bind(selected.textProperty().isNotEmpty());
        Separator afterSelected = new Separator(javafx.geometry.Orientation.VERTICAL);
        afterSelected.visibleProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(tasks, afterTasks, selected, afterSelected, message, spacer, problem, progress, saveState, cancel);
    }

    /** Puts a badge (such as the budget alert) just before the scheduling problem and the save state. */
    public void addBadge(javafx.scene.Node badge) {
        getChildren().add(getChildren().indexOf(problem), badge);
    }
}
