package org.genaiplan.ui.resources;

import javafx.scene.control.Tooltip;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.input.TextEditCell;

/** A text cell of the Resources tables, with the column's tip as its tooltip. */
final class TextCell<S> extends TextEditCell<S> {
    /** Applies the typed text to row {@code index}; returns null, or the reason it was refused. */
    interface Commit {
        String apply(int index, String text);
    }

    private final Tooltip tooltip;

    TextCell(Commit commit, CellNote note, String tip, String... styleClasses) {
        super(commit == null ? null : (row, index, text) -> commit.apply(index, text), row -> true, note,
                "resource-editor", styleClasses);
        this.tooltip = tip == null ? null : new Tooltip(tip);
        if (tooltip != null) {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
        }
    }

    @Override
    protected Tooltip tooltipFor(String item) {
        return tooltip;
    }
}
