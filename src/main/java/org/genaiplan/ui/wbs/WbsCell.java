package org.genaiplan.ui.wbs;

import org.genaiplan.ui.CellNote;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A cell of the WBS sheet. Editing shows a text field (a combo box of the plan's roles in the Owner
 * column); Enter commits and moves down, Esc cancels, leaving the cell commits. What was typed goes to
 * {@link WbsTreeViewModel#edit}; a refused value keeps the old one and shows the reason under the cell.
 */
final class WbsCell extends TreeTableCell<TaskRowViewModel, String> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final WbsColumn column;
    private final WbsTreeViewModel viewModel;
    private final CellNote errors;
    private Control editorControl;
    private boolean committing;

    WbsCell(WbsColumn column, WbsTreeViewModel viewModel, CellNote errors) {
        this.column = column;
        this.viewModel = viewModel;
        this.errors = errors;
        getStyleClass().add("wbs-cell-" + column.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(INVALID, false);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (isEditing() && editorControl != null) {
            setText(null);
            setGraphic(editorControl);
            return;
        }
        if (column == WbsColumn.NOTES) {
            setText(null);
            if (item.isBlank()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                FontIcon icon = new FontIcon("mdi2n-note-text-outline");
                icon.getStyleClass().add("notes-icon");
                setGraphic(icon);
                Tooltip tip = new Tooltip(item);
                tip.setWrapText(true);
                tip.setMaxWidth(400);
                setTooltip(tip);
            }
        } else if (column == WbsColumn.RISKS) {
            setText(null);
            if (item.isBlank()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                FontIcon icon = new FontIcon("mdi2a-alert");
                icon.getStyleClass().add("risk-marker");
                setGraphic(icon);
                Tooltip tip = new Tooltip("Linked risks:\n" + item);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                setTooltip(tip);
            }
        } else {
            setText(item);
            setGraphic(null);
            setTooltip(null);
        }
    }

    @Override
    public void startEdit() {
        TaskRowViewModel row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || !column.editable(row)) {
            // The risk marker is not typed in (its tooltip names the risks); it stays silent.
            if (row != null && column != WbsColumn.RISKS) {
                errors.show(this, viewModel.notEditable(column));
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editorControl = column == WbsColumn.OWNER ? ownerEditor() : textEditor();
        setText(null);
        setGraphic(editorControl);
        editorControl.requestFocus();
        if (editorControl instanceof TextField field) {
            field.selectAll();
        }
    }

    private TextField textEditor() {
        TextField field = new TextField(getItem());
        field.getStyleClass().add("wbs-editor");
        field.setOnAction(e -> {
            e.consume();
            commitText(field.getText(), true);
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                getTreeTableView().requestFocus();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                commitText(field.getText(), false);
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !committing) {
                commitText(field.getText(), false);
            }
        });
        return field;
    }

    private ComboBox<String> ownerEditor() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add("");
        box.getItems().addAll(viewModel.roleNames());
        box.setValue(getItem());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("wbs-editor");
        box.setOnAction(e -> {
            if (isEditing() && !committing) {
                commitText(box.getValue(), false);
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                getTreeTableView().requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitText(box.getValue(), true);
            }
        });
        Platform.runLater(() -> {
            if (isEditing()) {
                box.show();
            }
        });
        return box;
    }

    private void commitText(String text, boolean moveDown) {
        if (committing || !isEditing()) {
            return;
        }
        committing = true;
        try {
            TaskRowViewModel row = getTableRow().getItem();
            int index = getIndex();
            String error = viewModel.edit(row, column, text);
            cancelEdit();
            editorControl = null;
            if (error != null) {
                pseudoClassStateChanged(INVALID, true);
                errors.show(this, error);
            } else {
                errors.hide();
            }
            getTreeTableView().requestFocus();
            if (error == null && moveDown) {
                TreeTableColumn<TaskRowViewModel, ?> col = getTableColumn();
                int next = Math.min(index + 1, getTreeTableView().getExpandedItemCount() - 1);
                getTreeTableView().getSelectionModel().clearAndSelect(next, col);
                getTreeTableView().getFocusModel().focus(next, col);
            }
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editorControl = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }
}
