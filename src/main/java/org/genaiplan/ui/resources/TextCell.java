package org.genaiplan.ui.resources;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
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

    /** A column of these cells over {@code value}, typed through {@code commit} (null: read-only). */
    static <T> TableColumn<T, String> column(CellNote note, String header, double width, Function<T, String> value,
                                             Commit commit, String tip, String... classes) {
        TableColumn<T, String> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setEditable(commit != null);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        col.setCellFactory(c -> new TextCell<>(commit, note, tip, classes));
        return col;
    }

    @Override
    protected Tooltip tooltipFor(String item) {
        return tooltip;
    }
}
