package org.genaiplan.ui.input;

import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.ui.CellNote;

/**
 * A text cell of a small editable table (costs, prices, budgets, the team). Double-click, F2 or Enter
 * edits; Enter, Tab or leaving the cell commits, Esc cancels. A refused value keeps the old one, marks the
 * cell {@code :invalid} and shows the reason under it. Subclasses choose the tooltip.
 */
public abstract class TextEditCell<S> extends TableCell<S, String> {
    /** Applies the typed text to {@code row} at {@code index}; returns null, or the reason it was refused. */
    public interface Commit<S> {
        String apply(S row, int index, String text);
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Commit<S> commit;
    private final Predicate<S> editable;
    private final CellNote note;
    private final String editorStyle;
    private TextField field;
    private boolean committing;

    /** {@code commit} null makes the column read-only; {@code editable} decides row by row. */
    protected TextEditCell(Commit<S> commit, Predicate<S> editable, CellNote note, String editorStyle,
            String... styleClasses) {
        this.commit = commit;
        this.editable = editable;
        this.note = note;
        this.editorStyle = editorStyle;
        getStyleClass().addAll(styleClasses);
    }

    /** The tooltip for a cell showing {@code item} (never empty), or null for none. */
    protected abstract Tooltip tooltipFor(String item);

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
        setTooltip(tooltipFor(item));
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
        field.getStyleClass().add(editorStyle);
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
            int index = getIndex();
            String error = commit.apply(row(), index, text);
            cancelEdit();
            getTableView().requestFocus();
            pseudoClassStateChanged(INVALID, error != null);
            if (error != null) {
                note.show(this, error);
            } else {
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
