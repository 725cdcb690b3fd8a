package org.genaiplan.ui.gantt;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.RowSource;

/**
 * A red outline around the bar of each task in view that works while one of its resources is over-allocated
 * (colour {@code -gantt-overallocated} in {@code gantt.css}). A plan without assignments or GPU pools asks
 * the rows one cheap question per visible row and draws nothing.
 */
final class OverAllocationMarks {
    static final Color LIGHT = Color.web("#d50000");

    private final BarShape bar = new BarShape();

    void paint(GraphicsContext gc, GanttLayout layout, RowSource rows, Color color, int first, int last) {
        boolean any = false;
        for (int row = first; row <= last; row++) {
            Task task = rows.task(row);
            if (task.kind() == TaskKind.SUMMARY || rows.overAllocation(task.id()) == null
                    || !layout.bar(task, row, bar)) {
                continue;
            }
            if (!any) {
                gc.setStroke(color == null ? LIGHT : color);
                gc.setLineWidth(2);
                gc.setLineDashes((double[]) null);
                any = true;
            }
            gc.strokeRect(bar.x - 2, bar.y - 2, Math.max(bar.width, 2) + 4, bar.height + 4);
        }
    }
}
