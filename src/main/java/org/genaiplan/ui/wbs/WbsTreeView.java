package org.genaiplan.ui.wbs;

import org.genaiplan.ui.CellNote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The WBS sheet: a tree-table over {@link TaskRowViewModel}s with a find bar. It shows and forwards;
 * all decisions are in {@link WbsTreeViewModel}.
 */
public final class WbsTreeView extends BorderPane {
    private static final PseudoClass SUMMARY = PseudoClass.getPseudoClass("summary");
    private static final PseudoClass MILESTONE = PseudoClass.getPseudoClass("milestone");
    private static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");

    private final WbsTreeViewModel viewModel;
    private final TreeTableView<TaskRowViewModel> table = new TreeTableView<>();
    private final FindBar findBar;
    private final CellNote errors = new CellNote("wbsCellError");
    private boolean syncingSelection;
    /** The tasks being dragged, empty when no drag is under way. */
    private List<Long> dragged = List.of();
    /** The task of the row the mouse was last pressed on (where a drag starts). */
    private long pressedId;
    /** The column the user last worked in; selection from elsewhere lands there. */
    private TreeTableColumn<TaskRowViewModel, ?> lastColumn;

    public WbsTreeView(WbsTreeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("wbs-view");
        table.setId("wbsTable");
        table.setRoot(viewModel.root());
        table.setShowRoot(false);
        table.setEditable(true);
        table.setTableMenuButtonVisible(false);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label("This plan has no tasks yet. Press Insert to add the first one.");
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        for (WbsColumn c : WbsColumn.values()) {
            table.getColumns().add(column(c));
        }
        table.setTreeColumn(table.getColumns().get(WbsColumn.NAME.ordinal()));
        table.setRowFactory(t -> new WbsRow());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> javafx.application.Platform.runLater(
                () -> dragged = List.of()));

        findBar = new FindBar(viewModel, this::hideFind);
        findBar.setVisible(false);
        findBar.setManaged(false);
        setTop(new VBox(findBar));
        setCenter(table);

