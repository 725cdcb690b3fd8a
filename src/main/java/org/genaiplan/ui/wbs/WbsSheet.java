package org.genaiplan.ui.wbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.rows.VisibleRows;

/**
 * The WBS sheet: a table of the shared {@link VisibleRows} with a find bar and a filter banner above it.
 * The WBS tab shows one with every column, the Gantt tab another with the main columns beside the chart;
 * both follow the same rows, selection and scroll position. The sheet shows and forwards: commands are in
 * {@link WbsActions}, typed values go to {@link CellEdits}, keys are read by {@link SheetKeys}.
 */
public final class WbsSheet extends BorderPane {
    private static final String EMPTY_PLAN = "This plan has no tasks yet. Press Insert to add the first one.";
    private final WbsActions actions;
    private final CellEdits edits;
    private final RowTexts texts;
    private final WbsClipboard clipboard;
    private final TableView<TaskRow> table = new TableView<>();
    private final SheetSkin skin;
    private final FindBar findBar;
    private final FilterBanner filterBanner;
    private final CellNote refusals = new CellNote("wbsCellError");
    private final RowDrag drag;
    private final LongConsumer taskInfo;
    private final Supplier<List<String>> ownerNames;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final Label placeholder = new Label();
    private boolean syncingSelection;
    /**
     * A change arrived while the sheet was hidden, or it is new (a tab built when first shown): it reads the
     * selection and its rows when shown.
     */
    private boolean behind = true;
    /** The column the user last worked in; a selection made elsewhere lands there. */
    private TableColumn<TaskRow, ?> lastColumn;
    /** A character typed on a selected cell, which the cell's editor starts with. */
    private String typedText;
    /** Whether the next editor starts with its text selected (a new row's name), so typing replaces it. */
    private boolean selectAll;

    /**
     * What a sheet works with; the WBS tab's and the Gantt tab's sheets share one.
     *
     * @param taskInfo   opens the Task information dialog of a task
     * @param ownerNames the roles and people offered in the Owner column
     */
    public record Parts(WbsActions actions, CellEdits edits, RowTexts texts, TaskFinder finder, WbsClipboard clipboard,
                        LongConsumer taskInfo, Supplier<List<String>> ownerNames) {
    }

    /** @param columns the columns to show, in order */
    public WbsSheet(Parts parts, List<WbsColumn> columns) {
        this.actions = Objects.requireNonNull(parts.actions());
        this.edits = Objects.requireNonNull(parts.edits());
        this.texts = Objects.requireNonNull(parts.texts());
        this.taskInfo = Objects.requireNonNull(parts.taskInfo());
        this.ownerNames = Objects.requireNonNull(parts.ownerNames());
        this.clipboard = Objects.requireNonNull(parts.clipboard());
        TaskFinder finder = parts.finder();
        VisibleRows rows = actions.rows();
        getStyleClass().add("wbs-view");
        table.getStyleClass().add("wbs-sheet");
        table.setItems(rows.rows());
        table.setEditable(true);
        table.setFixedCellSize(rows.rowHeight());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setId("sheetPlaceholder");
        placeholder.setText(EMPTY_PLAN);
        table.setPlaceholder(placeholder);
        for (WbsColumn c : columns) {
            table.getColumns().add(column(c));
        }
        skin = new SheetSkin(table, rows);
        table.setSkin(skin);
        drag = new RowDrag(actions, this::isEditing);
        table.setRowFactory(t -> new SheetRow(drag));
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> javafx.application.Platform.runLater(drag::end));
        table.setContextMenu(new SheetMenu(this).menu());
        new SheetKeys(this).install(table);

        findBar = new FindBar(finder, this::hideFind);
        findBar.setVisible(false);
        findBar.setManaged(false);
        filterBanner = new FilterBanner(rows, () -> rows.setFilter(null, null));
        setTop(new VBox(findBar, filterBanner));
        setCenter(table);

