package org.genaiplan.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one typeface, DejaVu Sans Condensed (regular and bold, shipped with the app under its free
 * licence, see DejaVu-LICENSE.txt): the layout measures text with it, Java2D draws with it and the PDF embeds
 * the glyphs it uses, so a page looks the same in the PDF, in a picture and on a printer, on any machine.
 */
public final class ReportFonts {
    /** No text in a report is smaller than this, in points. */
    public static final float MIN_SIZE = 7f;
    private static final String REGULAR = "DejaVuSansCondensed.ttf";
    private static final String BOLD = "DejaVuSansCondensed-Bold.ttf";
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static ReportFonts shared;

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;

    private ReportFonts() {
        regularBytes = read(REGULAR);
        boldBytes = read(BOLD);
        regular = create(regularBytes);
        bold = create(boldBytes);
    }

    /** The fonts, loaded once. */
    public static synchronized ReportFonts get() {
        if (shared == null) {
            shared = new ReportFonts();
        }
        return shared;
    }

    /** The typeface at {@code size} points (never below {@link #MIN_SIZE}). */
    public Font font(boolean boldFace, float size) {
        return (boldFace ? bold : regular).deriveFont(Math.max(MIN_SIZE, size));
    }

    /** The width of {@code text} in points, as {@link #draw} sets it. */
    public double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (font.canDisplayUpTo(text) < 0) {
            return font.getStringBounds(text, MEASURE).getWidth();
        }
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int end = runEnd(text, i, font);
            width += runFont(text, i, font).getStringBounds(text, i, end, MEASURE).getWidth();
            i = end;
        }
        return width;
    }

    /**
     * Draws {@code text} from ({@code x}, {@code baseline}): in the report's typeface, which the PDF embeds as
     * text, except for runs of letters it lacks (Chinese, emoji...), which go in the system's sans-serif font (in
     * the PDF, as outlines).
     */
    public void draw(Graphics2D g, String text, Font font, double x, double baseline) {
        if (font.canDisplayUpTo(text) < 0) {
            g.setFont(SvgPicture.styled(g, font));
            g.drawString(text, (float) x, (float) baseline);
            return;
        }
        double at = x;
        for (int i = 0; i < text.length(); ) {
            int end = runEnd(text, i, font);
            Font run = runFont(text, i, font);
            String part = text.substring(i, end);
            g.setFont(run);
            g.drawString(part, (float) at, (float) baseline);
            at += run.getStringBounds(part, MEASURE).getWidth();
            i = end;
        }
        g.setFont(font);
    }

    /** Where the run of letters starting at {@code start} that {@code font} can (or cannot) show ends. */
    private static int runEnd(String text, int start, Font font) {
        boolean shown = font.canDisplay(text.codePointAt(start));
        int i = start;
        while (i < text.length() && font.canDisplay(text.codePointAt(i)) == shown) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static Font runFont(String text, int start, Font font) {
        return font.canDisplay(text.codePointAt(start)) ? font
                : new Font(Font.SANS_SERIF, font.getStyle() | (font.getFontName().endsWith("Bold") ? Font.BOLD : 0),
                        Math.round(font.getSize2D())).deriveFont(font.getSize2D());
    }

    /** Distance from the top of a line to its baseline. */
    public double ascent(Font font) {
        return font.getLineMetrics("Hg", MEASURE).getAscent();
    }

    /** {@code text} shortened with an ellipsis to fit {@code max} points. */
    public String fit(String text, Font font, double max) {
        if (text == null || width(text, font) <= max) {
            return text == null ? "" : text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid) + "\u2026", font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "\u2026";
    }

    /**
     * The text drawer for a PDF: both faces embedded as subsets of the glyphs used; text the faces cannot
     * show falls back to outlines, still vector.
     */
    PdfBoxGraphics2DFontTextDrawer drawer(PDDocument document) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        drawer.registerFont(regular.getFontName(), PDType0Font.load(document, withoutSubstitutions(regularBytes)));
        drawer.registerFont(bold.getFontName(), PDType0Font.load(document, withoutSubstitutions(boldBytes)));
        return drawer;
    }

    /**
     * The font file with its glyph substitution table hidden (its tag renamed), so PDFBox sets "fi" as two
     * letters, as Java2D measured it, and a reader who copies or searches the text finds the letters typed,
     * not a ligature.
     */
    static ByteArrayInputStream withoutSubstitutions(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'x';
            }
        }
        return new ByteArrayInputStream(copy);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + name + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException e) {
            throw new IllegalStateException("A report font cannot be read.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
