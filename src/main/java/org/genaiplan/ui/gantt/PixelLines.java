package org.genaiplan.ui.gantt;

import javafx.scene.canvas.GraphicsContext;

/**
 * The chart's thin straight lines (grid, header rules, link routes) drawn as filled one-pixel rectangles on
 * whole pixels, in the fill colour. It looks the same as a one-pixel stroke on a pixel's centre, but the
 * software renderer (used without a graphics card, as on remote desktops and virtual machines) fills a
 * rectangle directly, while every stroked line goes through its anti-aliasing rasteriser: most of a frame's
 * time went there.
 */
final class PixelLines {
    private PixelLines() {
    }

    /** A line down the pixel column holding {@code x}, from {@code y} for {@code height}. */
    static void down(GraphicsContext gc, double x, double y, double height) {
        gc.fillRect(Math.floor(x), y, 1, height);
    }

    /** A line across the pixel row holding {@code y}, from {@code x} for {@code width}. */
    static void across(GraphicsContext gc, double y, double x, double width) {
        gc.fillRect(x, Math.floor(y), width, 1);
    }

    /**
     * One leg of a link's route (routes run only across and down; a slanted leg is stroked). Each leg covers
     * the pixel it ends on and, unless it is the {@code first}, not the one it starts on, so a corner is
     * painted once, even when the link is drawn faintly.
     */
    static void leg(GraphicsContext gc, double x0, double y0, double x1, double y1, boolean first) {
        double ax = Math.floor(x0);
        double ay = Math.floor(y0);
        double bx = Math.floor(x1);
        double by = Math.floor(y1);
        if (ay == by && ax != bx) {
            double step = Math.signum(bx - ax);
            double from = first ? ax : ax + step;
            gc.fillRect(Math.min(from, bx), ay, Math.abs(bx - from) + 1, 1);
        } else if (ax == bx && ay != by) {
            double step = Math.signum(by - ay);
            double from = first ? ay : ay + step;
            gc.fillRect(ax, Math.min(from, by), 1, Math.abs(by - from) + 1);
        } else if (ax != bx) {
            gc.strokeLine(x0, y0, x1, y1);
        }
    }
}
