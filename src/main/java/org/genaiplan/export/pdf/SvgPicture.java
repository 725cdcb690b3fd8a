package org.genaiplan.export.pdf;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * A drawing in points as an SVG document, through Apache Batik's SVG generator (ADR 0016): shapes become paths
 * and rectangles, text stays {@code <text>} in the report's typeface, with sans-serif where a viewer lacks it.
 */
final class SvgPicture {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** How the generator names the report's typeface (the family of its embedded font files). */
    private static final String FAMILY = "font-family:'DejaVu Sans Condensed'";

    private SvgPicture() {
    }

    /**
     * The font to set on {@code g}: in an SVG, the bold face says so in its style, so the generator writes
     * {@code font-weight: bold} (a face loaded from its file is "plain" to Java2D, its weight is in the file).
     */
    static Font styled(Graphics2D g, Font font) {
        if (g instanceof SVGGraphics2D && !font.isBold() && font.getFontName().endsWith("Bold")) {
            return font.deriveFont(Font.BOLD);
        }
        return font;
    }

    static String document(double width, double height, Consumer<Graphics2D> drawing) {
        Document dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder is available.", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false); // text stays text
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        try {
            drawing.accept(g);
            StringWriter out = new StringWriter();
            g.stream(out, true);
            // no DOCTYPE: SVG 1.1's DTD is not needed to show the file, and a reader would fetch it from w3.org;
            // the report's typeface, then a close one, then any sans-serif where a viewer has neither
            return out.toString().replaceFirst("<!DOCTYPE[^>]*>\\s*", "")
                    .replace(FAMILY, FAMILY + ", 'DejaVu Sans', sans-serif");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
    }
}
