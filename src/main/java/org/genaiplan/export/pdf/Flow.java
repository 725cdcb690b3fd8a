package org.genaiplan.export.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays headings, drawings and tables one below the other over as many pages as they need: a table goes on
 * over the next page with its header and its heading ("continued") drawn again, a heading is never left alone
 * at the foot of a page, and a drawing that does not fit starts a new page.
 */
final class Flow {
    static final double HEADING = 16;
    static final double GAP = 10;

    /** Draws something at the position the flow gave it (a column of a page). */
    interface Drawing {
        void paint(Graphics2D g, Rectangle2D at);
    }

    private final PageSetup.Section section;
    private final ReportFonts fonts;
    private final Rectangle2D area;
    private final List<List<Consumer<Graphics2D>>> pages = new ArrayList<>();
    private List<Consumer<Graphics2D>> page;
    private double y;

    Flow(PageSetup.Section section, ReportFonts fonts, Rectangle2D area) {
        this.section = section;
        this.fonts = fonts;
        this.area = area;
        newPage();
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = area.getY();
    }

    private double bottom() {
        return area.getMaxY();
    }

    private boolean pageIsEmpty() {
        return page.isEmpty();
    }

    /** A drawing {@code height} points high across the whole width. */
    void drawing(double height, Drawing drawing) {
        if (y + height > bottom() && !pageIsEmpty()) {
            newPage();
        }
        Rectangle2D at = new Rectangle2D.Double(area.getX(), y, area.getWidth(), height);
        page.add(g -> drawing.paint(g, at));
        y += height + GAP;
    }

    /** A table under a heading (null: none). */
    void table(String heading, TextTable table) {
        int i = 0;
        boolean continued = false;
        do {
            double headingHeight = heading == null ? 0 : HEADING;
            double first = table.size() == 0 ? 0 : table.rowHeight(i);
            if (y + headingHeight + table.headerHeight() + first > bottom() && !pageIsEmpty()) {
                newPage();
            }
            if (heading != null) {
                String text = continued ? heading + " (continued)" : heading;
                double at = y;
                page.add(g -> heading(g, text, at));
                y += HEADING;
            }
            int from = i;
            double height = table.headerHeight();
            while (i < table.size() && (y + height + table.rowHeight(i) <= bottom() || i == from)) {
                height += table.rowHeight(i);
                i++;
            }
            int to = i;
            double at = y;
            page.add(g -> table.paint(g, area.getX(), at, from, to));
            y += height + GAP;
            if (i < table.size()) {
                newPage();
                continued = true;
            }
        } while (i < table.size());
    }

    /** A line of text (a note under a table, an empty-section message). */
    void note(String text) {
        Font font = fonts.font(false, Ink.BODY);
        drawing(12, (g, at) -> {
            g.setColor(Ink.MUTED);
            Ink.left(g, fonts, text, font, at.getX(), at.getY() + 6);
        });
    }

    private void heading(Graphics2D g, String text, double top) {
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, text, fonts.font(true, 9.5f), area.getX(), top + 6);
    }

    List<ReportPage> pages() {
        List<ReportPage> result = new ArrayList<>();
        for (List<Consumer<Graphics2D>> ops : pages) {
            if (ops.isEmpty() && !result.isEmpty()) {
                continue;
            }
            result.add(new ReportPage(section, "", (g, at) -> ops.forEach(op -> op.accept(g)), false));
        }
        return result;
    }
}
