package org.genaiplan.ui.wbs;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.VirtualFlow;
import org.genaiplan.ui.rows.TaskRow;

/**
 * The WBS sheet's virtual flow: the standard one, except that a row given another index while scrolling is
 * styled again only when its look changed. The standard flow runs CSS over the whole row (every cell, every
 * text) each time it hands a row a new index, so that a row of unknown height can be measured; on a page of
 * scrolling that was most of the work. The sheet's rows all have one fixed height, so nothing needs
 * measuring: a row that shows another task with the same look (not selected, not a summary, not late, no
 * other icon) keeps its styles, and only a row whose states or icon changed is styled at once, as before.
 * A row that has never been styled is left to the standard flow.
 */
final class SheetFlow extends VirtualFlow<TableRow<TaskRow>> {
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    private static final PseudoClass EVEN = PseudoClass.getPseudoClass("even");

    @Override
    protected void setCellIndex(TableRow<TaskRow> row, int index) {
        if (row.getSkin() == null || row.getScene() == null) {
            super.setCellIndex(row, index);
            return;
        }
        int before = look(row);
        row.updateIndex(index);
        if (look(row) != before) {
            row.applyCss();
        }
    }

    /**
     * What decides a row's styles, as one number: the states of the row and its cells (odd and even left
     * out: the sheet's rows are not striped) and the icon each cell shows.
     */
    private static int look(TableRow<TaskRow> row) {
        int look = states(row);
        for (Node cell : row.getChildrenUnmodifiable()) {
            look = 31 * look + states(cell);
            if (cell instanceof Labeled labeled) {
                look = 31 * look + System.identityHashCode(labeled.getGraphic());
            }
        }
        return look;
    }

    private static int states(Node node) {
        int states = 0;
        for (PseudoClass state : node.getPseudoClassStates()) {
            if (state != ODD && state != EVEN) {
                states = 31 * states + state.hashCode();
            }
        }
        return states;
    }
}