        table.getSelectionModel().getSelectedCells().addListener(
                (ListChangeListener<TreeTablePosition<TaskRowViewModel, ?>>) c -> pushSelection());
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> pushSelection());
        viewModel.selection().versionProperty().addListener((obs, o, n) -> pullSelection());
    }

    private TreeTableColumn<TaskRowViewModel, String> column(WbsColumn c) {
        TreeTableColumn<TaskRowViewModel, String> col = new TreeTableColumn<>(c.header());
        col.setId("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
        col.setSortable(false);
        col.setCellValueFactory(f -> f.getValue() == null || f.getValue().getValue() == null ? null
                : c.valueOf(f.getValue().getValue()));
        col.setCellFactory(x -> new WbsCell(c, viewModel, errors));
        col.getStyleClass().add("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
        javafx.scene.control.Label header = new javafx.scene.control.Label(c.header());
        javafx.scene.control.Tooltip help = new javafx.scene.control.Tooltip(c.help());
        help.setWrapText(true);
        help.setMaxWidth(380);
        header.setTooltip(help);
        col.setText(null);
        col.setGraphic(header);
        col.setPrefWidth(switch (c) {
            case WBS -> 72;
            case NAME -> 270;
            case DURATION -> 74;
            case START, FINISH -> 128;
            case PREDECESSORS -> 114;
            case PERCENT -> 100;
            case OWNER -> 132;
            case COST -> 112;
            case PHASE -> 120;
            case NOTES -> 54;
            case RISKS -> 60;
        });
        return col;
    }

    public TreeTableView<TaskRowViewModel> table() {
        return table;
    }

    public WbsTreeViewModel viewModel() {
        return viewModel;
    }

    // ---- keys that belong to the sheet (the menu owns the others) ----

    private void onKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.isAltDown() && e.isShiftDown() && e.getCode().isArrowKey()) {
            // Handled here (the sheet would otherwise move its focus); the same keys are the menu's accelerators.
            e.consume();
            switch (e.getCode()) {
                case RIGHT, KP_RIGHT -> viewModel.indent();
                case LEFT, KP_LEFT -> viewModel.outdent();
                case UP, KP_UP -> viewModel.moveUp();
                default -> viewModel.moveDown();
            }
            return;
        }
        if (e.getCode() == KeyCode.F2) {
            e.consume();
            startEdit();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume();
            moveFocus(1);
        }
    }

    /** F2: edits the focused cell (the Name cell when no column has the focus). */
    public void startEdit() {
        TreeTablePosition<TaskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        int row = pos == null ? -1 : pos.getRow();
        if (row < 0) {
            row = table.getSelectionModel().getSelectedIndex();
        }
        if (row < 0) {
            return;
        }
        TreeTableColumn<TaskRowViewModel, ?> col = pos == null || pos.getTableColumn() == null
                ? table.getColumns().get(WbsColumn.NAME.ordinal()) : pos.getTableColumn();
        table.requestFocus();
        table.edit(row, col);
    }

    /** Edits column {@code column} of the row showing {@code taskId}. */
    public void startEdit(long taskId, WbsColumn column) {
        TreeItem<TaskRowViewModel> item = viewModel.itemOf(taskId);
        int row = item == null ? -1 : table.getRow(item);
        if (row >= 0) {
            TreeTableColumn<TaskRowViewModel, ?> col = table.getColumns().get(column.ordinal());
            table.getSelectionModel().clearAndSelect(row, col);
            table.getFocusModel().focus(row, col);
            scrollIntoView(row);
            table.layout();
            table.requestFocus();
            table.edit(row, col);
        }
    }

    private void moveFocus(int delta) {
        TreeTablePosition<TaskRowViewModel, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0) {
            return;
        }
        int next = Math.max(0, Math.min(pos.getRow() + delta, table.getExpandedItemCount() - 1));
        table.getSelectionModel().clearAndSelect(next, pos.getTableColumn());
        table.getFocusModel().focus(next, pos.getTableColumn());
    }

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

    public boolean isEditing() {
        return table.getEditingCell() != null;
    }

    /** The message under a cell that refused a value, or null when none is showing. */
    public String cellErrorText() {
        return errors.isShowing() ? errors.text() : null;
    }

    // ---- selection: table <-> shared PlanSelection ----

    private void pushSelection() {
        if (syncingSelection || viewModel.isSyncing()) {
            return;
        }
        TreeTablePosition<TaskRowViewModel, ?> cell = table.getFocusModel().getFocusedCell();
        if (cell != null && cell.getTableColumn() != null) {
            lastColumn = cell.getTableColumn();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (TreeTablePosition<TaskRowViewModel, ?> p : table.getSelectionModel().getSelectedCells()) {
            TreeItem<TaskRowViewModel> item = table.getTreeItem(p.getRow());
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().taskId());
            }
        }
        TreeItem<TaskRowViewModel> focused = table.getFocusModel().getFocusedItem();
        long focus = focused != null && focused.getValue() != null && ids.contains(focused.getValue().taskId())
                ? focused.getValue().taskId() : ids.stream().findFirst().orElse(0L);
        syncingSelection = true;
        try {
            viewModel.selection().select(new ArrayList<>(ids), focus);
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
            TreeTableColumn<TaskRowViewModel, ?> col = lastColumn != null ? lastColumn
                    : table.getColumns().get(WbsColumn.NAME.ordinal());
            table.getSelectionModel().clearSelection();
            int focusRow = -1;
            for (long id : viewModel.selection().selectedIds()) {
                TreeItem<TaskRowViewModel> item = viewModel.itemOf(id);
                int row = item == null ? -1 : table.getRow(item);
                if (row >= 0) {
                    table.getSelectionModel().select(row, col);
                    if (id == viewModel.selection().focusedId()) {
                        focusRow = row;
                    }
                }
            }
            if (focusRow >= 0) {
                table.getFocusModel().focus(focusRow, col);
                scrollIntoView(focusRow);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void scrollIntoView(int row) {
        var flow = table.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf) {
            var first = vf.getFirstVisibleCell();
            var last = vf.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, row - 2));
    }

    // ---- rows: style and drag and drop ----

    private final class WbsRow extends TreeTableRow<TaskRowViewModel> {
        WbsRow() {
            // A press-drag-release gesture inside the sheet (not system drag and drop): rows only move
            // within the window, and the gesture works the same on every platform.
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                    e -> pressedId = getItem() == null || isEmpty() ? 0 : getItem().taskId());
            setOnDragDetected(e -> {
                if (pressedId == 0 || table.getEditingCell() != null) {
                    return;
                }
                List<Long> ids = viewModel.selectedIds();
                dragged = ids.contains(pressedId) ? ids : List.of(pressedId);
                startFullDrag();
                e.consume();
            });
            setOnMouseDragOver(e -> {
                if (getItem() == null || dragged.isEmpty() || !canDropOn(dragged, getItem().taskId())) {
                    clearDropMarks();
                    return;
                }
                showDropMark(DropZone.at(e.getY(), getHeight()));
                e.consume();
            });
            setOnMouseDragExited(e -> clearDropMarks());
            setOnMouseDragReleased(e -> {
                List<Long> ids = dragged;
                dragged = List.of();
                clearDropMarks();
                if (getItem() != null && !ids.isEmpty() && canDropOn(ids, getItem().taskId())) {
                    drop(ids, getItem().taskId(), DropZone.at(e.getY(), getHeight()));
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(TaskRowViewModel item, boolean empty) {
            super.updateItem(item, empty);
            boolean has = !empty && item != null;
            pseudoClassStateChanged(SUMMARY, has && item.isSummary());
            pseudoClassStateChanged(MILESTONE, has && item.milestoneProperty().get());
            pseudoClassStateChanged(CRITICAL, has && item.criticalProperty().get());
        }

        private void showDropMark(DropZone zone) {
            pseudoClassStateChanged(DROP_BEFORE, zone == DropZone.BEFORE);
            pseudoClassStateChanged(DROP_INTO, zone == DropZone.INTO);
            pseudoClassStateChanged(DROP_AFTER, zone == DropZone.AFTER);
        }

        private void clearDropMarks() {
            pseudoClassStateChanged(DROP_BEFORE, false);
            pseudoClassStateChanged(DROP_INTO, false);
            pseudoClassStateChanged(DROP_AFTER, false);
        }
    }

    private boolean canDropOn(List<Long> ids, long targetId) {
        Plan plan = viewModel.plan();
        Task target = plan == null ? null : plan.task(targetId);
        if (target == null) {
            return false;
        }
        for (long id : ids) {
            Task t = plan.task(id);
            if (t == null || t == target || t.isAncestorOf(target)) {
                return false;
            }
        }
        return true;
    }

    /** Drops dragged tasks on a row: before it, after it, or as its last children. */
    boolean drop(List<Long> ids, long targetId, DropZone zone) {
        Plan plan = viewModel.plan();
        Task target = plan.task(targetId);
        if (target == null) {
            return false;
        }
        long parentId = target.parent() == null ? 0 : target.parent().id();
        return switch (zone) {
            case INTO -> viewModel.relocate(ids, targetId, 0);
            case BEFORE -> viewModel.relocate(ids, parentId, targetId);
            case AFTER -> {
                List<Task> siblings = plan.children(target.parent());
                int i = siblings.indexOf(target);
                long before = i + 1 < siblings.size() ? siblings.get(i + 1).id() : 0;
                yield viewModel.relocate(ids, parentId, before);
            }
        };
    }
}
