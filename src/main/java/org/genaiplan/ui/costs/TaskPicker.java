package org.genaiplan.ui.costs;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.genaiplan.ui.TaskChoice;

/**
 * Picks the task whose cost lines the Costs tab shows: every task as "1.2.3  Name", searched by any part of
 * its WBS code or name (ControlsFX {@link SearchableComboBox}: type to filter, arrows to move, Enter to
 * pick, Esc to go back). It follows the task selected in the WBS, and a task picked here is selected there.
 * While the list is open the arrows only move through it; the pick counts when it closes.
 */
final class TaskPicker extends SearchableComboBox<TaskChoice> {
    private final CostLinesViewModel viewModel;
    private boolean following;

    TaskPicker(CostLinesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("costTaskPicker");
        getStyleClass().add("cost-task-picker");
        setPromptText("Pick a task: type its WBS code or name");
        setTooltip(new Tooltip("The task whose cost lines are shown. Type part of its WBS code or name to find it;"
                + " Enter picks it and selects it in the WBS too."));
        setVisibleRowCount(12);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskChoice choice) {
                return choice == null ? "" : choice.toString();
            }

            @Override
            public TaskChoice fromString(String text) {
                return null;
            }
        });
        setItems(viewModel.taskChoices());
        // The list of tasks is brought up to date only when it is about to be used.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> viewModel.updateTaskChoices());
        focusedProperty().addListener((obs, o, n) -> {
            if (n) {
                viewModel.updateTaskChoices();
            }
        });
        setOnShowing(e -> viewModel.updateTaskChoices());

        follow(viewModel.shownTaskProperty().get());
        viewModel.shownTaskProperty().addListener((obs, o, n) -> follow(n));
        valueProperty().addListener((obs, o, n) -> {
            if (!following && !isShowing()) {
                pick(n);
            }
        });
        showingProperty().addListener((obs, o, n) -> {
            if (!n) {
                pick(getValue());
                // Esc, or a search that left nothing chosen: show the task that is shown again.
                if (getValue() == null) {
                    follow(viewModel.shownTaskProperty().get());
                }
            }
        });
    }

    /** Shows the task the view-model shows (the WBS selection), without picking it again. */
    private void follow(TaskChoice shown) {
        following = true;
        try {
            setValue(shown);
        } finally {
            following = false;
        }
    }

    private void pick(TaskChoice choice) {
        TaskChoice shown = viewModel.shownTaskProperty().get();
        if (choice != null && (shown == null || shown.taskId() != choice.taskId())) {
            viewModel.showTask(choice.taskId());
        }
    }
}
