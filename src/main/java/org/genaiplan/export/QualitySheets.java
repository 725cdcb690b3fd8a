package org.genaiplan.export;

import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.GateResult;
import org.genaiplan.model.quality.Gates;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityIssue;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;

/**
 * The quality plan's sheets: Quality (each metric with its target, latest value and status, then every
 * measurement), Issues (the graded log), Deliverables and Gates (each gate's status and reasons). Status cells are
 * coloured by conditional formatting, so a status typed over in Excel recolours.
 */
final class QualitySheets {
    static final String QUALITY = "Quality";
    static final String ISSUES = "Issues";
    static final String DELIVERABLES = "Deliverables";
    static final String GATES = "Gates";
    static final String[] METRIC_HEADERS = {"ID", "Group", "Metric", "Direction", "Target", "Warning", "Unit",
        "Sample size", "Latest", "Latest date", "Status", "Measured by", "Gate", "How it is measured"};
    static final String[] MEASUREMENT_HEADERS = {"Metric", "Date", "Value", "Sample size", "Source", "Note"};
    static final String[] ISSUE_HEADERS = {"ID", "Grade", "Grade name", "Title", "Status", "Owner", "Found", "Fixed",
        "Metric", "Task", "Risk", "Description"};
    static final String[] DELIVERABLE_HEADERS = {"Deliverable", "Owner", "Due milestone", "Status", "Signed by",
        "Signed on", "Link"};
    static final String[] GATE_HEADERS = {"Gate", "Date", "Status", "Reasons"};

