package org.genaiplan.ui.risks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.templates.RiskCategory;
import org.genaiplan.templates.RiskLibraryEntry;

/**
 * "Add from library": search the starter GenAI risks by text and category, tick several (Space ticks
 * the selected row), and add them all as one undoable action.
 */
final class LibraryPanel extends VBox {
    private final RiskRegisterViewModel viewModel;
    private final Runnable close;
    private final TextField search = new TextField();
    private final ComboBox<RiskCategory> category = new ComboBox<>();
    private final ListView<RiskLibraryEntry> list = new ListView<>();
    private final Set<String> ticked = new LinkedHashSet<>();
    private final Button add = new Button();

    LibraryPanel(RiskRegisterViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
        getStyleClass().add("side-panel");
        setId("libraryPanel");
        Label title = new Label("Add risks from the library");
        title.getStyleClass().add("side-title");

        search.setPromptText("Search the library");
        search.setId("librarySearch");
        search.textProperty().addListener((obs, o, n) -> refresh());
        category.setId("libraryCategory");
        category.getItems().add(null);
        category.getItems().addAll(viewModel.library().categories());
        category.setPromptText("All categories");
        category.setMaxWidth(Double.MAX_VALUE);
        category.setButtonCell(categoryCell());
        category.setCellFactory(v -> categoryCell());
        category.valueProperty().addListener((obs, o, n) -> refresh());

        list.setId("libraryList");
        list.setCellFactory(v -> new EntryCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                toggle(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                addTicked();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        add.setId("libraryAdd");
        add.getStyleClass().add("default-button");
        add.setOnAction(e -> addTicked());
        Button cancel = new Button("Close");
        cancel.setId("libraryClose");
        cancel.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, cancel, add);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        setSpacing(6);
        getChildren().addAll(title, search, category, list, buttons);
        refresh();
    }

    private static ListCell<RiskCategory> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RiskCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "All categories" : item.name());
            }
        };
    }

    void focusSearch() {
        search.requestFocus();
    }

    private void refresh() {
        RiskCategory c = category.getValue();
        ObservableList<RiskLibraryEntry> found = FXCollections.observableArrayList(
                viewModel.library().search(search.getText(), c == null ? null : c.id()));
        list.setItems(found);
        updateButton();
    }

    private void toggle(RiskLibraryEntry e) {
        if (!ticked.remove(e.id())) {
            ticked.add(e.id());
        }
        list.refresh();
        updateButton();
    }

    /** Ticks the entries with these ids (as clicking their boxes would). */
    void tick(String... ids) {
        for (String id : ids) {
            ticked.add(id);
        }
        list.refresh();
        updateButton();
    }

    private void updateButton() {
        add.setText(ticked.isEmpty() ? "Add" : "Add " + ticked.size());
        add.setDisable(ticked.isEmpty());
    }

    private void addTicked() {
        List<RiskLibraryEntry> chosen = new ArrayList<>();
        for (String id : ticked) {
            viewModel.library().find(id).ifPresent(chosen::add);
        }
        if (!viewModel.addFromLibrary(chosen).isEmpty()) {
            ticked.clear();
            list.refresh();
            updateButton();
            close.run();
        }
    }

    private final class EntryCell extends ListCell<RiskLibraryEntry> {
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();

        EntryCell() {
            name.getStyleClass().add("library-title");
            detail.getStyleClass().add("library-detail");
            box.setFocusTraversable(false);
            box.setOnAction(e -> {
                if (getItem() != null) {
                    toggle(getItem());
                }
            });
        }

        @Override
        protected void updateItem(RiskLibraryEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.setSelected(ticked.contains(item.id()));
            name.setText(item.title());
            detail.setText(item.category().name() + "  \u00b7  P" + item.probability() + " \u00d7 I" + item.impact()
                    + " = " + item.score() + "  \u00b7  " + RiskColumn.label(item.strategy()));
            VBox text = new VBox(1, name, detail);
            HBox row = new HBox(6, box, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            Tooltip tip = new Tooltip(item.statement() + "\n\nMitigation: " + item.mitigation());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }
}
