package org.genaiplan.ui.risks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.ui.TaskChoice;

/** Links one risk to the WBS tasks it threatens: every task by WBS code and name, ticked when linked. */
final class LinkPanel extends VBox {
    private final RiskRegisterViewModel viewModel;
    private final Runnable close;
    private final Label title = new Label();
    private final TextField search = new TextField();
    private final ListView<TaskChoice> list = new ListView<>();
    private final Set<Long> ticked = new LinkedHashSet<>();
    private List<TaskChoice> all = List.of();
    private long riskId;

    LinkPanel(RiskRegisterViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
        getStyleClass().add("side-panel");
        setId("linkPanel");
        title.getStyleClass().add("side-title");
        title.setWrapText(true);
        search.setPromptText("Filter tasks by code or name");
        search.setId("linkSearch");
        search.textProperty().addListener((obs, o, n) -> refresh());
        list.setId("linkList");
        list.setCellFactory(v -> new TaskCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                toggle(list.getSelectionModel().getSelectedItem().taskId());
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                apply();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button ok = new Button("Link");
        ok.setId("linkApply");
        ok.getStyleClass().add("default-button");
        ok.setOnAction(e -> apply());
        Button cancel = new Button("Close");
        cancel.setId("linkClose");
        cancel.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, cancel, ok);
        setSpacing(6);
        getChildren().addAll(title, search, list, buttons);
    }

    /** Shows the tasks for one risk, its current links ticked. */
    void show(RiskRowViewModel row) {
        riskId = row.riskId();
        title.setText("Tasks threatened by " + row.value(RiskColumn.ID) + " " + row.value(RiskColumn.TITLE));
        ticked.clear();
        ticked.addAll(viewModel.linkedTaskIds(riskId));
        all = viewModel.taskChoices();
        search.clear();
        refresh();
        list.requestFocus();
    }

    private void refresh() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        list.setItems(FXCollections.observableArrayList(all.stream()
                .filter(t -> q.isEmpty() || t.toString().toLowerCase(Locale.ROOT).contains(q)).toList()));
    }

    private void toggle(long taskId) {
        if (!ticked.remove(taskId)) {
            ticked.add(taskId);
        }
        list.refresh();
    }

    /** Ticks or unticks a task (as clicking its box would). */
    void setTicked(long taskId, boolean on) {
        if (on) {
            ticked.add(taskId);
        } else {
            ticked.remove(taskId);
        }
        list.refresh();
    }

    private void apply() {
        if (viewModel.link(riskId, List.copyOf(ticked))) {
            close.run();
        }
    }

    private final class TaskCell extends ListCell<TaskChoice> {
        private final CheckBox box = new CheckBox();

        TaskCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    toggle(getItem().taskId());
                }
            });
            box.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(TaskChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(ticked.contains(item.taskId()));
            Label code = new Label(item.wbsCode());
            code.getStyleClass().add("link-code");
            code.setMinWidth(44);
            HBox row = new HBox(6, box, code, new Label(item.name()));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
