package org.genaiplan.ui.people;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;

/** Small helpers the Stakeholders tab's tables share: text columns typed into, headings. */
final class PeopleTables {
    private PeopleTables() {
    }

    /** An editable text column; {@code commit} gets the row index and the typed text. */
    static <T> TableColumn<T, String> column(String header, double width, Function<T, String> value,
                                             BiConsumer<Integer, String> commit, String tip) {
        TableColumn<T, String> col = new TableColumn<>();
        Label label = new Label(header);
        if (tip != null) {
            label.setTooltip(new Tooltip(tip));
        }
        col.setGraphic(label);
        col.setId(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        if (commit != null) {
            col.setCellFactory(TextFieldTableCell.forTableColumn());
            col.setOnEditCommit(e -> commit.accept(e.getTablePosition().getRow(), e.getNewValue()));
        } else {
            col.setEditable(false);
        }
        return col;
    }

    static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items, String placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setEditable(true);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    static Label note(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("dialog-note");
        return label;
    }
}
