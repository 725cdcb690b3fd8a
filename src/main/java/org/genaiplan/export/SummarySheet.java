package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;

/**
 * The Summary sheet: the plan's name, dates (project start, status date, deadline), working calendar and
 * days off, status, counts and cost figures (planned, actual, forecast, budget,
 * contingency), the top open risks, and pictures: the risk heat map beside the figures, the cost charts under
 * the risks (cumulative cost and cost by phase side by side, cost by category below) and the Gantt view when
 * given.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    /** Column where the heat map picture starts. */
    static final int PICTURE_COLUMN = 4;
    /** Column of the charts right of the first: past A and B, which together are wider than a chart. */
    static final int SECOND_CHART_COLUMN = 2;
    /** Size of each cost chart in pixels. */
    static final int CHART_WIDTH = 520;
    static final int CHART_HEIGHT = 320;
    /** Height of the rows under the lower charts: Excel's default, 20 pixels, set so that every program agrees. */
    private static final float ROW_POINTS = 15;
    /** Rows the lower charts take, plus one to spare. */
    static final int CHART_ROWS = CHART_HEIGHT / 20 + 1;
    /**
     * The lower charts start no higher than this row, so that they clear the heat map above even where rows are
     * drawn lower than Excel's 20 pixels (fonts other than Calibri).
     */
    static final int FIRST_CHART_ROW = 26;
    static final String NO_COST_CHARTS = "No costs to chart yet.";

    private SummarySheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        Facts facts = Facts.of(plan, ctx.rows());

        int r = 0;
        Row titleRow = sheet.createRow(r++);
        cells.text(titleRow, 0, plan.name())
                .setCellStyle(SafeText.looksLikeFormula(plan.name()) ? st.text(true, 0, true) : st.title);
        titleRow.setHeightInPoints(24);
        if (!plan.description().isBlank()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, firstLine(plan.description()));
        }
        r++;
        r = fact(sheet, r, cells, "Project start", plan.startDate().atStartOfDay(), st);
        r = fact(sheet, r, cells, "Start", facts.start, st);
        r = fact(sheet, r, cells, "Finish", facts.finish, st);
        r = fact(sheet, r, cells, "Deadline", plan.deadline() == null ? null : plan.deadline().atStartOfDay(), st);
        r = fact(sheet, r, cells, "Status date", plan.statusDate() == null ? null : plan.statusDate().atStartOfDay(), st);
        r = textFact(sheet, r, cells, st, "Calendar", CalendarText.week(plan.calendar()));
        r = textFact(sheet, r, cells, st, "Holidays and days off", CalendarText.exceptions(plan.calendar()));
        r = textFact(sheet, r, cells, st, "Status", facts.status);
        r = numberFact(sheet, r, cells, st, "% complete", Math.round(facts.percent), st.integer);
        r = numberFact(sheet, r, cells, st, "Tasks", facts.tasks, st.integer);
        r = numberFact(sheet, r, cells, st, "Summary tasks", facts.summaries, st.integer);
        r = numberFact(sheet, r, cells, st, "Milestones", facts.milestones, st.integer);
        r = numberFact(sheet, r, cells, st, "Critical tasks", facts.critical, st.integer);
        r = numberFact(sheet, r, cells, st, "Dependencies", plan.dependencies().size(), st.integer);
        r = numberFact(sheet, r, cells, st, "Open risks", facts.openRisks, st.integer);
        String currency = " (" + plan.currency() + ")";
        CostReport costs = ctx.costs();
        r = numberFact(sheet, r, cells, st, "Total cost" + currency, facts.cost.doubleValue(), st.boldMoney);
        r = numberFact(sheet, r, cells, st, "Actual cost" + currency, costs.total().actual().doubleValue(), st.money);
        r = numberFact(sheet, r, cells, st, "Forecast" + currency, costs.total().forecast().doubleValue(), st.money);
        if (plan.budget().total() != null) {
            r = numberFact(sheet, r, cells, st, "Budget" + currency, plan.budget().total().doubleValue(), st.money);
        } else {
            r = textFact(sheet, r, cells, st, "Budget" + currency, "None");
        }
        r = numberFact(sheet, r, cells, st, "Contingency reserve" + currency, costs.contingency().doubleValue(),
                st.money);
        r = textFact(sheet, r, cells, st, "Budget status", budgetStatus(costs));
        r = fact(sheet, r, cells, "Exported", ctx.options().today().atStartOfDay(), st);
        r++;

        List<Risk> top = plan.risks().stream().filter(k -> k.status() != RiskStatus.CLOSED)
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparingLong(Risk::id))
                .limit(ctx.options().topRisks()).toList();
        cells.styled(sheet.createRow(r++), 0, "Top risks", st.boldText);
        Row head = sheet.createRow(r++);
        cells.headers(head, "ID", "Title", "Score", "Owner");
        if (top.isEmpty()) {
            cells.text(sheet.createRow(r++), 1, "No open risks.");
        }
        for (Risk k : top) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, k.code());
            cells.text(row, 1, k.title());
            cells.number(row, 2, k.score(), st.filled(colour(k), false, true));
            cells.text(row, 3, k.owner());
        }
        r++;

        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 22 * 256);

        byte[] heat = ctx.options().heatMapPng() != null ? ctx.options().heatMapPng()
                : HeatMapImage.png(HeatMapImage.count(plan.risks(), false), "Open risks: probability x impact");
        Styles.print(sheet, false);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int[] heatSize = Pictures.size(heat);
        if (heatSize == null) {
            picture(wb, drawing, heat, PICTURE_COLUMN, 0, PICTURE_COLUMN + 5, 19);
        } else {
            Pictures.place(wb, drawing, heat, PICTURE_COLUMN, 0, heatSize[0], heatSize[1]);
        }
        if (costs.items().isEmpty()) {
            cells.styled(sheet.createRow(r++), 0, NO_COST_CHARTS, st.boldText);
        } else {
            ctx.progress().report("Cost charts");
            String code = plan.currency();
            r = Math.max(r, FIRST_CHART_ROW);
            sheet.setRowBreak(r - 1);
            for (int k = r; k < r + 2 * CHART_ROWS; k++) {
                sheet.createRow(k).setHeightInPoints(ROW_POINTS);
            }
            chart(wb, drawing, CostCharts.sCurve(costs, code, ctx.options().today()), 0, r);
            chart(wb, drawing, CostCharts.byPhase(costs, code), SECOND_CHART_COLUMN, r);
            chart(wb, drawing, CostCharts.byCategory(costs, code), 0, r + CHART_ROWS);
            r += 2 * CHART_ROWS + 1;
        }
        if (ctx.options().ganttPng() != null) {
            sheet.setRowBreak(r - 1);
            byte[] gantt = ctx.options().ganttPng();
            int[] size = Pictures.size(gantt);
            if (size == null) {
                picture(wb, drawing, gantt, 0, r, 10, r + 28);
            } else {
                // The chart as the user saw it, shrunk to a page's width but never stretched.
                double scale = Math.min(1.0, (double) GANTT_MAX_WIDTH / size[0]);
                Pictures.place(wb, drawing, gantt, 0, r, (int) Math.round(size[0] * scale),
                        (int) Math.round(size[1] * scale));
            }
        }
    }

    /** The widest the window's Gantt picture is placed, in pixels: about a landscape page. */
    static final int GANTT_MAX_WIDTH = 1000;

    /** The highest alert of the export date, or that every budget is below 50 % or that there is none. */
    static String budgetStatus(CostReport costs) {
        if (costs.budgetLines().isEmpty()) {
            return "No budget set";
        }
        return costs.alerts().stream().max(Comparator.comparingInt(BudgetAlert::threshold))
                .map(BudgetAlert::message).orElse("Within budget: nothing has reached 50 %");
    }

    /** A chart drawn at {@link #CHART_WIDTH} x {@link #CHART_HEIGHT} pixels with its top-left corner at a cell. */
    private static void chart(Workbook wb, Drawing<?> drawing, JFreeChart chart, int col, int row) {
        Pictures.place(wb, drawing, CostCharts.png(chart, CHART_WIDTH, CHART_HEIGHT), col, row, CHART_WIDTH,
                CHART_HEIGHT);
    }

    private static void picture(Workbook wb, Drawing<?> drawing, byte[] png, int col1, int row1, int col2, int row2) {
        int index = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col1);
        anchor.setRow1(row1);
        anchor.setCol2(col2);
        anchor.setRow2(row2);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, index);
    }

    private static byte[] colour(Risk k) {
        return switch (k.band()) {
            case GREEN -> Styles.GREEN;
            case AMBER -> Styles.AMBER;
            case RED -> Styles.RED;
        };
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }

    private static int fact(SXSSFSheet sheet, int r, Cells cells, String label, LocalDateTime value, Styles st) {
        Row row = sheet.createRow(r);
        cells.styled(row, 0, label, st.boldText);
        if (value == null) {
            cells.text(row, 1, "None");
        } else {
            cells.date(row, 1, value, st.left(st.date));
        }
        return r + 1;
    }

    private static int textFact(SXSSFSheet sheet, int r, Cells cells, Styles st, String label, String value) {
        Row row = sheet.createRow(r);
        cells.styled(row, 0, label, st.boldText);
        cells.text(row, 1, value);
        return r + 1;
    }

    private static int numberFact(SXSSFSheet sheet, int r, Cells cells, Styles st, String label, double value,
                                  org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(r);
        cells.styled(row, 0, label, st.boldText);
        cells.number(row, 1, value, st.left(style));
        return r + 1;
    }

    /** Figures about the whole plan. */
    record Facts(LocalDateTime start, LocalDateTime finish, String status, double percent, int tasks, int summaries,
                 int milestones, int critical, int openRisks, BigDecimal cost) {

        static Facts of(Plan plan, List<Task> rows) {
            LocalDateTime start = null;
            LocalDateTime finish = null;
            int summaries = 0;
            int milestones = 0;
            int critical = 0;
            long weight = 0;
            double weighted = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (Task t : rows) {
                if (t.start() != null && (start == null || t.start().isBefore(start))) {
                    start = t.start();
                }
                if (t.finish() != null && (finish == null || t.finish().isAfter(finish))) {
                    finish = t.finish();
                }
                if (t.hasChildren()) {
                    summaries++;
                } else {
                    weight += t.durationMinutes();
                    weighted += (double) t.durationMinutes() * t.percentComplete();
                }
                if (t.kind() == TaskKind.MILESTONE) {
                    milestones++;
                }
                if (t.isCritical() && !t.hasChildren()) {
                    critical++;
                }
                if (t.parent() == null) {
                    cost = cost.add(t.cost());
                }
            }
            double percent = weight == 0 ? 0 : weighted / weight;
            int open = (int) plan.risks().stream().filter(k -> k.status() != RiskStatus.CLOSED).count();
            String status;
            if (rows.isEmpty()) {
                status = "Empty plan";
            } else if (percent >= 100) {
                status = "Complete";
            } else if (percent > 0) {
                status = "In progress";
            } else {
                status = "Not started";
            }
            if (plan.deadline() != null && finish != null && finish.toLocalDate().isAfter(plan.deadline())) {
                status += "; finishes after the deadline";
            }
            return new Facts(start, finish, status, percent, rows.size(), summaries, milestones, critical, open, cost);
        }
    }
}