    private QualitySheets() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx, List<String> gradeNames) {
        Plan plan = ctx.plan();
        quality(wb, ctx, plan);
        issues(wb, ctx, plan, gradeNames);
        deliverables(wb, ctx);
        gates(wb, ctx, plan);
    }

    private static void quality(SXSSFWorkbook wb, ExportContext ctx, Plan plan) {
        SXSSFSheet sheet = wb.createSheet(QUALITY);
        Cells cells = ctx.cells();
        cells.headers(sheet.createRow(0), METRIC_HEADERS);
        QualityPlan q = plan.quality();
        int r = 1;
        for (QualityMetric m : q.metrics()) {
            Row row = sheet.createRow(r++);
            Measurement last = q.latest(m.id());
            cells.text(row, 0, m.id());
            cells.text(row, 1, m.group());
            cells.text(row, 2, m.name());
            cells.text(row, 3, m.direction().label());
            number(cells, row, 4, m.target());
            number(cells, row, 5, m.warning());
            cells.text(row, 6, m.unit());
            if (m.sampleSize() != null) {
                cells.number(row, 7, m.sampleSize(), null);
            }
            if (last != null) {
                cells.number(row, 8, last.value(), null);
                cells.text(row, 9, last.date().toString());
            }
            cells.text(row, 10, q.status(m).label());
            cells.text(row, 11, taskName(plan, m.taskId()));
            cells.text(row, 12, taskName(plan, m.gateTaskId()));
            cells.sentence(row, 13, m.measure());
        }
        statusColours(sheet, new CellRangeAddress(1, Math.max(1, r - 1), 10, 10), "met", "at risk", "not met");
        r++;
        cells.headers(sheet.createRow(r++), MEASUREMENT_HEADERS);
        for (Measurement x : q.measurements()) {
            Row row = sheet.createRow(r++);
            QualityMetric m = q.metric(x.metricId());
            cells.text(row, 0, m == null ? x.metricId() : m.name());
            cells.text(row, 1, x.date().toString());
            cells.number(row, 2, x.value(), null);
            if (x.sampleSize() != null) {
                cells.number(row, 3, x.sampleSize(), null);
            }
            cells.text(row, 4, x.source());
            cells.sentence(row, 5, x.note());
        }
        widths(sheet, new int[] {20, 18, 30, 10, 9, 9, 8, 11, 10, 12, 16, 36, 30, 60});
        sheet.createFreezePane(0, 1);
        PageSetup.table(r - 1, METRIC_HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static void issues(SXSSFWorkbook wb, ExportContext ctx, Plan plan, List<String> gradeNames) {
        SXSSFSheet sheet = wb.createSheet(ISSUES);
        Cells cells = ctx.cells();
        cells.headers(sheet.createRow(0), ISSUE_HEADERS);
        int r = 1;
        for (QualityIssue i : plan.quality().issues()) {
            Row row = sheet.createRow(r++);
            cells.number(row, 0, i.id(), null);
            cells.number(row, 1, i.grade(), null);
            cells.text(row, 2, i.grade() <= gradeNames.size() ? gradeNames.get(i.grade() - 1) : "");
            cells.sentence(row, 3, i.title());
            cells.text(row, 4, i.status().label());
            cells.text(row, 5, i.owner());
            cells.text(row, 6, i.found() == null ? "" : i.found().toString());
            cells.text(row, 7, i.fixed() == null ? "" : i.fixed().toString());
            QualityMetric m = i.metricId() == null ? null : plan.quality().metric(i.metricId());
            cells.text(row, 8, m == null ? "" : m.name());
            cells.text(row, 9, taskName(plan, i.taskId()));
            Risk risk = i.riskId() == null ? null : plan.risk(i.riskId());
            cells.text(row, 10, risk == null ? "" : risk.title());
            cells.sentence(row, 11, i.description());
        }
        statusColours(sheet, new CellRangeAddress(1, Math.max(1, r - 1), 4, 4), "verified", "fixed", "open");
        widths(sheet, new int[] {6, 7, 14, 40, 12, 16, 11, 11, 24, 30, 30, 50});
        sheet.createFreezePane(0, 1);
        PageSetup.table(Math.max(1, r - 1), ISSUE_HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static void deliverables(SXSSFWorkbook wb, ExportContext ctx) {
        SXSSFSheet sheet = wb.createSheet(DELIVERABLES);
        ctx.cells().headers(sheet.createRow(0), DELIVERABLE_HEADERS);
        List<DeliverableRows.Deliverable> named = DeliverableRows.of(ctx.plan());
        if (named.isEmpty()) {
            ctx.cells().sentence(sheet.createRow(1), 0, "No task names a deliverable yet (a line \"Deliverable: ...\""
                    + " in its notes, as the compliance work packages write); list them here by hand.");
        }
        int r = 1;
        for (DeliverableRows.Deliverable d : named) {
            Row row = sheet.createRow(r++);
            ctx.cells().sentence(row, 0, d.acceptance().isEmpty() ? d.text() : d.text() + "\nAccepted when: " + d.acceptance());
            ctx.cells().text(row, 1, d.owner());
            ctx.cells().sentence(row, 2, d.dueMilestone());
            ctx.cells().text(row, 3, d.status());
            ctx.cells().sentence(row, 6, d.task());
        }
        widths(sheet, new int[] {40, 18, 24, 12, 18, 12, 40});
        PageSetup.table(Math.max(1, r - 1), DELIVERABLE_HEADERS.length - 1).apply(wb, sheet, ctx.plan().name());
    }

    private static void gates(SXSSFWorkbook wb, ExportContext ctx, Plan plan) {
        SXSSFSheet sheet = wb.createSheet(GATES);
        Cells cells = ctx.cells();
        cells.headers(sheet.createRow(0), GATE_HEADERS);
        int r = 1;
        for (GateResult g : Gates.evaluate(plan)) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, g.name());
            cells.text(row, 1, g.date() == null ? "" : g.date().toLocalDate().toString());
            cells.text(row, 2, g.status().label());
            cells.sentence(row, 3, String.join("\n", g.reasons()));
        }
        statusColours(sheet, new CellRangeAddress(1, Math.max(1, r - 1), 2, 2), "passed", "pending", "blocked");
        widths(sheet, new int[] {30, 12, 10, 90});
        sheet.createFreezePane(0, 1);
        PageSetup.table(Math.max(1, r - 1), GATE_HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static String taskName(Plan plan, Long id) {
        Task t = id == null ? null : plan.task(id);
        return t == null ? "" : plan.wbsCode(t) + " " + t.name();
    }

    private static void number(Cells cells, Row row, int col, Double value) {
        if (value != null) {
            cells.number(row, col, value, null);
        }
    }

    private static void widths(SXSSFSheet sheet, int[] chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** Green, amber and red fills for the cells whose text is {@code good}, {@code watch} and {@code bad}. */
    private static void statusColours(SXSSFSheet sheet, CellRangeAddress range, String good, String watch, String bad) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, new ConditionalFormattingRule[] {
            rule(cf, good, Styles.GREEN), rule(cf, watch, Styles.AMBER), rule(cf, bad, Styles.RED)});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String text, byte[] rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + text + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
