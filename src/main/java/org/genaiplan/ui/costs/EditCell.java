package org.genaiplan.ui.costs;

import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.ui.CellNote;

/**
 * A text cell of the cost view's tables. Double-click, F2 or Enter edits; Enter or leaving the cell
 * commits, Esc cancels. A refused value keeps the old one, marks the cell invalid and shows the reason
 * under it.
 */
final class EditCell<S> extends TableCell<S, String> {
    /** Applies the typed text to the row at {@code index}; returns null or the reason it was refused. */
    interface Commit<S> {
        String apply(S row, int index, String text);
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Commit<S> commit;
    private final Predicate<S> editable;
    private final CellNote note;
    private final String tip;
    private TextField field;
    private boolean committing;
    /** One tooltip per cell, its text changed as the cell is reused (making one per update is slow). */
    private final Tooltip tooltip = new Tooltip();

    EditCell(Commit<S> commit, Predicate<S> editable, CellNote note, String tip, String... styleClasses) {
        this.commit = commit;
        this.editable = editable;
        this.note = note;
        this.tip = tip;
        getStyleClass().addAll(styleClasses);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(INVALID, false);
            return;
        }
        if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
            return;
        }
        setText(item);
        setGraphic(null);
        // Without a column tip, the cell's own text is the tooltip (long phase names are cut short).
        String shown = tip != null ? tip : item == null || item.isBlank() ? null : item;
        if (shown == null) {
            setTooltip(null);
        } else {
            tooltip.setText(shown);
            setTooltip(tooltip);
        }
    }

    private S row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        S row = row();
        if (row == null || commit == null || !editable.test(row)) {
            if (getTableView() != null && getTableView().getEditingCell() != null) {
                getTableView().edit(-1, null); // this row's value is not typed here
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem());
        field.getStyleClass().add("cost-editor");
        field.setOnAction(e -> {
            e.consume();
            commitText(field.getText());
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                getTableView().requestFocus();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                commitText(field.getText());
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !committing) {
                commitText(field.getText());
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void commitText(String text) {
        if (committing || !isEditing()) {
            return;
        }
        committing = true;
        try {
            S row = row();
            int index = getIndex();
            String error = commit.apply(row, index, text);
            cancelEdit();
            getTableView().requestFocus();
            if (error != null) {
                pseudoClassStateChanged(INVALID, true);
                note.show(this, error);
            } else {
                pseudoClassStateChanged(INVALID, false);
                note.hide();
            }
            getTableView().getSelectionModel().select(Math.min(index, getTableView().getItems().size() - 1));
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }
}
