package org.genaiplan.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;

/**
 * A drawing in points as an SVG document, through JFreeSVG's Graphics2D (ADR 0016): shapes become paths and
 * rectangles, text stays {@code <text>} in the report's typeface, with sans-serif where a viewer lacks it.
 */
final class SvgPicture {
    private static final String ROUNDED_BODY = "font-size: " + Math.round(Ink.BODY) + "px;";

    private SvgPicture() {
    }

    /**
     * The font to set on {@code g}: in an SVG, the bold face says so in its style, so JFreeSVG writes
     * {@code font-weight: bold} (a face loaded from its file is "plain" to Java2D, its weight is in the file).
     */
    static Font styled(Graphics2D g, Font font) {
        if (g instanceof SVGGraphics2D && !font.isBold() && font.getFontName().endsWith("Bold")) {
            return font.deriveFont(Font.BOLD);
        }
        return font;
    }

    static String document(double width, double height, Consumer<Graphics2D> drawing) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG quotes its attributes with ' so the family names take "
        g.setFontFunction(family -> "\"" + family + "\", \"DejaVu Sans\", sans-serif");
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        // no DOCTYPE: SVG 1.1's DTD is not needed to show the file, and a reader would fetch it from w3.org
        String svg = g.getSVGElement();
        // JFreeSVG writes a font's whole-number size (Font.getSize()): the body text's 7.5 pt would be set at 8
        // and run wider than the layout measured; the report uses no other size that rounds to 8
        svg = svg.replace(ROUNDED_BODY, "font-size: " + Ink.BODY + "px;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }
}
