package org.genaiplan.ui.wbs;

/** Where a dragged row lands relative to the row under the mouse. */
enum DropZone {
    BEFORE, INTO, AFTER;

    /** The upper quarter of a row means before it, the lower quarter after it, the middle makes a child. */
    static DropZone at(double y, double rowHeight) {
        if (y < rowHeight * 0.25) {
            return BEFORE;
        }
        if (y > rowHeight * 0.75) {
            return AFTER;
        }
        return INTO;
    }
}
