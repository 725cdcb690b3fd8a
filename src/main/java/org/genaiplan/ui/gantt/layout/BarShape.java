package org.genaiplan.ui.gantt.layout;

import org.genaiplan.model.TaskKind;

/**
 * Where one row's bar goes, in pixels. A reusable buffer: the layout fills it in place, so drawing and
 * scrolling make no object per row.
 */
public final class BarShape {
    public TaskKind kind;
    public long taskId;
    public int row;
    /** Left edge; for a milestone, the left corner of the diamond. */
    public double x;
    public double y;
    public double width;
    public double height;
    /** Width of the progress fill, from the left edge. */
    public double progressWidth;
    public boolean critical;

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    @Override
    public String toString() {
        return kind + "[x=" + x + " y=" + y + " w=" + width + " h=" + height + " p=" + progressWidth + "]";
    }
}
