package org.genaiplan.ui.risks;

import org.genaiplan.ui.CellNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Risks tab: the register as a sheet edited in place (filter bar above it), the heat map beside it
 * and, under the heat map, the library picker or the link editor when open. It shows and forwards;
 * {@link RiskRegisterViewModel} decides.
 */
public final class RiskRegisterView extends BorderPane {
    private final RiskRegisterViewModel viewModel;
    private final TableView<RiskRowViewModel> table = new TableView<>();
    private final CellNote note = new CellNote("riskCellError");
    private final HeatMapView heatMap;
    private final LibraryPanel libraryPanel;
    private final LinkPanel linkPanel;
    private final StackPane sidePanel = new StackPane();
    private TextField searchField;

    public RiskRegisterView(RiskRegisterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("risk-register");
        getStylesheets().add(RiskRegisterView.class.getResource("risks.css").toExternalForm());

        table.setId("riskTable");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        Label empty = new Label("No risks to show. Add one with Insert, or pick starter risks from the library.");
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        for (RiskColumn c : RiskColumn.values()) {
            table.getColumns().add(column(c));
        }
        SortedList<RiskRowViewModel> sorted = new SortedList<>(viewModel.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);

        heatMap = new HeatMapView(viewModel);
        libraryPanel = new LibraryPanel(viewModel, this::closeSidePanel);
        linkPanel = new LinkPanel(viewModel, this::closeSidePanel);
        sidePanel.getStyleClass().add("side-panel-area");
        VBox.setVgrow(sidePanel, Priority.ALWAYS);
        VBox right = new VBox(8, heatMap, sidePanel);
        right.getStyleClass().add("risk-side");
        right.setMinWidth(300);
        right.setPrefWidth(310);
        right.setMaxWidth(460);

        SplitPane split = new SplitPane(table, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(right, false);
        setTop(filterBar());
        setCenter(split);
    }

    private TableColumn<RiskRowViewModel, String> column(RiskColumn c) {
        TableColumn<RiskRowViewModel, String> col = new TableColumn<>(c.header());
        col.setId("risk-col-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        col.setUserData(c);
        col.setPrefWidth(c.width());
        col.setEditable(c.editable());
        col.setCellValueFactory(f -> f.getValue() == null ? null : f.getValue().valueProperty(c));
        col.setCellFactory(x -> new RiskCell(c, viewModel, note, this));
        col.setComparator(c.numeric() ? RiskRegisterView::compareNumbers : Comparator.naturalOrder());
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

    // ---- filter bar ----

    private Node filterBar() {
        Button add = toolButton("mdi2p-playlist-plus", "New risk (Insert)", "riskNew");
        add.setOnAction(e -> addBlank());
        Button library = new Button("Add from library\u2026", new FontIcon("mdi2b-book-open-variant"));
        library.setId("riskAddFromLibrary");
        library.setTooltip(new Tooltip("Pick starter GenAI risks from the library"));
        library.setOnAction(e -> openLibrary());
        Button delete = toolButton("mdi2d-delete-outline", "Delete the selected risks (Delete)", "riskDelete");
        delete.setOnAction(e -> delete());
        Button link = new Button("Link tasks\u2026", new FontIcon("mdi2l-link-variant"));
        link.setId("riskLink");
        link.setTooltip(new Tooltip("Link the focused risk to the WBS tasks it threatens (Ctrl+L)"));
        link.setOnAction(e -> openLinks());

        TextField search = new TextField();
        search.setId("riskSearch");
        search.setPromptText("Search risks");
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
                e.consume();
                table.requestFocus();
            }
        });
        searchField = search;

        ComboBox<String> category = filterBox("riskCategoryFilter", "All categories", x -> x);
        category.setItems(withAll(viewModel.categories()));
        viewModel.categories().addListener((javafx.collections.ListChangeListener<String>) ch ->
                category.setItems(withAll(viewModel.categories())));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        category.setPrefWidth(190);
        category.setMaxWidth(230);

        ComboBox<RiskStatus> status = filterBox("riskStatusFilter", "All statuses", RiskColumn::label);
        status.getItems().add(null);
        status.getItems().addAll(RiskStatus.values());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());

        ComboBox<String> owner = filterBox("riskOwnerFilter", "All owners", x -> x);
        owner.setItems(withAll(viewModel.owners()));
        viewModel.owners().addListener((javafx.collections.ListChangeListener<String>) ch ->
                owner.setItems(withAll(viewModel.owners())));
        owner.valueProperty().bindBidirectional(viewModel.ownerProperty());
        owner.setPrefWidth(160);

