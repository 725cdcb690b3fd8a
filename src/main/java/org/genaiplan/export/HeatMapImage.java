package org.genaiplan.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import javax.imageio.ImageIO;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/**
 * The 5 x 5 probability x impact heat map drawn as a PNG image (plain java.awt, no JavaFX), for the
 * Excel export and reports: the count of open risks per cell, cells coloured by score band.
 * Probability runs up the left side (5 at the top), impact along the bottom (5 at the right).
 */
public final class HeatMapImage {
    public static final Color GREEN = new Color(0x7c, 0xc8, 0x92);
    public static final Color AMBER = new Color(0xf5, 0xc8, 0x4c);
    public static final Color RED = new Color(0xe8, 0x77, 0x6f);
    /** Side of one cell in pixels. */
    public static final int CELL = 64;
    /** Left edge of the matrix (room for the probability axis). */
    public static final int LEFT = 64;
    /** Top edge of the matrix (room for the title). */
    public static final int TOP = 44;
    public static final int WIDTH = LEFT + 5 * CELL + 20;
    public static final int HEIGHT = TOP + 5 * CELL + 56;

    private HeatMapImage() {
    }

    /** Open (not closed) risks per cell, {@code [p - 1][i - 1]}, by inherent or residual ratings. */
    public static int[][] count(Collection<Risk> risks, boolean residual) {
        int[][] counts = new int[5][5];
        for (Risk r : risks) {
            if (r.status() == RiskStatus.CLOSED) {
                continue;
            }
            int p = residual ? r.residualProbability() : r.probability();
            int i = residual ? r.residualImpact() : r.impact();
            counts[p - 1][i - 1]++;
        }
        return counts;
    }

    public static Color colour(ScoreBand band) {
        return switch (band) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
        };
    }

    /** The top-left pixel of the cell for probability {@code p} and impact {@code i}. */
    public static int cellX(int i) {
        return LEFT + (i - 1) * CELL;
    }

    public static int cellY(int p) {
        return TOP + (5 - p) * CELL;
    }

    /** Draws the map; {@code counts[p - 1][i - 1]} is the number shown in each cell (blank for zero). */
    public static BufferedImage render(int[][] counts, String title) {
        if (counts.length != 5) {
            throw new IllegalArgumentException("a heat map has 5 rows of counts, not " + counts.length);
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color ink = new Color(0x39, 0x40, 0x4d);
            g.setColor(ink);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title == null ? "" : title, LEFT, 26);

            Font countFont = new Font(Font.SANS_SERIF, Font.BOLD, 18);
            Font scaleFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            for (int p = 1; p <= 5; p++) {
                if (counts[p - 1].length != 5) {
                    throw new IllegalArgumentException("each heat map row has 5 counts");
                }
                for (int i = 1; i <= 5; i++) {
                    int x = cellX(i);
                    int y = cellY(p);
                    g.setColor(colour(ScoreBand.of(p * i)));
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(2));
                    g.drawRect(x, y, CELL, CELL);
                    int n = counts[p - 1][i - 1];
                    if (n > 0) {
                        g.setColor(new Color(0x22, 0x28, 0x31));
                        g.setFont(countFont);
                        centre(g, Integer.toString(n), x + CELL / 2, y + CELL / 2);
                    }
                }
                g.setColor(ink);
                g.setFont(scaleFont);
                centre(g, Integer.toString(p), LEFT - 12, cellY(p) + CELL / 2);
                centre(g, Integer.toString(p), cellX(p) + CELL / 2, TOP + 5 * CELL + 14);
            }
            g.setFont(scaleFont);
            centre(g, "Impact", LEFT + 5 * CELL / 2, TOP + 5 * CELL + 38);
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2, 22, TOP + 5 * CELL / 2.0);
            centre(g, "Probability", 22, TOP + 5 * CELL / 2);
            g.setTransform(saved);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void centre(Graphics2D g, String text, int cx, int cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, cy + (fm.getAscent() - fm.getDescent()) / 2);
    }

    public static void writePng(int[][] counts, String title, OutputStream out) throws IOException {
        if (!ImageIO.write(render(counts, title), "png", out)) {
            throw new IOException("No PNG writer is available.");
        }
    }

    /** The map as PNG bytes (for embedding in a workbook). */
    public static byte[] png(int[][] counts, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writePng(counts, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
