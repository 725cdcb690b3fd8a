package org.genaiplan.ui.gantt.layout;

/** Receives the cells of one header tier, left to right. */
@FunctionalInterface
public interface HeaderSink {
    /**
     * @param x left edge in pixels (may be left of the visible area for the first cell)
     * @param width width in pixels
     * @param label the text of the cell
     */
    void cell(double x, double width, String label);
}
