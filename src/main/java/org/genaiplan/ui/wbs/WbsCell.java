package org.genaiplan.ui.wbs;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;
import org.genaiplan.ui.rows.TaskRow;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A cell of the WBS sheet. It shows its column's text (the task name indented under a triangle that opens
 * and closes the branch; notes and linked risks as icons). Editing shows a text field (with the team's
 * names offered in the Owner column, a calendar in the date columns): Enter keeps the value and goes down,
 * Tab and Shift+Tab keep it and go right or left, Esc cancels, leaving the cell keeps it. A refused value
 * keeps the old one and shows the reason under the cell.
 */
final class WbsCell extends TableCell<TaskRow, String> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass OVERALLOCATED = PseudoClass.getPseudoClass("overallocated");
    private static final double INDENT = 16;
    /** The name cell's padding: as the sheet's other cells have it, plus the indent on the left. */
    private static final double PAD = 3;
    private static final double VPAD = 2;

    /** Where the cursor goes after a value is kept. */
    enum Move { NONE, DOWN, RIGHT, LEFT }

    private final WbsColumn column;
    private final WbsSheet sheet;
    private Region editor;
    /** The text the editor started with: a value kept unchanged makes no command (and no undo step). */
    private String startText;
    private boolean committing;
    private Tooltip tooltip;
    private FontIcon mark;
    private Outline outline;
    /** The over-allocation sentence the name cell shows in its tooltip, or null. */
    private String shownOver;

    WbsCell(WbsColumn column, WbsSheet sheet) {
        this.column = column;
        this.sheet = sheet;
        // The row sizes and places its cells itself (fixed row height, column widths); an unmanaged cell
        // lays out its new text on its own instead of asking the whole sheet to lay out every row again.
        setManaged(false);
        getStyleClass().add("wbs-cell-" + column.name().toLowerCase(java.util.Locale.ROOT));
        if (column == WbsColumn.ID) {
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row() != null) {
                    e.consume();
                    sheet.openTaskInfo(row().taskId());
                }
            });
        }
    }

    private TaskRow row() {
        return getTableRow() == null || isEmpty() ? null : getTableRow().getItem();
    }

    /** Reads the value again from the plan (after a change), unless the cell is being edited. */
    void refresh() {
        TaskRow row = row();
        if (row == null || isEditing()) {
            return;
        }
        String now = sheet.texts().text(row, column);
        if (!now.equals(getItem()) || column == WbsColumn.NAME && (outline != null && outline.changed(row)
                || !java.util.Objects.equals(shownOver, row.overAllocation()))) {
            updateItem(now, false);
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(INVALID, false);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            showOver(null);
            return;
        }
        if (isEditing() && editor != null) {
            setText(null);
            setGraphic(editor);
            return;
        }
        switch (column) {
            case NAME -> showName(item);
            case NOTES -> showIcon(item, "mdi2n-note-text-outline", "notes-icon", item);
            case RISKS -> showIcon(item, "mdi2a-alert", "risk-marker", "Linked risks:\n" + item);
            default -> {
                setText(item);
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    private void showName(String name) {
        TaskRow row = row();
        setText(name);
        setTooltip(null);
        if (row == null) {
            setGraphic(null);
            showOver(null);
            return;
        }
        showOver(row.overAllocation());
        if (outline == null) {
            outline = new Outline();
        }
        outline.show(row);
        setGraphic(outline.icon);
        double left = PAD + row.depth() * INDENT;
        if (getPadding().getLeft() != left) {
            setPadding(new Insets(VPAD, PAD, VPAD, left));
        }
    }

    /** Marks the name cell of a task working while a resource is over-allocated, the sentence as its tooltip. */
    private void showOver(String over) {
        if (column != WbsColumn.NAME || java.util.Objects.equals(over, shownOver) && (over == null || getTooltip() != null)) {
            return;
        }
        shownOver = over;
        pseudoClassStateChanged(OVERALLOCATED, over != null);
        if (over == null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        tooltip.setText(over);
        setTooltip(tooltip);
    }

    /**
     * The triangle before a task's name that opens and closes its branch (kept, unseen, on a task without
     * subtasks so that names line up), made once per cell and reused as rows scroll. It is one region drawn
     * by the style sheet (its shape; turned to the right when the branch is closed), and the indent is the cell's left padding:
     * one node per name instead of a box of four, since every node is styled again each time the sheet
     * scrolls a page.
     */
    private static final class Outline {
        final Region icon = new Region();
        TaskRow row;
        int depth = -1;
        boolean branch;
        boolean expanded;

        Outline() {
            icon.getStyleClass().add("outline-toggle");
            icon.setOnMouseClicked(e -> {
                if (row != null && row.hasChildren()) {
                    e.consume();
                    row.setExpanded(!row.isExpanded());
                }
            });
        }

        /** Whether the row's place in the outline differs from what the cell shows. */
        boolean changed(TaskRow now) {
            return now != row || depth != now.depth() || branch != now.hasChildren()
                    || branch && expanded != now.isExpanded();
        }

        void show(TaskRow shown) {
            row = shown;
            depth = shown.depth();
            branch = shown.hasChildren();
            expanded = shown.isExpanded();
            // turned and hidden here rather than by pseudo-classes: a changed pseudo-class would have the row's
            // cells styled again
            icon.setRotate(branch && !expanded ? -90 : 0);
            icon.setOpacity(branch ? 1 : 0);
            icon.setMouseTransparent(!branch);
        }
    }

    private void showIcon(String item, String iconLiteral, String style, String tip) {
        setText(null);
        if (item.isBlank()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (mark == null) {
            mark = new FontIcon(iconLiteral);
            mark.getStyleClass().add(style);
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        setGraphic(mark);
        tooltip.setText(tip);
        setTooltip(tooltip);
    }

    // ---- editing ----

    @Override
    public void startEdit() {
        TaskRow row = row();
        if (row == null || !column.editable(row)) {
            if (row != null && column != WbsColumn.RISKS && column != WbsColumn.ID) {
                sheet.showRefusal(this, sheet.edits().notEditable(column));
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = sheet.takeTypedText();
        editor = column.date() ? dateEditor() : textEditor();
        setText(null);
        setGraphic(editor);
        // The editor's skin now, so that its own focus handling (select all) runs before the caret is placed.
        editor.applyCss();
        TextField field = field();
        boolean selectAll = sheet.takeSelectAll();
        startText = field.getText();
        field.requestFocus();
        place(field, typed, selectAll);
    }

    /** The editor's text: what was typed, or the value with the caret at the end (or all selected). */
    private static void place(TextField field, String typed, boolean selectAll) {
        if (typed != null) {
            field.setText(typed);
        }
        if (selectAll && typed == null) {
            field.selectAll();
        } else {
            field.end();
        }
    }

    private TextField field() {
        return editor instanceof DateEditor dates ? dates.field() : (TextField) editor;
    }

    private TextField textEditor() {
        TextField field = new TextField(getItem());
        field.getStyleClass().add("wbs-editor");
        if (column == WbsColumn.OWNER) {
            TextFields.bindAutoCompletion(field, request -> sheet.ownerNames().stream()
                    .filter(n -> n.toLowerCase(java.util.Locale.ROOT)
                            .contains(request.getUserText().strip().toLowerCase(java.util.Locale.ROOT)))
                    .toList());
        }
        keys(field, field);
        return field;
    }

    private DateEditor dateEditor() {
        DateEditor dates = new DateEditor(getItem(), day -> {
            if (isEditing() && !committing) {
                commit(day.toString(), Move.NONE);
            }
        });
        keys(dates, dates.field());
        return dates;
    }

    /** Enter, Tab and Esc, caught on the editor before its own handling. */
    private void keys(javafx.scene.Node owner, TextField field) {
        owner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> {
                    e.consume();
                    cancelEdit();
                    sheet.clearRefusal();
                    getTableView().requestFocus();
                }
                case ENTER -> {
                    e.consume();
                    commit(field.getText(), Move.DOWN);
                }
                case TAB -> {
                    e.consume();
                    commit(field.getText(), e.isShiftDown() ? Move.LEFT : Move.RIGHT);
                }
                default -> { }
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing() && !committing && !(editor instanceof DateEditor d && d.isCalendarOpen())) {
                Platform.runLater(() -> {
                    if (isEditing() && !field.isFocused()) {
                        commit(field.getText(), Move.NONE);
                    }
                });
            }
        });
    }

    private void commit(String text, Move move) {
        if (committing || !isEditing()) {
            return;
        }
        committing = true;
        try {
            TaskRow row = row();
            int index = getIndex();
            boolean unchanged = text != null && text.equals(startText);
            String error = row == null || unchanged ? null : sheet.edits().edit(row, column, text);
            cancelEdit();
            refresh();
            if (error != null) {
                pseudoClassStateChanged(INVALID, true);
                sheet.showRefusal(this, error);
            } else {
                sheet.clearRefusal();
            }
            getTableView().requestFocus();
            sheet.moveAfterEdit(index, column, error == null ? move : Move.NONE);
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        updateItem(getItem(), isEmpty());
    }
}
