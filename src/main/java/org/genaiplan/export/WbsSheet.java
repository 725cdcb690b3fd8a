package org.genaiplan.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.PredecessorFormat;

/**
 * The WBS sheet: one row per task in outline order, rows grouped by level (collapsible), summary rows bold,
 * dates as date cells, frozen header and first two columns, an autofilter.
 */
final class WbsSheet {
    static final String NAME = "WBS";
    static final String[] HEADERS = {"WBS", "Task Name", "Duration (days)", "Start", "Finish", "Predecessors",
        "% Complete", "Owner", "Cost", "Critical"};
    /** Excel allows eight outline levels (0-7). */
    static final int MAX_OUTLINE = 7;

    private WbsSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        sheet.setRowSumsBelow(false);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        ColumnWidths widths = new ColumnWidths(HEADERS.length, 8, 70);
        Row head = sheet.createRow(0);
        cells.headers(head, HEADERS);
        for (int c = 0; c < HEADERS.length; c++) {
            widths.see(c, HEADERS[c]);
        }
        widths.see(3, 10);
        widths.see(4, 10);
        PredecessorFormat preds = new PredecessorFormat(plan);
        int r = 1;
        for (Task t : ctx.rows()) {
            Row row = sheet.createRow(r);
            int level = t.level();
            if (level > 1) {
                sheet.setRowOutlineLevel(r, Math.min(level - 1, MAX_OUTLINE));
            }
            boolean summary = t.hasChildren();
            String code = plan.wbsCode(t);
            cells.text(row, 0, code, summary, 0);
            cells.text(row, 1, t.name(), summary, level - 1);
            widths.see(0, code);
            widths.see(1, t.name().length() + 2 * (level - 1));
            cells.number(row, 2, ctx.days(t.rolledUpDurationMinutes()), summary ? st.boldDays : st.days);
            cells.date(row, 3, t.start(), summary ? st.boldDate : st.date);
            cells.date(row, 4, t.finish(), summary ? st.boldDate : st.date);
            String p = preds.format(t);
            if (!p.isEmpty()) {
                cells.text(row, 5, p);
                widths.see(5, p);
            }
            cells.number(row, 6, Math.round(t.rolledUpPercentComplete()), st.integer);
            if (t.ownerRole() != null) {
                cells.text(row, 7, t.ownerRole());
                widths.see(7, t.ownerRole());
            }
            cells.number(row, 8, t.cost().doubleValue(), summary ? st.boldMoney : st.money);
            widths.see(8, t.cost().toPlainString().length() + 3);
            if (t.isCritical()) {
                cells.text(row, 9, "Yes");
            }
            r++;
            ctx.progress().step("WBS");
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
        Styles.print(sheet, true);
        widths.apply(sheet);
    }
}
