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
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.ss.util.CellRangeAddress;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;

/**
 * The Summary sheet: the plan's name, dates (project start, status date, deadline), working calendar and
 * days off, status, counts and cost figures (planned, actual, forecast, budget, contingency), the top open
 * risks, and beside the figures the risk heat map as coloured cells ({@link HeatMapCells}, counting over the
 * Risks sheet). The cost charts print on a page of their own: native charts ({@link SummaryCharts}) reading the
 * {@link ChartData} cells right of the printed page, which are formulas over the Costs sheet. The Gantt view,
 * when given as a picture, comes last.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    /** First column of the heat map, past a narrow gap after the top risks' columns. */
    static final int HEAT_COLUMN = 5;
    /** The last printed column: the heat map's. */
    static final int LAST_PRINTED_COLUMN = HEAT_COLUMN + HeatMapCells.COLUMNS - 1;
    /** Row of the heat map's caption. */
    static final int HEAT_ROW = 2;
    static final String HEAT_CAPTION = "Open risks: probability x impact";
    /** Rows each row of charts takes: two rows of charts fill a landscape page. */
    static final int CHART_ROWS = 21;
    /** Height of the chart rows: Excel's default, set so that every program agrees. */
    private static final float ROW_POINTS = 15;
    /** Column where the charts right of the first start: past A and B, the figures' labels and values. */
    static final int SECOND_CHART_COLUMN = 2;
    static final String NO_COST_CHARTS = "No costs to chart yet.";
    /** Widths of the columns A to K in characters: labels, values, score, owner, gap, heat map. */
    private static final int[] WIDTHS = {26, 46, 9, 22, 3, 7, 7, 7, 7, 7, 7};

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
            Row row = sheet.createRow(r);
            String line = firstLine(plan.description());
            cells.sentence(row, 0, line);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_PRINTED_COLUMN));
            // a merged cell does not grow with its text: as many lines as the page's width needs
            row.setHeightInPoints(15 * Math.max(1, (line.length() + 139) / 140));
            r++;
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
        r = numberFact(sheet, r, cells, st, "% complete", Math.round(facts.percent) / 100.0, st.percent);
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
        // The facts' rows are still in memory (far fewer than the streaming window): the heat map goes beside them.
        new HeatMapCells(sheet, RisksSheet.NAME + "!", plan.risks().size(), HEAT_CAPTION)
                .write(k -> sheet.getRow(k) != null ? sheet.getRow(k) : sheet.createRow(k), HEAT_ROW, HEAT_COLUMN,
                        RisksSheet.counts(plan.risks()), ctx);
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
            cells.sentence(row, 1, k.title());
            cells.number(row, 2, k.score(), st.filled(HeatMapCells.colour(k.band()), false, true));
            cells.sentence(row, 3, k.owner());
            ColumnWidths.fit(row, k.title(), WIDTHS[1]);
            ColumnWidths.fit(row, k.owner(), WIDTHS[3]);
        }
        r++;
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        r = costCharts(wb, sheet, ctx, r);
        r = gantt(wb, sheet, ctx, r);
        new PageSetup(r - 1, LAST_PRINTED_COLUMN, 0, 0, 1, false).apply(wb, sheet, plan.name());
    }

    /**
     * The cost charts on a page of their own from row {@code r}: the cumulative cost across the page, cost by
     * phase and by category under it; their data right of the page. Returns the row after them and their data.
     */
    private static int costCharts(SXSSFWorkbook wb, SXSSFSheet sheet, ExportContext ctx, int r) {
        CostReport costs = ctx.costs();
        if (costs.items().isEmpty()) {
            ctx.cells().styled(sheet.createRow(r++), 0, NO_COST_CHARTS, ctx.styles().boldText);
            return r;
        }
        ctx.progress().report("Cost charts");
        sheet.setRowBreak(r - 1);
        ChartData data = new ChartData(costs, r);
        int last = Math.max(r + 2 * CHART_ROWS, data.lastRow() + 1);
        for (int k = r; k < last; k++) {
            Row row = sheet.createRow(k);
            row.setHeightInPoints(ROW_POINTS);
            data.write(row, ctx);
        }
        for (int c = ChartData.FIRST_COLUMN; c <= ChartData.ACTUAL_TO_DATE; c++) {
            sheet.setColumnWidth(c, (c == ChartData.FIRST_COLUMN ? 24 : c == ChartData.DATE - 1 ? 3 : 13) * 256);
        }
        XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        SummaryCharts charts = new SummaryCharts(drawing, data, ctx.plan().currency());
        int end = LAST_PRINTED_COLUMN + 1;
        charts.cumulative(0, r, end, r + CHART_ROWS);
        charts.byPhase(0, r + CHART_ROWS, SECOND_CHART_COLUMN, r + 2 * CHART_ROWS);
        charts.byCategory(SECOND_CHART_COLUMN, r + CHART_ROWS, end, r + 2 * CHART_ROWS);
        // a long plan's chart data runs below the charts: what follows starts after it (rows are written once)
        return Math.max(r + 2 * CHART_ROWS + 1, last);
    }

    /**
     * The Gantt picture on a page of its own from row {@code r}: the one given, or else the whole plan drawn by
     * {@link SummaryGantt} (a note for a plan too large); returns the row after it.
     */
    private static int gantt(SXSSFWorkbook wb, SXSSFSheet sheet, ExportContext ctx, int r) {
        byte[] gantt = ctx.options().ganttPng();
        if (gantt == null && ctx.options().ganttPicture()) {
            ctx.progress().report("Gantt picture");
            gantt = SummaryGantt.png(ctx.plan(), ctx.options().today());
            if (gantt == null && ctx.plan().taskCount() > 0) {
                ctx.cells().text(sheet.createRow(r++), 0, SummaryGantt.tooLarge(ctx.plan()));
            }
        }
        if (gantt == null) {
            return r;
        }
        sheet.setRowBreak(r - 1);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int[] size = Pictures.size(gantt);
        if (size == null) {
            int index = wb.addPicture(gantt, Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(r);
            anchor.setCol2(LAST_PRINTED_COLUMN + 1);
            anchor.setRow2(r + 28);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            drawing.createPicture(anchor, index);
            return r + 29;
        }
        // The chart shrunk to a page's width but never stretched.
        double scale = Math.min(1.0, (double) GANTT_MAX_WIDTH / size[0]);
        int height = (int) Math.round(size[1] * scale);
        Pictures.place(wb, drawing, gantt, 0, r, (int) Math.round(size[0] * scale), height);
        return r + height / 20 + 2;
    }

    /** The widest the Gantt picture is placed, in pixels: about a landscape page. */
    static final int GANTT_MAX_WIDTH = 1000;

    /** The highest alert of the export date, or that every budget is below 50 % or that there is none. */
    static String budgetStatus(CostReport costs) {
        if (costs.budgetLines().isEmpty()) {
            return "No budget set";
        }
        return costs.alerts().stream().max(Comparator.comparingInt(BudgetAlert::threshold))
                .map(BudgetAlert::message).orElse("Within budget: nothing has reached 50 %");
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
        cells.sentence(row, 1, value);
        ColumnWidths.fit(row, value, WIDTHS[1]);
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
