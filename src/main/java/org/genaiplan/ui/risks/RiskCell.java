package org.genaiplan.ui.risks;

import org.genaiplan.ui.CellNote;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/**
 * A cell of the risk register. Editing shows a text field, or a list to pick from (category, owner,
 * strategy, status). Enter commits and moves down, Tab commits and moves right, Esc cancels, leaving the
 * cell commits. A refused value keeps the old one and shows the reason under the cell. Score and band cells
 * are coloured by band through the style classes {@code band-green}, {@code band-amber}, {@code band-red}.
 */
final class RiskCell extends TableCell<RiskRowViewModel, String> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final List<String> BAND_CLASSES = List.of("band-green", "band-amber", "band-red");
    private final RiskColumn column;
    private final RiskRegisterViewModel viewModel;
    private final CellNote note;
    private final RiskGrid grid;
    private Control editorControl;
    private boolean committing;
    /** Text typed on a selected cell that started the edit (replaces the value). */
    private String seed;

    RiskCell(RiskColumn column, RiskRegisterViewModel viewModel, CellNote note, RiskGrid grid) {
        this.column = column;
        this.viewModel = viewModel;
        this.note = note;
        this.grid = grid;
        getStyleClass().add("risk-cell-" + column.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (column.numeric()) {
            getStyleClass().add("risk-cell-number");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(INVALID, false);
        getStyleClass().removeAll(BAND_CLASSES);
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
        setText(item);
        setGraphic(null);
        RiskRowViewModel row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && (column == RiskColumn.SCORE || column == RiskColumn.BAND
                || column == RiskColumn.RESIDUAL_SCORE)) {
            ScoreBand band = column == RiskColumn.RESIDUAL_SCORE ? row.residualBandProperty().get()
                    : row.bandProperty().get();
            if (band != null) {
                getStyleClass().add("band-" + band.name().toLowerCase(Locale.ROOT));
            }
        }
        boolean longText = column == RiskColumn.STATEMENT || column == RiskColumn.MITIGATION
                || column == RiskColumn.CONTINGENCY || column == RiskColumn.TRIGGER || column == RiskColumn.TITLE;
        String tipText = column == RiskColumn.TASKS && row != null && !item.isBlank()
                ? viewModel.linkedTaskLabels(row.riskId()) : longText ? item : "";
        if (!tipText.isBlank()) {
            Tooltip tip = new Tooltip(tipText);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        } else {
            setTooltip(null);
        }
    }

    /** Starts editing with {@code typed} replacing the value (a key pressed on a selected cell). */
    void startEditWith(String typed) {
        seed = typed;
        getTableView().edit(getIndex(), getTableColumn());
    }

    @Override
    public void startEdit() {
        RiskRowViewModel row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            return;
        }
        if (!column.editable()) {
            note.show(this, "The " + column.header() + " is calculated and cannot be typed.");
            seed = null;
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editorControl = column.choice() ? choiceEditor() : textEditor();
        setText(null);
        setGraphic(editorControl);
        editorControl.requestFocus();
        seed = null;
    }

    private TextField textEditor() {
        TextField field = new TextField(seed != null ? seed : getItem());
        field.getStyleClass().add("risk-editor");
        if (seed != null) {
            Platform.runLater(field::end);
        } else {
            field.selectAll();
        }
        field.setOnAction(e -> {
            e.consume();
            commitText(field.getText(), 1, 0);
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                getTableView().requestFocus();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                commitText(field.getText(), 0, e.isShiftDown() ? -1 : 1);
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !committing) {
                commitText(field.getText(), 0, 0);
            }
        });
        return field;
    }

    private ComboBox<String> choiceEditor() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices());
        boolean free = column == RiskColumn.CATEGORY || column == RiskColumn.OWNER;
        box.setEditable(free);
        box.setValue(seed != null && free ? seed : getItem());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("risk-editor");
        box.setOnAction(e -> {
            if (isEditing() && !committing && !free) {
                commitText(box.getValue(), 0, 0);
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
                getTableView().requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitText(free ? box.getEditor().getText() : box.getValue(), 1, 0);
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                commitText(free ? box.getEditor().getText() : box.getValue(), 0, e.isShiftDown() ? -1 : 1);
            }
        });
        if (free) {
            box.getEditor().focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing() && !committing && !box.isShowing()) {
                    commitText(box.getEditor().getText(), 0, 0);
                }
            });
        }
        Platform.runLater(() -> {
            if (isEditing() && !free) {
                box.show();
            }
        });
        return box;
    }

    private List<String> choices() {
        ObservableList<String> base = switch (column) {
            case CATEGORY -> viewModel.categories();
            case OWNER -> viewModel.owners();
            default -> null;
        };
        if (base != null) {
            List<String> out = new java.util.ArrayList<>();
            out.add("");
            out.addAll(base);
            return out;
        }
        Enum<?>[] values = column == RiskColumn.STRATEGY ? ResponseStrategy.values() : RiskStatus.values();
        return java.util.Arrays.stream(values).map(RiskColumn::label).toList();
    }

    private void commitText(String text, int down, int right) {
        if (committing || !isEditing()) {
            return;
        }
        committing = true;
        try {
            RiskRowViewModel row = getTableRow().getItem();
            int index = getIndex();
            TableColumn<RiskRowViewModel, ?> col = getTableColumn();
            String error = viewModel.edit(row, column, text);
            cancelEdit();
            editorControl = null;
            getTableView().requestFocus();
            if (error != null) {
                // The sheet may have re-rendered; mark and note the cell that now shows this row.
                RiskCell shown = grid.cellAt(row, column);
                RiskCell target = shown != null ? shown : this;
                target.pseudoClassStateChanged(INVALID, true);
                note.show(target, error);
                grid.select(row, col);
            } else {
                note.hide();
                grid.moveFrom(row, col, down, right, index);
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

    RiskColumn column() {
        return column;
    }
}
