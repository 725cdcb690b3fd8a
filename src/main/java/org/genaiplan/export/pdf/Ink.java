package org.genaiplan.export.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;

/** The report's colours, lines and text placement, shared by every section. */
final class Ink {
    static final Color TEXT = new Color(0x22, 0x28, 0x31);
    static final Color MUTED = new Color(0x5f, 0x67, 0x73);
    static final Color RULE = new Color(0x9a, 0xa2, 0xad);
    static final Color GRID = new Color(0xd9, 0xdd, 0xe2);
    static final Color BAND = new Color(0xf1, 0xf4, 0xf8);
    static final Color HEADER = new Color(0xe3, 0xe8, 0xef);
    static final Color WEEKEND = new Color(0xf6, 0xf6, 0xf6);
    static final Color BAR = new Color(0x4a, 0x78, 0xb5);
    static final Color BAR_DONE = new Color(0x2c, 0x4f, 0x80);
    static final Color CRITICAL = new Color(0xd0, 0x45, 0x3a);
    static final Color CRITICAL_DONE = new Color(0x8f, 0x2a, 0x22);
    static final Color SUMMARY = new Color(0x39, 0x40, 0x4d);
    static final Color TODAY = new Color(0xc0, 0x39, 0x2b);
    static final Color ALERT = new Color(0xfd, 0xec, 0xc8);
    static final Color OVER = new Color(0xf8, 0xd2, 0xce);

    static final Stroke HAIRLINE = new BasicStroke(0.4f);
    static final Stroke THIN = new BasicStroke(0.7f);
    static final Stroke TODAY_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
            new float[] {3, 2}, 0);

    /** Body text of tables and charts, in points. */
    static final float BODY = 7.5f;
    static final float SMALL = 7f;

    private Ink() {
    }

    /** Draws {@code text} with its baseline placed so the line sits centred on {@code midY}. */
    static void left(Graphics2D g, ReportFonts fonts, String text, Font font, double x, double midY) {
        if (text == null || text.isEmpty()) {
            return;
        }
        fonts.draw(g, text, font, x, baseline(fonts, font, midY));
    }

    static void right(Graphics2D g, ReportFonts fonts, String text, Font font, double rightX, double midY) {
        left(g, fonts, text, font, rightX - fonts.width(text, font), midY);
    }

    static void centre(Graphics2D g, ReportFonts fonts, String text, Font font, double centreX, double midY) {
        left(g, fonts, text, font, centreX - fonts.width(text, font) / 2, midY);
    }

    /** The baseline that centres a line of {@code font} on {@code midY} (by its cap height). */
    static double baseline(ReportFonts fonts, Font font, double midY) {
        return midY + font.getSize2D() * 0.36;
    }
}
