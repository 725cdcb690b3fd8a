package org.genaiplan.ui.risks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.ui.CellNote;

/**
 * The register as a sheet: one row per risk the filters let through, one column per {@link RiskColumn},
 * ID and Title frozen at the left while the rest scrolls sideways. Keys as in a spreadsheet: typing or F2
 * edits, Enter moves down, Tab moves right, Insert adds, Delete deletes, Ctrl+C / Ctrl+V copy and paste,
 * Ctrl+L links tasks.
 */
final class RiskGrid extends TableView<RiskRowViewModel> {
    /** What the keys of the sheet ask of the register around it. */
    record Actions(Runnable insert, Runnable delete, Runnable link) {
    }

    private final RiskRegisterViewModel viewModel;
    private final CellNote note;
    private final Actions actions;
    private final FrozenColumns<RiskRowViewModel> frozen;

    RiskGrid(RiskRegisterViewModel viewModel, CellNote note, Actions actions) {
        this.viewModel = viewModel;
        this.note = note;
        this.actions = actions;
        setId("riskTable");
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setTableMenuButtonVisible(true);
        Label empty = new Label("No risks to show. Add one with Insert, or pick starter risks from the library.");
        empty.getStyleClass().add("placeholder-text");
        setPlaceholder(empty);
        frozen = new FrozenColumns<>(this, c -> c.getUserData() instanceof RiskColumn rc && rc.frozen());
        for (RiskColumn c : RiskColumn.values()) {
            getColumns().add(column(c));
        }
        SortedList<RiskRowViewModel> sorted = new SortedList<>(viewModel.filteredRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        frozen.afterLayout();
    }

    private TableColumn<RiskRowViewModel, String> column(RiskColumn c) {
        TableColumn<RiskRowViewModel, String> col = new TableColumn<>(c.header());
        col.setId("risk-col-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        col.setUserData(c);
        col.setPrefWidth(c.width());
        col.setEditable(c.editable());
        col.setReorderable(!c.frozen());
        col.setCellValueFactory(f -> f.getValue() == null ? null : f.getValue().valueProperty(c));
        col.setCellFactory(x -> {
            RiskCell cell = new RiskCell(c, viewModel, note, this);
            if (c.frozen()) {
                frozen.freeze(cell);
            }
            return cell;
        });
        col.setComparator(c == RiskColumn.BAND ? RiskGrid::compareBands
                : c.numeric() ? RiskGrid::compareNumbers : Comparator.naturalOrder());
        if (c == RiskColumn.BAND) {
            Label header = new Label(c.header());
            header.setTooltip(new Tooltip("Green: score 1\u20134, amber: 5\u201314, red: 15\u201325"));
            col.setGraphic(header);
            col.setText(null);
        }
        return col;
    }

    /** Numbers as shown ("1,250.00"), compared by value; blanks last. */
    static int compareNumbers(String a, String b) {
        return Double.compare(number(a), number(b));
    }

    private static double number(String s) {
        try {
            return s == null || s.isBlank() ? Double.MAX_VALUE : Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    /** Bands from green to red, not alphabetically. */
    static int compareBands(String a, String b) {
        List<String> order = List.of("Green", "Amber", "Red");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    /** The column showing {@code c}. */
    @SuppressWarnings("unchecked")
    TableColumn<RiskRowViewModel, String> columnOf(RiskColumn c) {
        for (TableColumn<RiskRowViewModel, ?> col : getColumns()) {
            if (col.getUserData() == c) {
                return (TableColumn<RiskRowViewModel, String>) col;
            }
        }
        throw new IllegalArgumentException("no column " + c);
    }

    /** How far the sheet is scrolled sideways, in pixels. */
    double scrollOffset() {
        return frozen.offset();
    }

    // ---- keys ----

    private void onKey(KeyEvent e) {
        if (getEditingCell() != null) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (code == KeyCode.F2) {
            e.consume();
            startEdit(null);
        } else if (code == KeyCode.ENTER && !shortcut && !e.isAltDown()) {
            e.consume();
            moveFocus(e.isShiftDown() ? -1 : 1, 0);
        } else if (code == KeyCode.TAB) {
            e.consume();
            moveFocus(0, e.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.DELETE && !shortcut) {
            e.consume();
            actions.delete().run();
        } else if (code == KeyCode.INSERT) {
            e.consume();
            actions.insert().run();
        } else if (shortcut && code == KeyCode.C) {
            e.consume();
            if (e.isShiftDown()) {
                copyRows();
            } else {
                copy();
            }
        } else if (shortcut && code == KeyCode.V) {
            e.consume();
            paste();
        } else if (shortcut && code == KeyCode.L) {
            e.consume();
            actions.link().run();
        }
    }

    private void onTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || ch == null || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0)) || ch.isBlank()) {
            return;
        }
        e.consume();
        startEdit(ch);
    }

    /** F2 (or typing on a cell): edits the focused cell; typed text replaces the value. */
    void startEdit(String typed) {
        TablePosition<RiskRowViewModel, ?> pos = getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
        }
        RiskRowViewModel row = getItems().get(pos.getRow());
        RiskColumn column = (RiskColumn) pos.getTableColumn().getUserData();
        RiskCell cell = cellAt(row, column);
        if (cell == null) {
            // a row just added (the first into an empty register) has no cell until the next layout: an
            // edit started before that would open on nothing and swallow the keys typed next
            applyCss();
            layout();
            cell = cellAt(row, column);
        }
        requestFocus();
        if (typed != null && cell != null) {
            cell.startEditWith(typed);
        } else {
            edit(pos.getRow(), pos.getTableColumn());
        }
    }

    /** Puts the focus on one cell, for tests and for moving after an edit. */
    void select(RiskRowViewModel row, TableColumn<RiskRowViewModel, ?> col) {
        int index = getItems().indexOf(row);
        if (index >= 0) {
            getSelectionModel().clearAndSelect(index, col);
            getFocusModel().focus(index, col);
            scrollTo(Math.max(0, index - 3));
        }
    }

    /** Focuses a cell by risk id and column. */
    void select(long riskId, RiskColumn column) {
        RiskRowViewModel row = viewModel.row(riskId);
        if (row != null) {
            select(row, columnOf(column));
            requestFocus();
        }
    }

    void moveFrom(RiskRowViewModel row, TableColumn<RiskRowViewModel, ?> col, int down, int right, int oldIndex) {
        int index = getItems().indexOf(row);
        if (index < 0) {
            index = Math.min(oldIndex, getItems().size() - 1);
        }
        if (index < 0) {
            return;
        }
        List<TableColumn<RiskRowViewModel, ?>> cols = getVisibleLeafColumns();
        int c = Math.max(0, Math.min(cols.indexOf(col) + right, cols.size() - 1));
        int r = Math.max(0, Math.min(index + down, getItems().size() - 1));
        getSelectionModel().clearAndSelect(r, cols.get(c));
        getFocusModel().focus(r, cols.get(c));
    }

    private void moveFocus(int down, int right) {
        TablePosition<RiskRowViewModel, ?> pos = getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
        }
        moveFrom(getItems().get(pos.getRow()), pos.getTableColumn(), down, right, pos.getRow());
    }

