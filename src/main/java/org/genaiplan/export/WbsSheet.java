package org.genaiplan.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.PredecessorFormat;
import org.genaiplan.schedule.TaskIds;

/**
 * The WBS sheet: one row per task in outline order, rows grouped by level (collapsible), summary rows bold,
 * dates (start, finish and the task's own deadline, empty when it has none) as date cells, frozen header and first
 * three columns (ID, WBS, name), an autofilter. The ID column is MS Project's row number, and the Predecessors
 * column names tasks by it. Names, predecessors and owners wrap within their columns; it prints one page wide.
 */
final class WbsSheet {
    static final String NAME = "WBS";
    static final String[] HEADERS = {"ID", "WBS", "Task Name", "Duration (days)", "Start", "Finish", "Deadline",
        "Predecessors", "% Complete", "Owner", "Cost", "Critical", EstimateColumns.HEADERS[0], EstimateColumns.HEADERS[1],
        EstimateColumns.HEADERS[2], EstimateColumns.HEADERS[3]};
    static final int ID = 0;
    static final int WBS = 1;
    static final int TASK_NAME = 2;
    static final int DURATION = 3;
    static final int START = 4;
    static final int FINISH = 5;
    static final int DEADLINE = 6;
    static final int PREDECESSORS = 7;
    static final int PERCENT = 8;
    static final int OWNER = 9;
    static final int COST = 10;
    static final int CRITICAL = 11;
    /** Excel allows eight outline levels (0-7). */
    static final int MAX_OUTLINE = 7;
    /** The widest the name column gets, in characters; longer names wrap. */
    static final int NAME_WIDTH = 45;

    private WbsSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        sheet.setRowSumsBelow(false);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        ColumnWidths widths = new ColumnWidths(HEADERS.length, 5, 70).cap(TASK_NAME, NAME_WIDTH)
                .cap(PREDECESSORS, 18).cap(OWNER, 22);
        Row head = sheet.createRow(0);
        cells.headers(head, HEADERS);
        ColumnWidths.header(head);
        for (int c = 0; c < HEADERS.length; c++) {
            widths.header(c, HEADERS[c]);
        }
        widths.see(START, 10);
        widths.see(FINISH, 10);
        widths.see(DEADLINE, 10);
        TaskIds ids = new TaskIds(plan);
        PredecessorFormat preds = new PredecessorFormat(plan, ids);
        int r = 1;
        for (Task t : ctx.rows()) {
            Row row = sheet.createRow(r);
            int level = t.level();
            if (level > 1) {
                sheet.setRowOutlineLevel(r, Math.min(level - 1, MAX_OUTLINE));
            }
            boolean summary = t.hasChildren();
            int id = ids.idOf(t);
            cells.number(row, ID, id, st.integer);
            widths.see(ID, Integer.toString(id));
            String code = plan.wbsCode(t);
            cells.text(row, WBS, code, summary, 0);
            cells.sentence(row, TASK_NAME, t.name(), summary, level - 1);
            widths.fit(row, TASK_NAME, t.name(), 2 * (level - 1));
            widths.see(WBS, code);
            widths.see(TASK_NAME, t.name().length() + 2 * (level - 1));
            cells.number(row, DURATION, ctx.days(t.rolledUpDurationMinutes()), summary ? st.boldDays : st.days);
            cells.date(row, START, t.start(), summary ? st.boldDate : st.date);
            cells.date(row, FINISH, t.finish(), summary ? st.boldDate : st.date);
            if (t.deadline() != null) {
                cells.date(row, DEADLINE, t.deadline().atStartOfDay(), summary ? st.boldDate : st.date);
            }
            String p = preds.format(t);
            if (!p.isEmpty()) {
                cells.sentence(row, PREDECESSORS, p);
                widths.fit(row, PREDECESSORS, p);
                widths.see(PREDECESSORS, p);
            }
            cells.number(row, PERCENT, Math.round(t.rolledUpPercentComplete()) / 100.0, st.percent);
            if (t.ownerRole() != null) {
                cells.sentence(row, OWNER, t.ownerRole());
                widths.fit(row, OWNER, t.ownerRole());
                widths.see(OWNER, t.ownerRole());
            }
            cells.number(row, COST, t.cost().doubleValue(), summary ? st.boldMoney : st.money);
            widths.see(COST, t.cost().toPlainString().length() + 3);
            if (t.isCritical()) {
                cells.text(row, CRITICAL, "Yes");
            }
            EstimateColumns.cells(row, CRITICAL + 1, t, ctx);
            r++;
            ctx.progress().step("WBS");
        }
        sheet.createFreezePane(TASK_NAME + 1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
        widths.apply(sheet);
        PageSetup.table(r - 1, HEADERS.length - 1).apply(wb, sheet, plan.name());
    }
}
