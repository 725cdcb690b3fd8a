package org.genaiplan.ui.wbs;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseEvent;
import org.genaiplan.ui.rows.TaskRow;

/**
 * A row of the WBS sheet: styled as summary, milestone or late, and the place where rows are dragged to a
 * new place in the outline (a press-drag-release gesture inside the sheet, so rows only move within the
 * window and the gesture works alike on every platform). Its style class is {@code wbs-row} rather than the
 * table's {@code table-row-cell}: the same look without odd and even stripes (see {@link SheetFlow}).
 */
final class SheetRow extends TableRow<TaskRow> {
    private static final PseudoClass SUMMARY = PseudoClass.getPseudoClass("summary");
    private static final PseudoClass MILESTONE = PseudoClass.getPseudoClass("milestone");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");

    private final RowDrag drag;

    SheetRow(RowDrag drag) {
        this.drag = drag;
        getStyleClass().setAll("wbs-row");
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> drag.pressed(isEmpty() || getItem() == null ? 0 : getItem().taskId()));
        setOnDragDetected(e -> {
            if (drag.start()) {
                startFullDrag();
                e.consume();
            }
        });
        setOnMouseDragOver(e -> {
            if (getItem() == null || !drag.canDropOn(getItem().taskId())) {
                clearDropMarks();
                return;
            }
            showDropMark(DropZone.at(e.getY(), getHeight()));
            e.consume();
        });
        setOnMouseDragExited(e -> clearDropMarks());
        setOnMouseDragReleased(e -> {
            clearDropMarks();
            if (getItem() != null) {
                drag.drop(getItem().taskId(), DropZone.at(e.getY(), getHeight()));
            }
            e.consume();
        });
    }

    @Override
    protected void updateItem(TaskRow item, boolean empty) {
        super.updateItem(item, empty);
        refreshStyle();
    }

    /** Reads the row's style and its cells' values again (after a change of the plan). */
    void refresh() {
        refreshStyle();
        List<Node> cells = getChildrenUnmodifiable();
        for (Node n : cells) {
            if (n instanceof WbsCell cell) {
                cell.refresh();
            }
        }
    }

    private void refreshStyle() {
        TaskRow item = getItem();
        boolean has = !isEmpty() && item != null;
        pseudoClassStateChanged(SUMMARY, has && item.isSummary());
        pseudoClassStateChanged(MILESTONE, has && item.isMilestone());
        pseudoClassStateChanged(LATE, has && item.isLate());
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
