package org.genaiplan.ui.wbs;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import org.genaiplan.ui.rows.TaskRow;

/**
 * The keys of the WBS sheet, as in MS Project and Excel: typing on a selected cell starts editing it with
 * that character, F2 edits in place, Enter goes down, Tab and Shift+Tab go right and left, Alt+Shift+arrows
 * indent, outdent and move rows, Alt+Shift+plus and minus open and close a branch. The menu's accelerators
 * own the other shortcuts (Insert, Delete, Ctrl+C...).
 */
final class SheetKeys {
    private final WbsSheet sheet;

    SheetKeys(WbsSheet sheet) {
        this.sheet = sheet;
    }

    void install(TableView<TaskRow> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent e) {
        if (sheet.isEditing()) {
            return;
        }
        WbsActions actions = sheet.actions();
        if (e.isAltDown() && e.isShiftDown()) {
            boolean handled = true;
            switch (e.getCode()) {
                case RIGHT, KP_RIGHT -> actions.indent();
                case LEFT, KP_LEFT -> actions.outdent();
                case UP, KP_UP -> actions.moveUp();
                case DOWN, KP_DOWN -> actions.moveDown();
                case PLUS, ADD, EQUALS -> expandFocused(true);
                case MINUS, SUBTRACT -> expandFocused(false);
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
            return;
        }
        TablePosition<TaskRow, ?> pos = sheet.table().getFocusModel().getFocusedCell();
        switch (e.getCode()) {
            case F2 -> {
                e.consume();
                sheet.startEdit();
            }
            case ENTER -> {
                if (!e.isShortcutDown() && !e.isAltDown() && pos != null && pos.getRow() >= 0) {
                    e.consume();
                    int next = e.isShiftDown() ? pos.getRow() - 1 : pos.getRow() + 1;
                    sheet.focusCell(Math.clamp(next, 0, sheet.table().getItems().size() - 1), pos.getTableColumn());
                }
            }
            case TAB -> {
                if (!e.isShortcutDown() && pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null) {
                    e.consume();
                    sheet.moveAcross(pos.getRow(), pos.getTableColumn(), e.isShiftDown() ? -1 : 1, false);
                }
            }
            default -> { }
        }
    }

    private void expandFocused(boolean expanded) {
        TaskRow row = sheet.table().getFocusModel().getFocusedItem();
        if (row != null && row.hasChildren()) {
            row.setExpanded(expanded);
        }
    }

    /** A printable character typed on a selected cell starts editing it, with that character as its text. */
    private void typed(KeyEvent e) {
        if (sheet.isEditing() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        TablePosition<TaskRow, ?> pos = sheet.table().getFocusModel().getFocusedCell();
        TableColumn<TaskRow, ?> col = pos == null ? null : pos.getTableColumn();
        if (pos == null || pos.getRow() < 0 || col == null) {
            return;
        }
        e.consume();
        sheet.startEditWith(ch);
    }
}
