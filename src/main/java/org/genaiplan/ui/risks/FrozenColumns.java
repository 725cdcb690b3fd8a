package org.genaiplan.ui.risks;

import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Keeps a table's leading columns in place while it scrolls sideways, as a spreadsheet's frozen panes do.
 * Their cells and headers are shifted right by the horizontal scroll offset and drawn above the other
 * columns (the way ControlsFX's SpreadsheetView fixes its columns), so one table keeps one selection, one
 * focus and one keyboard map. A column that takes the focus is scrolled clear of the frozen ones, and the
 * frozen columns stay first when columns are dragged about.
 */
final class FrozenColumns<S> {
    static final String CELL_CLASS = "frozen-cell";
    static final String HEADER_CLASS = "frozen-header";

    private final TableView<S> table;
    private final Predicate<TableColumn<S, ?>> frozen;
    private final DoubleProperty offset = new SimpleDoubleProperty(this, "offset");
    private ScrollBar hbar;
    private boolean reordering;

    FrozenColumns(TableView<S> table, Predicate<TableColumn<S, ?>> frozen) {
        this.table = table;
        this.frozen = frozen;
        table.getFocusModel().focusedCellProperty().addListener((obs, o, n) -> {
            if (n != null && n.getTableColumn() != null && !frozen.test(n.getTableColumn())) {
                Platform.runLater(() -> reveal(n.getTableColumn()));
            }
        });
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> keepFrozenFirst());
    }

    /** Makes a cell of a frozen column stay put: call it from the column's cell factory. */
    void freeze(IndexedCell<?> cell) {
        cell.getStyleClass().add(CELL_CLASS);
        cell.setViewOrder(-1);
        cell.translateXProperty().bind(offset);
    }

    /** How far the table is scrolled sideways, in pixels (0 when it is not). */
    double offset() {
        return offset.get();
    }

    /** Call after each layout of the table: finds the scroll bar once and pins the frozen headers. */
    void afterLayout() {
        if (hbar == null) {
            hbar = findScrollBar();
            if (hbar != null) {
                offset.bind(Bindings.when(hbar.visibleProperty()).then(hbar.valueProperty()).otherwise(0.0));
            }
        }
        Node headerRow = table.lookup(".column-header-background");
        if (headerRow == null) {
            return;
        }
        for (Node n : headerRow.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> col
                    && !header.translateXProperty().isBound() && isFrozen(col)) {
                header.getStyleClass().add(HEADER_CLASS);
                header.setViewOrder(-1);
                header.translateXProperty().bind(offset);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private boolean isFrozen(TableColumn<?, ?> col) {
        return table.getColumns().contains(col) && frozen.test((TableColumn<S, ?>) col);
    }

    private ScrollBar findScrollBar() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.getParent() instanceof VirtualFlow<?>) {
                return bar;
            }
        }
        return null;
    }

    /** The width the frozen columns cover. */
    double frozenWidth() {
        double w = 0;
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            if (frozen.test(c)) {
                w += c.getWidth();
            }
        }
        return w;
    }

    /** Scrolls sideways so that {@code column} is neither under the frozen columns nor past the right edge. */
    void reveal(TableColumn<S, ?> column) {
        Node clip = table.lookup(".clipped-container");
        if (hbar == null || !hbar.isVisible() || !(clip instanceof Region viewport)) {
            return;
        }
        double x = 0;
        List<TableColumn<S, ?>> visible = table.getVisibleLeafColumns();
        for (TableColumn<S, ?> c : visible) {
            if (c == column) {
                break;
            }
            x += c.getWidth();
        }
        double left = offset.get() + frozenWidth();
        double right = offset.get() + viewport.getWidth();
        double target = hbar.getValue();
        if (x < left) {
            target = x - frozenWidth();
        } else if (x + column.getWidth() > right) {
            target = Math.min(x - frozenWidth(), x + column.getWidth() - viewport.getWidth());
        }
        hbar.setValue(Math.max(hbar.getMin(), Math.min(hbar.getMax(), target)));
    }

    /** Puts the frozen columns back in front if a column was dragged before them. */
    private void keepFrozenFirst() {
        List<TableColumn<S, ?>> cols = table.getColumns();
        List<TableColumn<S, ?>> front = cols.stream().filter(frozen).toList();
        if (reordering || cols.subList(0, front.size()).equals(front)) {
            return;
        }
        Platform.runLater(() -> {
            List<TableColumn<S, ?>> all = new java.util.ArrayList<>(table.getColumns().stream().filter(frozen).toList());
            all.addAll(table.getColumns().stream().filter(frozen.negate()).toList());
            reordering = true;
            try {
                table.getColumns().setAll(all);
            } finally {
                reordering = false;
            }
        });
    }
}
