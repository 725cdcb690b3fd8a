package org.genaiplan.ui.costs;

import java.util.function.Predicate;
import javafx.scene.control.Tooltip;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.input.TextEditCell;

/** A text cell of the cost view's tables; without a column tip its own text is the tooltip (long phase names are cut short). */
final class EditCell<S> extends TextEditCell<S> {
    private final String tip;
    /** One tooltip per cell, its text changed as the cell is reused (making one per update is slow). */
    private final Tooltip tooltip = new Tooltip();

    EditCell(Commit<S> commit, Predicate<S> editable, CellNote note, String tip, String... styleClasses) {
        super(commit, editable, note, "cost-editor", styleClasses);
        this.tip = tip;
    }

    @Override
    protected Tooltip tooltipFor(String item) {
        String shown = tip != null ? tip : item == null || item.isBlank() ? null : item;
        if (shown == null) {
            return null;
        }
        tooltip.setText(shown);
        return tooltip;
    }
}