        ComboBox<ScoreBand> band = filterBox("riskBandFilter", "All scores", b -> switch (b) {
            case GREEN -> "Green (1\u20134)";
            case AMBER -> "Amber (5\u201314)";
            case RED -> "Red (15\u201325)";
        });
        band.getItems().add(null);
        band.getItems().addAll(ScoreBand.values());
        band.valueProperty().bindBidirectional(viewModel.bandProperty());

        Button clear = toolButton("mdi2f-filter-remove-outline", "Show all risks (clear every filter)", "riskClearFilters");
        clear.setOnAction(e -> viewModel.clearFilters());
        Label summary = new Label();
        summary.setId("riskSummary");
        summary.getStyleClass().add("risk-summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        FlowPane bar = new FlowPane(6, 4, add, library, delete, link, new Separator(Orientation.VERTICAL),
                new FontIcon("mdi2m-magnify"), search, category, status, owner, band, clear, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("risk-filter-bar");
        return bar;
    }

    private static javafx.collections.ObservableList<String> withAll(List<String> values) {
        javafx.collections.ObservableList<String> out = javafx.collections.FXCollections.observableArrayList();
        out.add(null);
        out.addAll(values);
        return out;
    }

    private static <T> ComboBox<T> filterBox(String id, String all, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(all);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? all : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : label.apply(item));
            }
        });
        box.setFocusTraversable(false);
        return box;
    }

    private static Button toolButton(String icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }

    // ---- keys ----

    private void onKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
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
            delete();
        } else if (code == KeyCode.INSERT) {
            e.consume();
            addBlank();
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
            openLinks();
        }
    }

    private void onTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || ch == null || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0)) || ch.isBlank()) {
            return;
        }
        e.consume();
        startEdit(ch);
    }

    /** F2 (or typing on a cell): edits the focused cell; typed text replaces the value. */
    public void startEdit(String typed) {
        TablePosition<RiskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
        }
        RiskCell cell = cellAt(table.getItems().get(pos.getRow()), (RiskColumn) pos.getTableColumn().getUserData());
        table.requestFocus();
        if (typed != null && cell != null) {
            cell.startEditWith(typed);
        } else {
            table.edit(pos.getRow(), pos.getTableColumn());
        }
    }

    /** Puts the focus on one cell, for tests and for moving after an edit. */
    public void select(RiskRowViewModel row, TableColumn<RiskRowViewModel, ?> col) {
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index, col);
            table.getFocusModel().focus(index, col);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    /** Focuses a cell by risk id and column. */
    public void select(long riskId, RiskColumn column) {
        RiskRowViewModel row = viewModel.row(riskId);
        if (row != null) {
            select(row, table.getColumns().get(column.ordinal()));
            table.requestFocus();
        }
    }

    void moveFrom(RiskRowViewModel row, TableColumn<RiskRowViewModel, ?> col, int down, int right, int oldIndex) {
        int index = table.getItems().indexOf(row);
        if (index < 0) {
            index = Math.min(oldIndex, table.getItems().size() - 1);
        }
        if (index < 0) {
            return;
        }
        List<TableColumn<RiskRowViewModel, ?>> cols = table.getVisibleLeafColumns();
        int c = Math.max(0, Math.min(cols.indexOf(col) + right, cols.size() - 1));
        int r = Math.max(0, Math.min(index + down, table.getItems().size() - 1));
        table.getSelectionModel().clearAndSelect(r, cols.get(c));
        table.getFocusModel().focus(r, cols.get(c));
    }

    private void moveFocus(int down, int right) {
        TablePosition<RiskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
        }
        moveFrom(table.getItems().get(pos.getRow()), pos.getTableColumn(), down, right, pos.getRow());
    }

    /** The cell now showing {@code row} in {@code column}, if it is on screen. */
    RiskCell cellAt(RiskRowViewModel row, RiskColumn column) {
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof RiskCell cell && cell.column() == column && cell.getTableRow() != null
                    && cell.getTableRow().getItem() == row && !cell.isEmpty()) {
                return cell;
            }
        }
        return null;
    }

    // ---- actions ----

    public void addBlank() {
        long id = viewModel.addBlank();
        if (id > 0) {
            viewModel.clearFilters();
            select(id, RiskColumn.TITLE);
            startEdit(null);
        }
    }

    /** The risks of the selected cells, in the order shown. */
    public List<Long> selectedRiskIds() {
        Set<Long> ids = new LinkedHashSet<>();
        List<Integer> rows = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            rows.add(p.getRow());
        }
        rows.sort(null);
        for (int r : rows) {
            if (r >= 0 && r < table.getItems().size()) {
                ids.add(table.getItems().get(r).riskId());
            }
        }
        return List.copyOf(ids);
    }

    public void delete() {
        List<Long> ids = selectedRiskIds();
        int first = table.getSelectionModel().getSelectedIndex();
        if (viewModel.delete(ids) && !table.getItems().isEmpty()) {
            int r = Math.max(0, Math.min(first, table.getItems().size() - 1));
            table.getSelectionModel().clearAndSelect(r, table.getColumns().get(RiskColumn.TITLE.ordinal()));
            table.getFocusModel().focus(r, table.getColumns().get(RiskColumn.TITLE.ordinal()));
        }
    }

    /** Ctrl+C: the selected cells (the block from the first to the last) as tab-separated text. */
    public void copy() {
        List<TablePosition> cells = new ArrayList<>(table.getSelectionModel().getSelectedCells());
        if (cells.isEmpty()) {
            return;
        }
        List<TableColumn<RiskRowViewModel, ?>> visible = table.getVisibleLeafColumns();
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
        putText(RiskRegisterViewModel.copyText(table.getItems().subList(r0, r1 + 1), columns));
        viewModel.statusMessageProperty().set("Copied " + (r1 - r0 + 1) * columns.size() + " cells.");
    }

    /** Ctrl+Shift+C: whole rows of the selected risks, to paste as new risks. */
    public void copyRows() {
        List<RiskRowViewModel> rows = selectedRiskIds().stream().map(viewModel::row).toList();
        if (!rows.isEmpty()) {
            putText(RiskRegisterViewModel.copyRowsText(rows));
            viewModel.statusMessageProperty().set("Copied " + (rows.size() == 1 ? "1 risk" : rows.size() + " risks")
                    + "; paste them to add copies.");
        }
    }

    /** Copies the selected risks' rows and deletes them. */
    public void cut() {
        copyRows();
        delete();
    }

    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : null;
        pasteText(text);
    }

    /** Pastes text as Ctrl+V would with the clipboard holding {@code text}. */
    public void pasteText(String text) {
        TablePosition<RiskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        RiskRowViewModel anchor = pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size() ? null
                : table.getItems().get(pos.getRow());
        RiskColumn column = pos == null || pos.getTableColumn() == null ? null
                : (RiskColumn) pos.getTableColumn().getUserData();
        String error = viewModel.paste(text, List.copyOf(table.getItems()), anchor, column);
        if (error != null && anchor != null && column != null) {
            RiskCell cell = cellAt(anchor, column);
            if (cell != null) {
                note.show(cell, error);
            }
        }
    }

    private static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    public void undo() {
        viewModel.undo();
    }

    public void redo() {
        viewModel.redo();
    }

    /** Ctrl+F on the Risks tab: the search box. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void openLibrary() {
        sidePanel.getChildren().setAll(libraryPanel);
        libraryPanel.focusSearch();
    }

    /** Opens the link editor for the focused risk. */
    public void openLinks() {
        TablePosition<RiskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            viewModel.statusMessageProperty().set("Select the risk to link first.");
            return;
        }
        sidePanel.getChildren().setAll(linkPanel);
        linkPanel.show(table.getItems().get(pos.getRow()));
    }

    private void closeSidePanel() {
        sidePanel.getChildren().clear();
        table.requestFocus();
    }

    // ---- for the window and tests ----

    public TableView<RiskRowViewModel> table() {
        return table;
    }

    public RiskRegisterViewModel viewModel() {
        return viewModel;
    }

    public boolean isEditing() {
        return table.getEditingCell() != null;
    }

    /** The message under a cell that refused a value, or null when none is showing. */
    public String cellErrorText() {
        return note.isShowing() ? note.text() : null;
    }

    HeatMapView heatMap() {
        return heatMap;
    }

    LibraryPanel libraryPanel() {
        return libraryPanel;
    }

    LinkPanel linkPanel() {
        return linkPanel;
    }
}
