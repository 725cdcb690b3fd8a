package org.genaiplan.ui.gantt;

/** What a drag in progress shows: a ghost bar, a progress mark or a line to the bar being linked. */
final class DragPreview {
    enum Kind { NONE, MOVE, RESIZE, PROGRESS, LINK }

    Kind kind = Kind.NONE;
    int row;
    double x;
    double width;
    double progressWidth;
    double fromX;
    double fromY;
    double toX;
    double toY;
    /** Dates the drop would give, shown beside the ghost. */
    String text = "";

    void clear() {
        kind = Kind.NONE;
        text = "";
    }
}
