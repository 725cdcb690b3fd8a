package org.genaiplan.export.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;

/**
 * The pages of a report, computed from a scheduled plan and a {@link PageSetup}: plain code, no window, shared by
 * the PDF export and (later) printing and its preview. Every page has the same frame: the plan's name, the
 * section and the page's part of it, and the status date at the top; page "n of m" at the bottom, with the
 * legend on the Gantt pages. {@link #paint} draws a page into any Graphics2D in points.
 */
public final class PageLayout {
    public static final float MARGIN = 28;
    public static final float HEADER = 24;
    public static final float FOOTER = 18;

    private final PageSetup setup;
    private final ReportFonts fonts;
    private final String planName;
    private final LocalDate statusDate;
    private final List<ReportPage> pages;

    private PageLayout(Plan plan, PageSetup setup, ReportFonts fonts) {
        this.setup = setup;
        this.fonts = fonts;
        this.planName = plan.name();
        this.statusDate = plan.statusDate() != null ? plan.statusDate() : setup.today();
        Rectangle2D body = body();
        List<ReportPage> all = new ArrayList<>();
        if (setup.has(PageSetup.Section.GANTT)) {
            all.addAll(new GanttPages(plan, setup, fonts, body.getWidth(), body.getHeight()).pages());
        }
        if (setup.has(PageSetup.Section.WBS)) {
            all.addAll(WbsPages.pages(plan, fonts, body));
        }
        if (setup.has(PageSetup.Section.RISKS)) {
            all.addAll(RiskPages.pages(plan, fonts, body));
        }
        if (setup.has(PageSetup.Section.COSTS)) {
            all.addAll(CostPages.pages(plan, setup.today(), fonts, body));
        }
        this.pages = List.copyOf(all);
    }

    /** The report's pages for a scheduled plan; the plan must not change while the layout is used. */
    public static PageLayout of(Plan plan, PageSetup setup) {
        return new PageLayout(plan, setup, ReportFonts.get());
    }

    public List<ReportPage> pages() {
        return pages;
    }

    public int pageCount() {
        return pages.size();
    }

    public PageSetup setup() {
        return setup;
    }

    /** Where a page's body goes, in points from the page's top left corner. */
    public Rectangle2D body() {
        return new Rectangle2D.Double(MARGIN, MARGIN + HEADER, setup.pageWidth() - 2 * MARGIN,
                setup.pageHeight() - 2 * MARGIN - HEADER - FOOTER);
    }

    /** Draws page {@code index} (0-based) into {@code g}, whose units are points from the page's top left. */
    public void paint(int index, Graphics2D g) {
        ReportPage page = pages.get(index);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.pageWidth(), setup.pageHeight()));
        header(g, page);
        Rectangle2D body = body();
        Graphics2D inner = (Graphics2D) g.create();
        try {
            page.body().paint(inner, body);
        } finally {
            inner.dispose();
        }
        footer(g, page, index);
    }

    private void header(Graphics2D g, ReportPage page) {
        double left = MARGIN;
        double right = setup.pageWidth() - MARGIN;
        double mid = MARGIN + 8;
        Font name = fonts.font(true, 11);
        Font detail = fonts.font(false, 8.5f);
        String date = "Status date " + statusDate.format(GanttPages.DATE);
        double dateWidth = fonts.width(date, detail);
        String section = page.section().title() + (page.title().isEmpty() ? "" : " \u00b7 " + page.title());
        double sectionWidth = fonts.width(section, detail);
        double room = right - left - dateWidth - sectionWidth - 30;
        String shown = fonts.fit(planName, name, Math.max(60, room));
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, shown, name, left, mid);
        g.setColor(Ink.MUTED);
        Ink.left(g, fonts, section, detail, left + fonts.width(shown, name) + 14, mid);
        Ink.right(g, fonts, date, detail, right, mid);
        g.setColor(Ink.RULE);
        g.setStroke(Ink.THIN);
        g.draw(new Line2D.Double(left, MARGIN + 17, right, MARGIN + 17));
    }

    private void footer(Graphics2D g, ReportPage page, int index) {
        double mid = setup.pageHeight() - MARGIN - FOOTER / 2 + 3;
        Font font = fonts.font(false, 8);
        if (page.legend()) {
            GanttPainter.legend(g, fonts, MARGIN, mid);
        } else {
            g.setColor(Ink.MUTED);
            Ink.left(g, fonts, "GenAI Planner \u00b7 " + setup.today().format(GanttPages.DATE), fonts.font(false, Ink.SMALL),
                    MARGIN, mid);
        }
        g.setColor(Ink.TEXT);
        Ink.right(g, fonts, "Page " + (index + 1) + " of " + pages.size(), font, setup.pageWidth() - MARGIN, mid);
    }

    /** Page {@code index} as a picture at {@code dpi} dots per inch (a preview, a test, a thumbnail). */
    public BufferedImage image(int index, double dpi) {
        double k = dpi / 72;
        BufferedImage img = new BufferedImage((int) Math.ceil(setup.pageWidth() * k),
                (int) Math.ceil(setup.pageHeight() * k), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(k, k);
            paint(index, g);
        } finally {
            g.dispose();
        }
        return img;
    }
}
