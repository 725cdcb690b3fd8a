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

/**
 * What the chart shows, as a PNG (the whole plan with its task names is the export layer's {@code GanttPicture}).
 * Painting runs on the JavaFX thread; {@link #save} (encoding and writing the file) may run on any thread.
 */
public final class GanttImage {

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
