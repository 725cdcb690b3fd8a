package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.ui.gantt.layout.BarShape;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.RowSource;
import org.genaiplan.ui.gantt.layout.TimeScale;

/**
 * The tracking layer of the Gantt chart: under each task bar, a thin bar where the compared baseline had the
 * task; when the task now finishes later, the slip from the baseline finish to today's finish is drawn in amber
 * beside it. Also the status-date line, at the end of the status date. Nothing is drawn when the
 * plan has no baseline or no status date.
 */
final class BaselineBars {
    static final Color LIGHT_BASELINE = Color.web("#8a93a3");
    static final Color DARK_BASELINE = Color.web("#a7b0c0");
    static final Color LIGHT_SLIP = Color.web("#e08a00");
    static final Color DARK_SLIP = Color.web("#ffb74d");
    static final Color LIGHT_STATUS = Color.web("#2e7d32");
    static final Color DARK_STATUS = Color.web("#81c784");

    private final BarShape bar = new BarShape();
    private Baseline cachedFor;
    private Map<Long, BaselineTask> cached = Map.of();

    void paint(GraphicsContext gc, GanttLayout layout, RowSource rows, Plan plan, GanttTheme theme, int first,
               int last) {
        Baseline baseline = plan.tracking().comparedBaseline();
        if (baseline == null) {
            return;
        }
        if (baseline != cachedFor) {
            cached = baseline.taskMap();
            cachedFor = baseline;
        }
        boolean dark = theme.background().getBrightness() < 0.5;
        TimeScale scale = layout.scale();
        double h = Math.max(2, Math.round(layout.rowHeight() * 0.14));
        for (int row = first; row <= last; row++) {
            Task task = rows.task(row);
            BaselineTask b = cached.get(task.id());
            if (b == null || b.start() == null || b.finish() == null || !layout.bar(task, row, bar)) {
                continue;
            }
            double x0 = scale.x(b.start());
            double x1 = Math.max(scale.x(b.finish()), x0 + 2);
            double y = Math.min(bar.y + bar.height + 1, layout.rowTop(row) + layout.rowHeight() - h);
            gc.setFill(dark ? DARK_BASELINE : LIGHT_BASELINE);
            gc.fillRect(x0, y, x1 - x0, h);
            double now = bar.x + bar.width;
            if (task.finish().isAfter(b.finish()) && now > x1) {
                gc.setFill(dark ? DARK_SLIP : LIGHT_SLIP);
                gc.fillRect(x1, y, now - x1, h);
                gc.fillRect(now - 1, y - 2, 2, h + 2);
            }
        }
    }

    void paintStatusLine(GraphicsContext gc, GanttLayout layout, LocalDate statusDate, GanttTheme theme,
                         double bodyH) {
        if (statusDate == null) {
            return;
        }
        double x = Math.floor(layout.scale().x(statusDate.plusDays(1))) + 0.5;
        gc.setStroke(theme.background().getBrightness() < 0.5 ? DARK_STATUS : LIGHT_STATUS);
        gc.setLineWidth(1.5);
        gc.setLineDashes(2, 3);
        gc.strokeLine(x, 0, x, bodyH);
        gc.setLineDashes((double[]) null);
    }
}
