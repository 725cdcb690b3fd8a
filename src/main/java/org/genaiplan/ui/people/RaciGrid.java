package org.genaiplan.ui.people;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.model.people.RaciItem;
import org.genaiplan.model.people.RaciLetter;

/**
 * The RACI matrix as a grid: a row per phase or deliverable, a column per role and stakeholder. Keyboard first:
 * the arrow keys move between cells, typing R, A, C or I sets the cell, Delete or Backspace empties it; the focus
 * stays on the cell. Letters are coloured (R blue, A red, C amber, I grey).
 */
final class RaciGrid extends TableView<RaciItem> {
    private static final int FIXED = 2;
    private final StakeholdersViewModel model;

    RaciGrid(StakeholdersViewModel model) {
        super(model.raci());
        this.model = model;
        setId("raciGrid");
        getStyleClass().add("raci-grid");
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        setPlaceholder(new Label("No rows: add the plan's phases and deliverables below, or start from the seeds."));
        model.parties().addListener((ListChangeListener<String>) c -> buildColumns());
        buildColumns();
        setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RaciItem item, boolean empty) {
                super.updateItem(item, empty);
                String warning = empty || item == null ? null : item.warning();
                getStyleClass().remove("raci-warning");
                if (warning != null) {
                    getStyleClass().add("raci-warning");
                }
                setTooltip(warning == null ? null : new Tooltip(warning));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private void buildColumns() {
        getColumns().clear();
        TableColumn<RaciItem, String> item = PeopleTables.column("Phase / deliverable", 230, RaciItem::name,
                model::renameRaciRow, "A phase (top-level task) or a deliverable; double-click to rename.");
        TableColumn<RaciItem, String> kind = PeopleTables.column("Kind", 80, r -> r.phase() ? "Phase" : "Deliverable",
                null, null);
        getColumns().add(item);
        getColumns().add(kind);
        for (String party : model.parties()) {
            TableColumn<RaciItem, String> col = new TableColumn<>();
            Label header = new Label(party);
            header.setRotate(-90); // upright names would need columns too wide to see the whole matrix
            header.setTooltip(new Tooltip(party + ": type R, A, C or I in a cell"));
            col.setGraphic(new javafx.scene.Group(header));
            col.setId("raci:" + party);
            col.setUserData(party);
            col.setPrefWidth(46);
            col.setSortable(false);
            col.setEditable(false);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(StakeholdersViewModel.cellText(f.getValue(), party)));
            col.setCellFactory(c -> new LetterCell());
            getColumns().add(col);
        }
    }

    private void pressed(KeyEvent e) {
        if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && set("")) {
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch == null || ch.length() != 1 || e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
            return;
        }
        if ("rRaAcCiI".indexOf(ch.charAt(0)) >= 0 && set(ch)) {
            e.consume();
        }
    }

    /** Sets the focused party cell to {@code text}; false when the focus is not on a party cell. */
    private boolean set(String text) {
        TablePosition<RaciItem, ?> pos = getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null
                || !(pos.getTableColumn().getUserData() instanceof String party)) {
            return false;
        }
        int row = pos.getRow();
        int col = getColumns().indexOf(pos.getTableColumn());
        model.setCell(row, party, text);
        refocus(row, col);
        return true;
    }

    /** Puts the selection and focus back on a cell after the rows were read again. */
    void refocus(int row, int col) {
        if (row < getItems().size() && col < getColumns().size()) {
            getSelectionModel().clearAndSelect(row, getColumns().get(col));
            getFocusModel().focus(row, getColumns().get(col));
        }
    }

    /** The number of columns before the first party. */
    static int fixedColumns() {
        return FIXED;
    }

    private static final class LetterCell extends TableCell<RaciItem, String> {
        LetterCell() {
            getStyleClass().add("raci-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("raci-R", "raci-A", "raci-C", "raci-I");
            if (empty || item == null || item.isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item);
            getStyleClass().add("raci-" + item);
            setTooltip(new Tooltip(RaciLetter.valueOf(item).meaning()));
        }
    }
}
