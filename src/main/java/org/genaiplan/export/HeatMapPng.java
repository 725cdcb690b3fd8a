package org.genaiplan.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.genaiplan.model.ScoreBand;

/**
 * Draws the 5 x 5 heat map of open risk counts off-screen (java.awt), for the Summary sheet when the caller
 * gives no image of its own. Probability runs up (5 at the top), impact across (5 at the right).
 */
final class HeatMapPng {
    private static final int CELL = 56;
    private static final int LEFT = 56;
    private static final int TOP = 40;

    private HeatMapPng() {
    }

    static byte[] render(int[][] counts, String title) {
        int width = LEFT + 5 * CELL + 16;
        int height = TOP + 5 * CELL + 48;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Color ink = new Color(0x33, 0x3a, 0x45);
            g.setColor(ink);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, LEFT, 24);
            for (int p = 1; p <= 5; p++) {
                for (int i = 1; i <= 5; i++) {
                    int x = LEFT + (i - 1) * CELL;
                    int y = TOP + (5 - p) * CELL;
                    byte[] c = switch (ScoreBand.of(p * i)) {
                        case GREEN -> Styles.GREEN;
                        case AMBER -> Styles.AMBER;
                        case RED -> Styles.RED;
                    };
                    g.setColor(new Color(c[0] & 0xff, c[1] & 0xff, c[2] & 0xff));
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(2));
                    g.drawRect(x, y, CELL, CELL);
                    if (counts[p - 1][i - 1] > 0) {
                        g.setColor(ink);
                        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
                        centre(g, Integer.toString(counts[p - 1][i - 1]), x + CELL / 2, y + CELL / 2);
                    }
                }
                g.setColor(ink);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                centre(g, Integer.toString(p), LEFT - 12, TOP + (5 - p) * CELL + CELL / 2);
                centre(g, Integer.toString(p), LEFT + (p - 1) * CELL + CELL / 2, TOP + 5 * CELL + 12);
            }
            centre(g, "Impact", LEFT + 5 * CELL / 2, TOP + 5 * CELL + 32);
            g.rotate(-Math.PI / 2, 16, TOP + 5 * CELL / 2.0);
            centre(g, "Probability", 16, TOP + 5 * CELL / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void centre(Graphics2D g, String text, int cx, int cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, cy + (fm.getAscent() - fm.getDescent()) / 2);
    }
}
