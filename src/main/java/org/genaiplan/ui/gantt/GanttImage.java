package org.genaiplan.ui.gantt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.genaiplan.model.Plan;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.ListRows;
import org.genaiplan.ui.gantt.layout.RowSource;
import org.genaiplan.ui.gantt.layout.TimeScale;
import org.genaiplan.ui.gantt.layout.ZoomLevel;

/**
 * The chart as a PNG: what the view shows, or the whole plan (every task, summaries expanded) at the view's
 * zoom. The whole plan is drawn in tiles on an off-screen canvas with the same painter. Painting runs on the
 * JavaFX thread; {@link #save} (encoding and writing the file, the slow part for a large plan) may run on
 * any thread.
 */
public final class GanttImage {
    /** The largest image written (about 240 MB of pixels while it is assembled). */
    static final long MAX_PIXELS = 60_000_000L;
    private static final int TILE = 2048;

    private GanttImage() {
    }

    /** What the chart shows now, as a picture. */
    public static BufferedImage visible(GanttChart chart) {
        chart.draw();
        Canvas c = chart.canvas();
        WritableImage image = c.snapshot(params(), null);
        return picture(image, (int) c.getWidth(), (int) c.getHeight());
    }

    /** {@code file}, or {@code file} with ".png" added when it lacks it. */
    public static Path pngPath(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file
                : file.resolveSibling(file.getFileName() + ".png");
    }

    /** Every task of the plan at the chart's zoom, as a picture; refused when it would be too large. */
    public static BufferedImage wholePlan(GanttChart chart, Plan plan) throws IOException {
        return wholePlan(plan, chart.scale().zoom(), chart.theme(), chart.ganttLayout().rowHeight());
    }

    static BufferedImage wholePlan(Plan plan, ZoomLevel zoom, GanttTheme theme, double rowHeight)
            throws IOException {
        var span = PlanSpan.of(plan);
        TimeScale scale = new TimeScale(span[0].minusDays(3), zoom, plan.calendar());
        GanttLayout layout = new GanttLayout(scale);
        layout.setRowHeight(rowHeight);
        RowSource rows = new ListRows(plan.tasksInOrder());
        double header = 2 * rowHeight;
        int width = (int) Math.ceil(scale.x(span[1].plusDays(14)) + 200);
        int height = (int) Math.ceil(header + rows.rowCount() * rowHeight + rowHeight);
        if ((long) width * height > MAX_PIXELS) {
            throw new IOException("The whole plan would make an image of " + width + " \u00d7 " + height
                    + " pixels, too large for one file; zoom out or export the visible chart.");
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        GanttPainter painter = new GanttPainter();
        GanttPainter.Frame frame = new GanttPainter.Frame();
        int[] pixels = new int[TILE * TILE];
        for (int ty = 0; ty < height; ty += TILE) {
            for (int tx = 0; tx < width; tx += TILE) {
                int w = Math.min(TILE, width - tx);
                int h = Math.min(TILE, height - ty);
                Canvas canvas = new Canvas(w, h);
                scale.setScrollX(tx);
                frame.width = w;
                frame.height = h;
                frame.headerHeight = ty == 0 ? header : 0;
                layout.setScrollY(ty == 0 ? 0 : ty - header);
                frame.now = null;
                painter.paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme, frame);
                WritableImage tile = canvas.snapshot(params(), null);
                tile.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                        IntBuffer.wrap(pixels), w);
                out.setRGB(tx, ty, w, h, pixels, 0, w);
            }
        }
        return out;
    }

    private static SnapshotParameters params() {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return p;
    }

    private static BufferedImage picture(WritableImage image, int w, int h) {
        int[] pixels = new int[Math.max(1, w * h)];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), w);
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }

    /** Encodes the picture as PNG into {@code file}, through a temporary file; any thread. */
    public static void save(BufferedImage image, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("No PNG writer is available.");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
