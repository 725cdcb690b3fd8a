package org.genaiplan.export.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaiplan.export.CostCharts;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;

/**
 * The cost report pages: on the first, the key figures and the totals by category beside the cumulative cost
 * curve and the cost by phase (JFreeChart charts drawn as vectors); then the totals by phase, the budgets and the
 * budget alerts as of the report's date, as the workbook's Costs sheet has them, and the business case when the
 * plan has one.
 */
final class CostPages {
    private static final double COLUMN_GAP = 18;

    private CostPages() {
    }

    static List<ReportPage> pages(Plan plan, LocalDate today, ReportFonts fonts, Rectangle2D area) {
        CostReport report = CostReport.of(plan, today);
        String currency = plan.currency();
        NumberFormat money = WbsPages.money();
        double leftWidth = Math.min(300, area.getWidth() * 0.42);
        TextTable key = keyFigures(plan, report, fonts, leftWidth, money);
        TextTable categories = totals("Category", fonts, leftWidth);
        for (Map.Entry<CostCategory, CostReport.Totals> e : report.byCategory().entrySet()) {
            addTotals(categories, e.getKey().label(), e.getValue(), money, report.total());
        }
        JFreeChart curve = ChartFonts.apply(CostCharts.sCurve(report, currency, today), fonts);
        JFreeChart phases = ChartFonts.apply(CostCharts.byPhase(report, currency), fonts);

        TextTable byPhase = totals("Phase", fonts, leftWidth);
        for (Map.Entry<String, CostReport.Totals> e : report.byPhase().entrySet()) {
            addTotals(byPhase, e.getKey(), e.getValue(), money, report.total());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("Key figures (" + currency + ")", key, null));
        blocks.add(new Block("By category (" + currency + ")", categories, null));
        blocks.add(byPhase.size() == 0 ? new Block(null, null, "No phases with costs.")
                : new Block("By phase (" + currency + ")", byPhase, null));
        List<CostReport.BudgetLine> lines = report.budgetLines();
        if (lines.isEmpty()) {
            blocks.add(new Block(null, null, "No budget set: set one to be warned at 50, 75, 90 and 100 % of it."));
        } else {
            double width = Math.min(area.getWidth(), 620);
            blocks.add(new Block("Budgets (" + currency + ")", budgets(lines, fonts, width, money), null));
            TextTable alerts = new TextTable(fonts, width,
                    List.of(TextTable.Column.text("Budget alerts on " + today.format(GanttPages.DATE), 0)));
            for (BudgetAlert alert : report.alerts()) {
                alerts.add(false, alert.overBudget() ? Ink.OVER : Ink.ALERT, List.of(alert.message()));
            }
            blocks.add(alerts.size() == 0 ? new Block(null, null, "No budget has reached 50 %.")
                    : new Block(null, alerts, null));
        }
        if (BusinessCaseTable.applies(plan)) {
            blocks.add(new Block("Business case (" + currency + ")", BusinessCaseTable.of(plan, fonts, leftWidth, money),
                    null));
        }
        // the blocks that fit go down the first page's left column, beside the charts; the rest follow on
        List<Block> first = new ArrayList<>();
        double y = area.getY();
        int next = 0;
        while (next < blocks.size() && blocks.get(next).fits(leftWidth)
                && y + blocks.get(next).height() <= area.getMaxY()) {
            first.add(blocks.get(next));
            y += blocks.get(next).height() + Flow.GAP;
            next++;
        }
        List<ReportPage> pages = new ArrayList<>();
        pages.add(new ReportPage(PageSetup.Section.COSTS, "summary", (g, at) -> {
            double x = at.getX();
            double top = at.getY();
            for (Block b : first) {
                b.paint(g, fonts, x, top);
                top += b.height() + Flow.GAP;
            }
            double chartX = x + leftWidth + COLUMN_GAP;
            double chartW = at.getWidth() - leftWidth - COLUMN_GAP;
            double curveH = at.getHeight() * 0.52;
            if (report.items().isEmpty()) {
                g.setColor(Ink.MUTED);
                Ink.left(g, fonts, "No costs yet: the charts appear once tasks have owners, rates or cost lines.",
                        fonts.font(false, Ink.BODY), chartX, at.getY() + 6);
                return;
            }
            chart(g, curve, new Rectangle2D.Double(chartX, at.getY(), chartW, curveH));
            chart(g, phases, new Rectangle2D.Double(chartX, at.getY() + curveH + 6, chartW,
                    at.getHeight() - curveH - 6));
        }, false));
        if (next < blocks.size()) {
            Flow flow = new Flow(PageSetup.Section.COSTS, fonts, area);
            for (Block b : blocks.subList(next, blocks.size())) {
                if (b.table() != null) {
                    flow.table(b.heading(), b.table());
                } else {
                    flow.note(b.note());
                }
            }
            pages.addAll(flow.pages());
        }
        return pages;
    }