    /** The cell now showing {@code row} in {@code column}, if it is on screen. */
    RiskCell cellAt(RiskRowViewModel row, RiskColumn column) {
        for (Node n : lookupAll(".table-cell")) {
            if (n instanceof RiskCell cell && cell.column() == column && cell.getTableRow() != null
                    && cell.getTableRow().getItem() == row && !cell.isEmpty()) {
                return cell;
            }
        }
        return null;
    }

    /** The focused row, or null. */
    RiskRowViewModel focusedRow() {
        TablePosition<RiskRowViewModel, ?> pos = getFocusModel().getFocusedCell();
        return pos == null || pos.getRow() < 0 || pos.getRow() >= getItems().size() ? null : getItems().get(pos.getRow());
    }

    /** The focused column, or null. */
    RiskColumn focusedColumn() {
        TablePosition<RiskRowViewModel, ?> pos = getFocusModel().getFocusedCell();
        return pos == null || pos.getTableColumn() == null ? null : (RiskColumn) pos.getTableColumn().getUserData();
    }

    /** The risks of the selected cells, in the order shown. */
    List<Long> selectedRiskIds() {
        Set<Long> ids = new LinkedHashSet<>();
        List<Integer> rows = new ArrayList<>();
        for (TablePosition<?, ?> p : getSelectionModel().getSelectedCells()) {
            rows.add(p.getRow());
        }
        rows.sort(null);
        for (int r : rows) {
            if (r >= 0 && r < getItems().size()) {
                ids.add(getItems().get(r).riskId());
            }
        }
        return List.copyOf(ids);
    }

