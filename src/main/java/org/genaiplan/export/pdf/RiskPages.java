package org.genaiplan.export.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.genaiplan.export.RiskHeat;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ScoreBand;

/**
 * The risk register pages: the inherent and residual heat maps of the open risks side by side (drawn as
 * vectors, coloured as in the window and the workbook), then every risk, highest residual score first.
 */
final class RiskPages {
    static final double CELL = 24;
    static final double MAP_LEFT = 26;
    static final double MAP_TOP = 18;
    static final double MAP_HEIGHT = MAP_TOP + 5 * CELL + 26;
    static final double MAP_WIDTH = MAP_LEFT + 5 * CELL;

    private RiskPages() {
    }

    static List<ReportPage> pages(Plan plan, ReportFonts fonts, Rectangle2D area) {
        Flow flow = new Flow(PageSetup.Section.RISKS, fonts, area);
        List<Risk> risks = new ArrayList<>(plan.risks());
        if (risks.isEmpty()) {
            flow.note("The plan has no risks.");
            return flow.pages();
        }
        int[][] inherent = RiskHeat.count(risks, false);
        int[][] residual = RiskHeat.count(risks, true);
        flow.drawing(MAP_HEIGHT, (g, at) -> {
            map(g, fonts, at.getX(), at.getY(), inherent, "Open risks before response (inherent)");
            map(g, fonts, at.getX() + MAP_WIDTH + 40, at.getY(), residual, "After response (residual)");
            key(g, fonts, at.getX() + 2 * MAP_WIDTH + 80, at.getY() + MAP_TOP);
        });
        risks.sort(Comparator.comparingInt(Risk::residualScore).reversed()
                .thenComparing(Comparator.comparingInt(Risk::score).reversed()));
        TextTable table = new TextTable(fonts, area.getWidth(), List.of(
                TextTable.Column.text("ID", 34),
                TextTable.Column.text("Risk", 130),
                TextTable.Column.text("Category", 64),
                TextTable.Column.text("Owner", 64),
                TextTable.Column.text("Inherent P\u00d7I", 46),
                TextTable.Column.text("Response", 52),
                TextTable.Column.text("Mitigation", 0),
                TextTable.Column.text("Residual P\u00d7I", 46),
                TextTable.Column.text("Status", 50)));
        for (Risk r : risks) {
            table.add(List.of(r.code(), r.title(), text(r.category()), text(r.owner()),
                    score(r.probability(), r.impact()), word(r.strategy()), text(r.mitigation()),
                    score(r.residualProbability(), r.residualImpact()), word(r.status())));
        }
        flow.table("Risk register (" + risks.size() + (risks.size() == 1 ? " risk" : " risks")
                + ", highest residual score first)", table);
        return flow.pages();
    }

    private static String score(int p, int i) {
        return p + "\u00d7" + i + " = " + p * i + " " + ScoreBand.of(p * i).name().toLowerCase(Locale.ROOT);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String word(Enum<?> e) {
        if (e == null) {
            return "";
        }
        String s = e.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One 5 x 5 map: probability up the left (5 at the top), impact along the bottom, counts in the cells. */
    static void map(Graphics2D g, ReportFonts fonts, double x, double y, int[][] counts, String title) {
        Font titleFont = fonts.font(true, 8.5f);
        Font countFont = fonts.font(true, 10);
        Font scaleFont = fonts.font(false, Ink.SMALL);
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, title, titleFont, x, y + 6);
        double left = x + MAP_LEFT;
        double top = y + MAP_TOP;
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                Rectangle2D cell = new Rectangle2D.Double(left + (i - 1) * CELL, top + (5 - p) * CELL, CELL, CELL);
                g.setColor(RiskHeat.colour(ScoreBand.of(p * i)));
                g.fill(cell);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(cell);
                int n = counts[p - 1][i - 1];
                if (n > 0) {
                    g.setColor(Ink.TEXT);
                    Ink.centre(g, fonts, Integer.toString(n), countFont, cell.getCenterX(), cell.getCenterY());
                }
            }
            g.setColor(Ink.TEXT);
            Ink.centre(g, fonts, Integer.toString(p), scaleFont, left - 7, top + (5 - p) * CELL + CELL / 2);
            Ink.centre(g, fonts, Integer.toString(p), scaleFont, left + (p - 1) * CELL + CELL / 2, top + 5 * CELL + 7);
        }
        Ink.centre(g, fonts, "Impact", scaleFont, left + 2.5 * CELL, top + 5 * CELL + 18);
        AffineTransform saved = g.getTransform();
        double cy = top + 2.5 * CELL;
        g.rotate(-Math.PI / 2, x + 6, cy);
        Ink.centre(g, fonts, "Probability", scaleFont, x + 6, cy);
        g.setTransform(saved);
    }

    private static void key(Graphics2D g, ReportFonts fonts, double x, double y) {
        Font font = fonts.font(false, Ink.BODY);
        String[][] bands = {{"RED", "Red: score 15\u201325"}, {"AMBER", "Amber: score 5\u201314"},
            {"GREEN", "Green: score 1\u20134"}};
        double at = y;
        for (String[] band : bands) {
            g.setColor(RiskHeat.colour(ScoreBand.valueOf(band[0])));
            g.fill(new Rectangle2D.Double(x, at, 12, 12));
            g.setColor(Ink.TEXT);
            Ink.left(g, fonts, band[1], font, x + 17, at + 6);
            at += 18;
        }
        g.setColor(Ink.MUTED);
        Ink.left(g, fonts, "Counts are open risks (closed ones are left out);", font, x, at + 8);
        Ink.left(g, fonts, "score = probability \u00d7 impact, each rated 1\u20135.", font, x, at + 19);
    }
}