    /** A table under its heading, or a note, for the cost pages. */
    private record Block(String heading, TextTable table, String note) {
        double height() {
            if (table == null) {
                return 12;
            }
            double h = (heading == null ? 0 : Flow.HEADING) + table.headerHeight();
            for (int i = 0; i < table.size(); i++) {
                h += table.rowHeight(i);
            }
            return h;
        }

        boolean fits(double width) {
            return table == null || table.width() <= width + 0.5;
        }

        void paint(Graphics2D g, ReportFonts fonts, double x, double top) {
            if (table == null) {
                g.setColor(Ink.MUTED);
                Ink.left(g, fonts, note, fonts.font(false, Ink.BODY), x, top + 6);
                return;
            }
            double y = top;
            if (heading != null) {
                CostPages.heading(g, fonts, heading, x, y);
                y += Flow.HEADING;
            }
            table.paint(g, x, y, 0, table.size());
        }
    }

    private static TextTable keyFigures(Plan plan, CostReport report, ReportFonts fonts, double width,
                                        NumberFormat money) {
        TextTable key = new TextTable(fonts, width, List.of(TextTable.Column.text("", 0),
                TextTable.Column.number("Amount", 80)));
        CostReport.Totals t = report.total();
        BigDecimal reserve = report.contingency();
        BigDecimal withReserve = t.forecast().add(reserve);
        key.add(List.of("Planned cost", money.format(t.planned())));
        key.add(List.of("Actual cost to date", money.format(t.actual())));
        key.add(true, null, List.of("Forecast at completion", money.format(t.forecast())));
        key.add(List.of("Contingency reserve (expected cost of open risks)", money.format(reserve)));
        key.add(true, null, List.of("Forecast plus contingency", money.format(withReserve)));
        BigDecimal budget = plan.budget().total();
        if (budget != null) {
            BigDecimal left = budget.subtract(withReserve);
            key.add(List.of("Plan budget", money.format(budget)));
            key.add(true, left.signum() < 0 ? Ink.OVER : null,
                    List.of("Budget left after forecast and contingency", money.format(left)));
        } else {
            key.add(List.of("Plan budget", "not set"));
        }
        return key;
    }

    private static TextTable totals(String what, ReportFonts fonts, double width) {
        return new TextTable(fonts, width, List.of(TextTable.Column.text(what, 0),
                TextTable.Column.number("Planned", 54), TextTable.Column.number("Actual", 50),
                TextTable.Column.number("% of planned", 46), TextTable.Column.number("Forecast", 54)));
    }

    private static void addTotals(TextTable table, String label, CostReport.Totals t, NumberFormat money,
                                  CostReport.Totals total) {
        double share = total.planned().signum() == 0 ? 0 : t.planned().doubleValue() / total.planned().doubleValue();
        table.add(List.of(label, money.format(t.planned()), money.format(t.actual()),
                Math.round(share * 100) + " %", money.format(t.forecast())));
    }

    private static TextTable budgets(List<CostReport.BudgetLine> lines, ReportFonts fonts, double width,
                                     NumberFormat money) {
        TextTable table = new TextTable(fonts, width, List.of(TextTable.Column.text("Budget for", 0),
                TextTable.Column.number("Budget", 62), TextTable.Column.number("Planned", 62),
                TextTable.Column.number("Actual", 62), TextTable.Column.number("Actual %", 46),
                TextTable.Column.number("Forecast", 62), TextTable.Column.number("Forecast %", 50)));
        for (CostReport.BudgetLine line : lines) {
            CostReport.Totals t = line.totals();
            double budget = line.budget().signum() == 0 ? 1 : line.budget().doubleValue();
            double actual = t.actual().doubleValue() / budget;
            double forecast = t.forecast().doubleValue() / budget;
            table.add(false, forecast >= 1 ? Ink.OVER : forecast >= 0.75 ? Ink.ALERT : null, List.of(
                    line.phase() == null ? "Whole plan" : line.phase(), money.format(line.budget()),
                    money.format(t.planned()), money.format(t.actual()), Math.round(actual * 100) + " %",
                    money.format(t.forecast()), Math.round(forecast * 100) + " %"));
        }
        return table;
    }

    private static void heading(Graphics2D g, ReportFonts fonts, String text, double x, double top) {
        g.setColor(Ink.TEXT);
        Ink.left(g, fonts, text, fonts.font(true, 9.5f), x, top + 6);
    }

    private static void chart(Graphics2D g, JFreeChart chart, Rectangle2D at) {
        Graphics2D inner = (Graphics2D) g.create();
        try {
            chart.draw(inner, at);
        } finally {
            inner.dispose();
        }
    }
}
