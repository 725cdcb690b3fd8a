package org.genaiplan.ui.wbs;

import org.genaiplan.ui.EditTarget;

/** The Edit menu on a WBS sheet: undo and redo keep the selection, cut, copy and paste whole rows. */
public final class SheetEditTarget implements EditTarget {
    private final WbsSheet sheet;

    public SheetEditTarget(WbsSheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public boolean isEditing() {
        return sheet.isEditing();
    }

    @Override
    public void undo() {
        sheet.actions().undo();
    }

    @Override
    public void redo() {
        sheet.actions().redo();
    }

    @Override
    public void cut() {
        sheet.clipboard().cut();
    }

    @Override
    public void copy() {
        sheet.clipboard().copy();
    }

    @Override
    public void paste() {
        sheet.clipboard().paste();
    }

    @Override
    public void delete() {
        sheet.actions().delete();
    }

    @Override
    public void focus() {
        sheet.takeFocus();
    }
}