    /** After a delete: the focus on the Title of the row now at {@code index}. */
    void focusTitle(int index) {
        if (!getItems().isEmpty()) {
            int r = Math.max(0, Math.min(index, getItems().size() - 1));
            TableColumn<RiskRowViewModel, String> title = columnOf(RiskColumn.TITLE);
            getSelectionModel().clearAndSelect(r, title);
            getFocusModel().focus(r, title);
        }
    }

    /** Ctrl+C: the selected cells (the block from the first to the last) as tab-separated text. */
    void copy() {
        List<TablePosition> cells = new ArrayList<>(getSelectionModel().getSelectedCells());
        if (cells.isEmpty()) {
            return;
        }
        List<TableColumn<RiskRowViewModel, ?>> visible = getVisibleLeafColumns();
        int r0 = Integer.MAX_VALUE, r1 = -1, c0 = Integer.MAX_VALUE, c1 = -1;
        for (TablePosition p : cells) {
            int c = visible.indexOf(p.getTableColumn());
            r0 = Math.min(r0, p.getRow());
            r1 = Math.max(r1, p.getRow());
            c0 = Math.min(c0, c);
            c1 = Math.max(c1, c);
        }
        List<RiskColumn> columns = new ArrayList<>();
        for (int c = c0; c <= c1; c++) {
            columns.add((RiskColumn) visible.get(c).getUserData());
        }
        putText(copyText(getItems().subList(r0, r1 + 1), columns));
        viewModel.statusMessageProperty().set("Copied " + (r1 - r0 + 1) * columns.size() + " cells.");
    }

    /** Ctrl+Shift+C: whole rows of the selected risks, to paste as new risks. */
    void copyRows() {
        List<RiskRowViewModel> rows = selectedRiskIds().stream().map(viewModel::row).toList();
        if (!rows.isEmpty()) {
            putText(copyRowsText(rows));
            viewModel.statusMessageProperty().set("Copied " + (rows.size() == 1 ? "1 risk" : rows.size() + " risks")
                    + "; paste them to add copies.");
        }
    }

    /** The given cells as tab-separated text: one line per row, one field per column. */
    static String copyText(List<RiskRowViewModel> rowsToCopy, List<RiskColumn> columns) {
        StringBuilder out = new StringBuilder();
        for (RiskRowViewModel row : rowsToCopy) {
            List<String> fields = new ArrayList<>();
            for (RiskColumn c : columns) {
                fields.add(row.value(c).replace('\t', ' ').replace('\n', ' '));
            }
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }

    /** Whole rows (every column, from the ID on) as tab-separated text, for pasting as new risks. */
    static String copyRowsText(List<RiskRowViewModel> rowsToCopy) {
        return copyText(rowsToCopy, List.of(RiskColumn.values()));
    }

    /** Ctrl+V: the clipboard's text into the focused cell and rightwards and down, or as new risks. */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        pasteText(clipboard.hasString() ? clipboard.getString() : null);
    }

    private static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes text as Ctrl+V would with the clipboard holding {@code text}. */
    void pasteText(String text) {
        RiskRowViewModel anchor = focusedRow();
        RiskColumn column = focusedColumn();
        String error = viewModel.paste(text, List.copyOf(getItems()), anchor, column);
        if (error != null && anchor != null && column != null) {
            RiskCell cell = cellAt(anchor, column);
            if (cell != null) {
                note.show(cell, error);
            }
        }
    }
}
