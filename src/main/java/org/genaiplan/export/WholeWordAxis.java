package org.genaiplan.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels break between words only, never inside one ("Discovery", not "Discove / ry").
 * A label that does not fit its width is wrapped over up to {@link #getMaximumCategoryLabelLines()} lines; if
 * a word is too wide even so, all labels are drawn in a slightly smaller font, and only as a last resort is a
 * word shortened with an ellipsis; {@link #nameCategories} gives every label its whole name as a tooltip (shown in the window).
 */
final class WholeWordAxis extends CategoryAxis {
    static final String ELLIPSIS = "\u2026";
    /** How far a label's font may shrink (in points) before words are shortened. */
    private static final float MIN_FONT_SIZE = 8f;

    /** The size every label is drawn at (NaN while it is being worked out). */
    private float commonSize = Float.NaN;
    private float fittingSize;

    WholeWordAxis() {
        setMaximumCategoryLabelLines(3);
    }

    /** Gives each category's label its whole name as a tooltip, for labels that had to be shortened. */
    void nameCategories(List<? extends Comparable<?>> categories) {
        for (Comparable<?> c : categories) {
            addCategoryLabelToolTip(c, c.toString());
        }
    }

    /**
     * Lays the labels out twice: first to find the largest font size (down to {@link #MIN_FONT_SIZE}) at
     * which every label fits in whole words, then to make them all at that one size.
     */
    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        commonSize = Float.NaN;
        fittingSize = Float.MAX_VALUE;
        super.refreshTicks(g2, state, dataArea, edge);
        commonSize = fittingSize;
        return super.refreshTicks(g2, state, dataArea, edge);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String text = category.toString();
        Font font = getTickLabelFont(category);
        if (Float.isNaN(commonSize)) {
            // Sizing pass: the largest size at which this label keeps whole words.
            while (font.getSize2D() - 1f >= MIN_FONT_SIZE && shortened(lines(text, font, width, g2))) {
                font = font.deriveFont(font.getSize2D() - 1f);
            }
            fittingSize = Math.min(fittingSize, font.getSize2D());
        } else if (commonSize < font.getSize2D()) {
            font = font.deriveFont(commonSize);
        }
        TextBlock block = new TextBlock();
        for (String line : lines(text, font, width, g2)) {
            block.addLine(line, font, getTickLabelPaint(category));
        }
        return block;
    }

    private List<String> lines(String text, Font font, float width, Graphics2D g2) {
        FontMetrics metrics = g2.getFontMetrics(font);
        return wrap(text, metrics::stringWidth, width, getMaximumCategoryLabelLines());
    }

    private static boolean shortened(List<String> lines) {
        return lines.stream().anyMatch(l -> l.endsWith(ELLIPSIS));
    }

    /**
     * Breaks {@code text} between words into lines no wider than {@code width}, at most {@code maxLines} of
     * them. A word wider than a line, or words left over after the last line, are cut with an ellipsis.
     */
    static List<String> wrap(String text, ToDoubleFunction<String> measure, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.strip().split("\\s+")) {
            String joined = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || measure.applyAsDouble(joined) <= width) {
                current = joined;
            } else {
                lines.add(current);
                current = word;
            }
        }
        lines.add(current);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), Math.max(1, maxLines)); i++) {
            boolean last = i == maxLines - 1 && lines.size() > maxLines;
            String line = lines.get(i);
            out.add(last || measure.applyAsDouble(line) > width ? shorten(line, last, measure, width) : line);
        }
        return out;
    }

    /** The line cut to fit {@code width} with an ellipsis ({@code more}: words follow that did not fit). */
    private static String shorten(String line, boolean more, ToDoubleFunction<String> measure, double width) {
        if (more && measure.applyAsDouble(line + ELLIPSIS) <= width) {
            return line + ELLIPSIS;
        }
        int end = line.length() - 1;
        while (end > 1 && measure.applyAsDouble(line.substring(0, end).strip() + ELLIPSIS) > width) {
            end--;
        }
        return line.substring(0, end).strip() + ELLIPSIS;
    }
}
