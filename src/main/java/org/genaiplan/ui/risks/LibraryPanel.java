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
import org.kordamp.ikonli.javafx.FontIcon;
import org.genaiplan.templates.RiskCategory;
import org.genaiplan.templates.RiskLibraryEntry;

/**
 * "Add from library": search the starter GenAI risks by text and category, tick several (Space ticks
 * the selected row), and add them all as one undoable action. Titles wrap to the panel's width; an entry
 * already in the register says so, and adding it again asks first ({@link DuplicateWarning}).
 */
final class LibraryPanel extends VBox {
    private final RiskRegisterViewModel viewModel;
    private final Runnable close;
    private final TextField search = new TextField();
    private final ComboBox<RiskCategory> category = new ComboBox<>();
    private final ListView<RiskLibraryEntry> list = new ListView<>();
    private final Set<String> ticked = new LinkedHashSet<>();
    private final Button add = new Button();
    private final DuplicateWarning warning;

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
        list.getStyleClass().add("library-list");
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
        add.setTooltip(new Tooltip("Add the ticked risks to the register (Enter in the list)"));
        add.setOnAction(e -> addTicked());
        warning = new DuplicateWarning(this::addAnyway, this::leaveOutDuplicates);
        Button cancel = new Button("Close");
        cancel.setId("libraryClose");
        cancel.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, cancel, add);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        setSpacing(6);
        getChildren().addAll(title, search, category, list, warning, buttons);
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
        list.refresh(); // the register may have changed since the panel was last open
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
        warning.hide();
        list.refresh();
        updateButton();
    }

    /** Ticks the entries with these ids (as clicking their boxes would). */
    void tick(String... ids) {
        for (String id : ids) {
            ticked.add(id);
        }
        warning.hide();
        list.refresh();
        updateButton();
    }

    private void updateButton() {
        add.setText(ticked.isEmpty() ? "Add" : "Add " + ticked.size());
        add.setDisable(ticked.isEmpty());
    }

    /** Add: the ticked entries, unless some are already in the register; then the warning asks first. */
    private void addTicked() {
        List<RiskLibraryEntry> chosen = tickedEntries();
        List<String> repeats = new ArrayList<>();
        for (RiskLibraryEntry e : chosen) {
            String code = viewModel.registerCodeOf(e);
            if (code != null) {
                repeats.add(code + " " + e.title());
            }
        }
        if (!repeats.isEmpty()) {
            warning.show(repeats, chosen.size() > repeats.size());
            return;
        }
        add(chosen);
    }

    private void addAnyway() {
        add(tickedEntries());
    }

    /** Unticks the entries already in the register and adds the rest, if any. */
    private void leaveOutDuplicates() {
        List<RiskLibraryEntry> fresh = new ArrayList<>();
        for (RiskLibraryEntry e : tickedEntries()) {
            if (viewModel.registerCodeOf(e) == null) {
                fresh.add(e);
            } else {
                ticked.remove(e.id());
            }
        }
        warning.hide();
        list.refresh();
        updateButton();
        if (fresh.isEmpty()) {
            viewModel.statusMessageProperty().set("Nothing added: the ticked risks are already in the register.");
            list.requestFocus();
        } else {
            add(fresh);
        }
    }

    private List<RiskLibraryEntry> tickedEntries() {
        List<RiskLibraryEntry> chosen = new ArrayList<>();
        for (String id : ticked) {
            viewModel.library().find(id).ifPresent(chosen::add);
        }
        return chosen;
    }

    private void add(List<RiskLibraryEntry> chosen) {
        warning.hide();
        if (!viewModel.addFromLibrary(chosen).isEmpty()) {
            ticked.clear();
            list.refresh();
            updateButton();
            close.run();
        }
    }

    /** The warning shown when ticked entries are already in the register, for tests. */
    DuplicateWarning warning() {
        return warning;
    }

    private final class EntryCell extends ListCell<RiskLibraryEntry> {
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label inRegister = new Label();
        private final VBox text = new VBox(1, name, detail, inRegister);
        private final HBox row = new HBox(6, box, text);

        EntryCell() {
            name.getStyleClass().add("library-title");
            detail.getStyleClass().add("library-detail");
            inRegister.getStyleClass().add("library-in-register");
            inRegister.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
            for (Label l : List.of(name, detail, inRegister)) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            // Wrap to the list's width (less the tick box and the scroll bar), never truncate.
            text.prefWidthProperty().bind(list.widthProperty().subtract(58));
            text.maxWidthProperty().bind(text.prefWidthProperty());
            row.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
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
            String code = viewModel.registerCodeOf(item);
            inRegister.setText(code == null ? null : "Already in the register as " + code);
            inRegister.setVisible(code != null);
            inRegister.setManaged(code != null);
            setText(null);
            setGraphic(row);
            Tooltip tip = new Tooltip(item.title() + "\n\n" + item.statement() + "\n\nMitigation: " + item.mitigation());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }
}
