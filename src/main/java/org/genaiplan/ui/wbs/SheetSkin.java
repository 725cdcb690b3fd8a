package org.genaiplan.ui.wbs;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.rows.VisibleRows;

/**
 * The WBS sheet's skin: the standard table skin that also keeps the shared {@link VisibleRows} scroll
 * position and header height in step with what the sheet shows. While its sheet is on screen it publishes
 * where the rows are scrolled to (so the chart beside it follows) and applies scrolling requested by
 * others (the wheel over the chart, the other tab's sheet).
 */
final class SheetSkin extends TableViewSkin<TaskRow> {
    private final VisibleRows rows;
    private boolean shown;
    private boolean publishing;
    private double applied = Double.NaN;

    SheetSkin(TableView<TaskRow> table, VisibleRows rows) {
        super(table);
        this.rows = rows;
        rows.scrollYProperty().addListener((obs, o, n) -> {
            if (shown && !publishing) {
                scrollTo(n.doubleValue());
            }
        });
    }

    @Override
    protected VirtualFlow<TableRow<TaskRow>> createVirtualFlow() {
        return new SheetFlow();
    }

    /** While shown, the sheet follows and drives the shared scroll position. */
    void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            scrollTo(rows.scrollYProperty().get());
            getSkinnable().requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (shown) {
            publish();
        }
    }

    /** How far the rows are scrolled, from the first cell the flow shows. */
    private double scrollY() {
        VirtualFlow<TableRow<TaskRow>> flow = getVirtualFlow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first == null) {
            return 0;
        }
        return first.getIndex() * rows.rowHeight() - first.getLayoutY();
    }

    private void publish() {
        publishing = true;
        try {
            // where the first row begins: below the table's border and its column headers
            double header = getVirtualFlow() == null ? 0 : getVirtualFlow().getLayoutY();
            if (header > 0) {
                rows.headerHeightProperty().set(header);
            }
            double y = scrollY();
            applied = y;
            rows.scrollYProperty().set(y);
        } finally {
            publishing = false;
        }
    }

    private void scrollTo(double y) {
        VirtualFlow<TableRow<TaskRow>> flow = getVirtualFlow();
        if (flow == null || Double.isNaN(y) || Math.abs(y - applied) < 0.5) {
            return;
        }
        double current = scrollY();
        if (flow.getFirstVisibleCell() == null) {
            int row = (int) Math.floor(y / rows.rowHeight());
            flow.scrollToTop(Math.max(0, row));
            flow.scrollPixels(y - row * rows.rowHeight());
        } else {
            flow.scrollPixels(y - current);
        }
        applied = scrollY();
    }

    /** Reads the values of the rows on screen again (after a change of the plan); off-screen rows wait. */
    void refreshShownRows() {
        VirtualFlow<TableRow<TaskRow>> flow = getVirtualFlow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            return;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            TableRow<TaskRow> row = flow.getVisibleCell(i);
            if (row instanceof SheetRow sheetRow) {
                sheetRow.refresh();
            }
        }
    }
}
