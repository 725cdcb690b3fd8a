package org.genaiplan.ui.gantt;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.ListRows;
import org.genaiplan.ui.gantt.layout.RowSource;
import org.genaiplan.ui.gantt.layout.TimeScale;
import org.genaiplan.ui.gantt.layout.ZoomLevel;

/**
 * Measures drawing one full frame of the chart (layout and every drawing call on a 1600 x 900 canvas) for a
 * generated plan with every summary expanded, while scrolling through it, on JavaFX's headless platform.
 * Prints {@code bench gantt-frame tasks=N ms=<median>} and the bytes a frame allocates.
 *
 * <pre>java -Dglass.platform=Headless -Dprism.order=sw -cp target/genaiplan.jar org.genaiplan.bench.GanttFrames [tasks]</pre>
 */
public final class GanttFrameBench {
    private static final int WARM_UP = 300;
    private static final int FRAMES = 400;
    private static final int RENDERED = 40;

    private GanttFrameBench() {
    }

    /**
     * Measures frames of {@code plan} (scheduled, with {@code tasks} tasks) on the JavaFX thread and returns the
     * result lines. The command line's benchmark makes the plan ({@code org.genaiplan.bench.GanttFrames}).
     */
    public static String run(Plan plan, int tasks) {
        Canvas canvas = new Canvas(1600, Integer.getInteger("gantt.bench.height", 900));
        var span = PlanSpan.of(plan);
        TimeScale scale = new TimeScale(span[0].minusDays(7), ZoomLevel.DAYS, plan.calendar());
        GanttLayout layout = new GanttLayout(scale);
        layout.setRowHeight(org.genaiplan.ui.rows.VisibleRows.ROW_HEIGHT);
        RowSource rows = new ListRows(plan.tasksInOrder());
        GanttPainter painter = new GanttPainter();
        GanttPainter.Frame frame = new GanttPainter.Frame();
        frame.width = canvas.getWidth();
        frame.height = canvas.getHeight();
        frame.headerHeight = 2 * org.genaiplan.ui.rows.VisibleRows.ROW_HEIGHT;
        frame.now = span[0].atTime(12, 0);
        GanttTheme theme = GanttTheme.light();
        double contentHeight = rows.rowCount() * layout.rowHeight();
        double stepY = contentHeight / (WARM_UP + FRAMES);
        long[] nanos = new long[FRAMES];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < WARM_UP + FRAMES; i++) {
            // Scroll down through the plan and follow its bars in time, as a user scrolling would.
            layout.setScrollY(i * stepY);
            int row = Math.min(rows.rowCount() - 1, layout.firstVisibleRow());
            var start = rows.task(row).start();
            scale.setScrollX(start == null ? 0 : scale.x(start.toLocalDate()) + scale.scrollX() - 200);
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            painter.paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme, frame);
            long t1 = System.nanoTime();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = t1 - t0;
                allocated += threads.getCurrentThreadAllocatedBytes() - a0;
            }
        }
        Arrays.sort(nanos);
        double ms = nanos[FRAMES / 2] / 1e6;
        // The same frames rasterised too (software pipeline, read back as an image): an upper bound on what
        // the screen costs, since a snapshot also copies every pixel back.
        long[] rendered = new long[RENDERED];
        var image = new javafx.scene.image.WritableImage((int) frame.width, (int) frame.height);
        for (int i = 0; i < RENDERED * 2; i++) {
            layout.setScrollY(i * contentHeight / (RENDERED * 2));
            long t0 = System.nanoTime();
            painter.paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme, frame);
            canvas.snapshot(null, image);
            long t1 = System.nanoTime();
            if (i >= RENDERED) {
                rendered[i - RENDERED] = t1 - t0;
            }
        }
        Arrays.sort(rendered);
        // What the snapshot alone costs: the same canvas holding only a cleared background.
        long[] blank = new long[RENDERED];
        for (int i = 0; i < RENDERED * 2; i++) {
            long t0 = System.nanoTime();
            var gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, frame.width, frame.height);
            gc.setFill(theme.background());
            gc.fillRect(0, 0, frame.width, frame.height);
            canvas.snapshot(null, image);
            long t1 = System.nanoTime();
            if (i >= RENDERED) {
                blank[i - RENDERED] = t1 - t0;
            }
        }
        Arrays.sort(blank);
        return String.format(java.util.Locale.ROOT, "bench gantt-frame tasks=%d ms=%.3f%n"
                        + "bench gantt-frame-alloc tasks=%d kb=%.1f%n"
                        + "bench gantt-frame-rendered tasks=%d ms=%.3f%n"
                        + "bench gantt-blank-snapshot tasks=%d ms=%.3f",
                tasks, ms, tasks, allocated / 1024.0 / FRAMES, tasks, rendered[RENDERED / 2] / 1e6,
                tasks, blank[RENDERED / 2] / 1e6);
    }
}
