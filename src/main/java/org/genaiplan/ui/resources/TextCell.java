package org.genaiplan.ui.resources;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.ui.CellNote;

/**
 * A text cell of the Resources tables. Double-click, F2 or Enter edits; Enter, Tab or leaving the cell
 * commits, Esc cancels. A refused value keeps the old one, tints the cell and shows the reason under it.
 */
final class TextCell<S> extends TableCell<S, String> {
    /** Applies the typed text to row {@code index}; returns null, or the reason it was refused. */
    interface Commit {
        String apply(int index, String text);
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Commit commit;
    private final CellNote note;
    private final Tooltip tooltip;
    private TextField field;
    private boolean committing;

    TextCell(Commit commit, CellNote note, String tip, String... styleClasses) {
        this.commit = commit;
        this.note = note;
        this.tooltip = tip == null ? null : new Tooltip(tip);
        if (tooltip != null) {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
        }
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
        setTooltip(tooltip);
    }

    @Override
    public void startEdit() {
        if (commit == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem());
        field.getStyleClass().add("resource-editor");
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
            String error = commit.apply(index, text);
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