        table.getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TablePosition>) c -> pushSelection());
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> pushSelection());
        actions.selection().versionProperty().addListener((obs, o, n) -> whenShown(this::pullSelection));
        rows.structureVersionProperty().addListener((obs, o, n) -> whenShown(() -> {
            pullSelection();
            // a row that stays in its place can still have opened, closed or moved in the outline
            skin.refreshShownRows();
        }));
        rows.contentVersionProperty().addListener((obs, o, n) -> {
            showBaselineColumns();
            whenShown(skin::refreshShownRows);
        });
        showBaselineColumns();
        actions.editRequestProperty().addListener((obs, o, request) -> {
            if (request != null && shown.get()) {
                startEdit(request.taskId(), request.column());
            }
        });
    }

    /** The baseline columns show while the plan has a baseline to compare with, and hide otherwise. */
    private void showBaselineColumns() {
        org.genaiplan.model.Plan plan = actions.rows().plan();
        boolean any = plan != null && plan.tracking().comparedBaseline() != null;
        for (TableColumn<TaskRow, ?> col : table.getColumns()) {
            if (col.getUserData() instanceof WbsColumn c && c.baseline() && col.isVisible() != any) {
                col.setVisible(any);
            }
        }
    }

    private TableColumn<TaskRow, String> column(WbsColumn c) {
        TableColumn<TaskRow, String> col = new TableColumn<>();
        col.setId("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
        col.setUserData(c);
        col.setSortable(false);
        col.setReorderable(false);
        col.setCellValueFactory(f -> f.getValue() == null ? null
                : new javafx.beans.property.ReadOnlyStringWrapper(texts.text(f.getValue(), c)));
        col.setCellFactory(x -> new WbsCell(c, this));
        col.getStyleClass().add("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
        Label header = new Label(c.header());
        Tooltip help = new Tooltip(c.help());
        help.setWrapText(true);
        help.setMaxWidth(380);
        header.setTooltip(help);
        col.setGraphic(header);
        col.setPrefWidth(c.width());
        return col;
    }

    // ---- what the parts use ----

    public TableView<TaskRow> table() {
        return table;
    }

    public WbsActions actions() {
        return actions;
    }

    RowDrag drag() {
        return drag;
    }

    WbsClipboard clipboard() {
        return clipboard;
    }

    CellEdits edits() {
        return edits;
    }

    RowTexts texts() {
        return texts;
    }

    List<String> ownerNames() {
        return ownerNames.get();
    }

    void openTaskInfo(long taskId) {
        taskInfo.accept(taskId);
    }

    /** Opens the Task information dialog of the focused task. */
    public void openTaskInfo() {
        long id = actions.selection().focusedId();
        if (id != 0) {
            taskInfo.accept(id);
        }
    }

    /**
     * Whether the sheet is on screen. Only a shown sheet drives the shared scroll position and follows
     * changes at once; a hidden one catches up when it is shown again.
     */
    public void setShown(boolean value) {
        shown.set(value);
        skin.setShown(value);
        if (value && behind) {
            behind = false;
            pullSelection();
            skin.refreshShownRows();
        }
    }

    private void whenShown(Runnable update) {
        if (shown.get()) {
            update.run();
        } else {
            behind = true;
        }
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * While a plan is being opened or made, the empty sheet says so with a spinner instead of inviting the
     * first task; null or empty goes back to the invitation.
     */
    public void setLoading(String what) {
        boolean loading = what != null && !what.isEmpty();
        placeholder.setText(loading ? what : EMPTY_PLAN);
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(22, 22);
        placeholder.setGraphic(loading ? spinner : null);
    }

    // ---- editing ----

    public boolean isEditing() {
        return table.getEditingCell() != null;
    }

    /** F2: edits the focused cell (the Name cell when no column has the focus). */
    public void startEdit() {
        TablePosition<TaskRow, ?> pos = table.getFocusModel().getFocusedCell();
        int row = pos == null ? -1 : pos.getRow();
        if (row < 0) {
            row = table.getSelectionModel().getSelectedIndex();
        }
        if (row < 0) {
            return;
        }
        TableColumn<TaskRow, ?> col = pos == null || pos.getTableColumn() == null ? columnOf(WbsColumn.NAME)
                : pos.getTableColumn();
        table.requestFocus();
        table.edit(row, col);
    }

    /** Starts editing the focused cell with {@code typed} as its text (a key typed on a selected cell). */
    void startEditWith(String typed) {
        typedText = typed;
        startEdit();
        if (!isEditing()) {
            typedText = null;
        }
    }

    /** The character that started the edit, taken once by the cell's editor. */
    String takeTypedText() {
        String t = typedText;
        typedText = null;
        return t;
    }

    /** Whether the editor starting now selects its text, taken once. */
    boolean takeSelectAll() {
        boolean s = selectAll;
        selectAll = false;
        return s;
    }

    /** Edits {@code column} of the row showing {@code taskId} (or its Name when the column is not shown). */
    public void startEdit(long taskId, WbsColumn column) {
        actions.rows().reveal(List.of(taskId));
        int row = actions.rows().rowOf(taskId);
        TableColumn<TaskRow, ?> col = columnOf(column) != null ? columnOf(column) : columnOf(WbsColumn.NAME);
        if (row < 0 || col == null) {
            return;
        }
        focusCell(row, col);
        table.layout();
        table.requestFocus();
        selectAll = true;
        table.edit(row, col);
        selectAll = false;
    }

    TableColumn<TaskRow, ?> columnOf(WbsColumn column) {
        for (TableColumn<TaskRow, ?> c : table.getColumns()) {
            if (c.getUserData() == column) {
                return c;
            }
        }
        return null;
    }

    /** After a kept value: the cursor goes down, right or left (Tab at the end of a row goes to the next). */
    void moveAfterEdit(int index, WbsColumn column, WbsCell.Move move) {
        TableColumn<TaskRow, ?> col = columnOf(column);
        if (col == null || move == WbsCell.Move.NONE) {
            return;
        }
        switch (move) {
            case DOWN -> focusCell(Math.min(index + 1, table.getItems().size() - 1), col);
            case RIGHT, LEFT -> moveAcross(index, col, move == WbsCell.Move.RIGHT ? 1 : -1, true);
            default -> { }
        }
    }

    /**
     * Moves the cursor one cell right or left, wrapping to the next or previous row; after an edit it skips
     * the cells that cannot be typed into (as Tab does in MS Project).
     */
    void moveAcross(int index, TableColumn<TaskRow, ?> from, int step, boolean editableOnly) {
        List<TableColumn<TaskRow, ?>> cols = table.getVisibleLeafColumns();
        int c = cols.indexOf(from);
        int row = index;
        int n = table.getItems().size();
        for (int tries = 0; tries < cols.size() * 2 + 1; tries++) {
            c += step;
            if (c >= cols.size()) {
                c = 0;
                row++;
            } else if (c < 0) {
                c = cols.size() - 1;
                row--;
            }
            if (row < 0 || row >= n) {
                return;
            }
            WbsColumn target = (WbsColumn) cols.get(c).getUserData();
            if (!editableOnly || target.editable(table.getItems().get(row))) {
                focusCell(row, cols.get(c));
                return;
            }
        }
    }

    /**
     * Puts the keyboard in the sheet, on the first row's name when no cell has the focus yet, so typing edits at
     * once (as MS Project does when a plan opens or its sheet is shown again).
     */
    public void takeFocus() {
        TablePosition<TaskRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (!table.getItems().isEmpty() && (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null)) {
            focusCell(0, columnOf(WbsColumn.NAME));
        }
        table.requestFocus();
    }

    void focusCell(int row, TableColumn<TaskRow, ?> col) {
        if (row < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, col);
        table.getFocusModel().focus(row, col);
        scrollIntoView(row);
        table.scrollToColumn(col);
    }

    void showRefusal(WbsCell cell, String why) {
        refusals.show(cell, why);
    }

    void clearRefusal() {
        refusals.hide();
    }

    /** The message under a cell that refused a value, or null when none is showing. */
    public String cellErrorText() {
        return refusals.isShowing() ? refusals.text() : null;
    }

    // ---- find ----

    public void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        findBar.focusField();
    }

    public void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        table.requestFocus();
    }

    // ---- selection: table <-> shared PlanSelection ----

    private void pushSelection() {
        if (syncingSelection) {
            return;
        }
        TablePosition<TaskRow, ?> cell = table.getFocusModel().getFocusedCell();
        if (cell != null && cell.getTableColumn() != null) {
            lastColumn = cell.getTableColumn();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            int r = p.getRow();
            if (r >= 0 && r < table.getItems().size()) {
                ids.add(table.getItems().get(r).taskId());
            }
        }
        TaskRow focused = table.getFocusModel().getFocusedItem();
        long focus = focused != null && ids.contains(focused.taskId()) ? focused.taskId()
                : ids.stream().findFirst().orElse(0L);
        syncingSelection = true;
        try {
            actions.selection().select(new ArrayList<>(ids), focus);
        } finally {
            syncingSelection = false;
        }
    }

    private void pullSelection() {
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            TableColumn<TaskRow, ?> col = lastColumn != null && table.getColumns().contains(lastColumn) ? lastColumn
                    : columnOf(WbsColumn.NAME);
            table.getSelectionModel().clearSelection();
            int focusRow = -1;
            List<Long> ids = actions.selection().selectedIds();
            int[] selected = new int[ids.size()];
            int count = 0;
            for (long id : ids) {
                int row = actions.rows().rowOf(id);
                if (row >= 0) {
                    selected[count++] = row;
                    if (id == actions.selection().focusedId()) {
                        focusRow = row;
                    }
                }
            }
            // one selection change per run of adjacent rows, not one per row (each tells every cell on screen)
            Arrays.sort(selected, 0, count);
            for (int start = 0; start < count; ) {
                int end = start;
                while (end + 1 < count && selected[end + 1] <= selected[end] + 1) {
                    end++;
                }
                table.getSelectionModel().selectRange(selected[start], col, selected[end], col);
                start = end + 1;
            }
            if (focusRow >= 0) {
                table.getFocusModel().focus(focusRow, col);
                if (shown.get()) {
                    scrollIntoView(focusRow);
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void scrollIntoView(int row) {
        if (table.getHeight() <= 0) {
            // not laid out yet (its tab just showed for the first time): decide once it has its height
            table.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> h, Number was, Number now) {
                    h.removeListener(this);
                    if (row < actions.rows().rowCount()) {
                        scrollIntoView(row);
                    }
                }
            });
            return;
        }
        double top = actions.rows().scrollYProperty().get();
        double height = table.getHeight() - actions.rows().headerHeightProperty().get();
        double y = row * actions.rows().rowHeight();
        if (height > 0 && y >= top && y + actions.rows().rowHeight() <= top + height) {
            return;
        }
        table.scrollTo(Math.max(0, row - 2));
    }
}
