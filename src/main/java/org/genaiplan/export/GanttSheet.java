package org.genaiplan.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The Gantt sheet: the WBS rows with a timeline of day, week or month columns. A task's cells are filled
 * over its span (critical tasks red, summaries dark), a milestone shows a diamond in its column, and the
 * column holding today is highlighted. It prints one page wide, or over more pages across with the task columns
 * repeated when the timeline is long.
 */
final class GanttSheet {
    static final String NAME = "Gantt";
    static final int FIRST_TIME_COLUMN = 4;
    static final String MILESTONE = "\u25c6";

    private GanttSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        sheet.setRowSumsBelow(false);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        LocalDate[] range = range(ctx);
        Timeline timeline = Timeline.of(range[0], range[1]);
        long todayIndex = timeline.index(ctx.options().today());
        boolean todayShown = todayIndex >= 0 && todayIndex < timeline.columns();

        Row head = sheet.createRow(0);
        head.setHeightInPoints(timeline.scale() == Timeline.Scale.MONTH ? 60 : 48);
        cells.headers(head, "WBS", "Task Name", "Start", "Finish");
        for (int c = 0; c < timeline.columns(); c++) {
            cells.date(head, FIRST_TIME_COLUMN + c, timeline.dateOf(c).atStartOfDay(),
                    st.headerDate(timeline.scale().format, c == todayIndex));
        }
        CellStyle today = st.filled(Styles.TODAY, false, false);
        ColumnWidths widths = new ColumnWidths(FIRST_TIME_COLUMN, 8, 60).cap(1, WbsSheet.NAME_WIDTH);
        widths.see(2, 10);
        widths.see(3, 10);
        int r = 1;
        for (Task t : ctx.rows()) {
            Row row = sheet.createRow(r);
            int level = t.level();
            if (level > 1) {
                sheet.setRowOutlineLevel(r, Math.min(level - 1, WbsSheet.MAX_OUTLINE));
            }
            boolean summary = t.hasChildren();
            String code = plan.wbsCode(t);
            cells.text(row, 0, code, summary, 0);
            cells.sentence(row, 1, t.name(), summary, level - 1);
            widths.fit(row, 1, t.name(), 2 * (level - 1));
            widths.see(0, code);
            widths.see(1, t.name().length() + 2 * (level - 1));
            cells.date(row, 2, t.start(), summary ? st.boldDate : st.date);
            cells.date(row, 3, t.finish(), summary ? st.boldDate : st.date);
            long from = -1;
            long to = -2;
            if (t.start() != null && t.finish() != null) {
                from = Math.max(0, timeline.index(t.start().toLocalDate()));
                to = Math.min(timeline.columns() - 1L, timeline.index(lastDay(t)));
            }
            boolean milestone = t.kind() == org.genaiplan.model.TaskKind.MILESTONE;
            if (milestone && t.finish() != null) {
                long at = timeline.index(t.finish().toLocalDate());
                if (at >= 0 && at < timeline.columns()) {
                    byte[] colour = t.isCritical() ? Styles.CRITICAL : Styles.SUMMARY_BAR;
                    cells.styled(row, FIRST_TIME_COLUMN + (int) at, MILESTONE, st.filledFont(colour, at == todayIndex));
                }
                from = 0;
                to = -1;
            }
            byte[] colour = summary ? Styles.SUMMARY_BAR : t.isCritical() ? Styles.CRITICAL : Styles.BAR;
            CellStyle bar = st.filled(colour, false, false);
            for (long c = from; c <= to; c++) {
                row.createCell(FIRST_TIME_COLUMN + (int) c).setCellStyle(bar);
            }
            if (todayShown && (todayIndex < from || todayIndex > to) && row.getCell(FIRST_TIME_COLUMN + (int) todayIndex) == null) {
                row.createCell(FIRST_TIME_COLUMN + (int) todayIndex).setCellStyle(today);
            }
            r++;
            ctx.progress().step("Gantt");
        }
        sheet.createFreezePane(FIRST_TIME_COLUMN, 1);
        widths.apply(sheet);
        int width = switch (timeline.scale()) {
            case DAY -> 3;
            case WEEK -> 4;
            case MONTH -> 5;
        };
        for (int c = 0; c < timeline.columns(); c++) {
            sheet.setColumnWidth(FIRST_TIME_COLUMN + c, width * 256);
        }
        // A long timeline tiles over pages across, the task columns repeated on each, rather than shrinking.
        int pages = PageSetup.pagesFor(widths.total() + width * timeline.columns());
        new PageSetup(r - 1, FIRST_TIME_COLUMN + timeline.columns() - 1, 1, pages > 1 ? FIRST_TIME_COLUMN : 0, pages,
                true).apply(wb, sheet, plan.name());
    }

    /** The last calendar day a task occupies (a finish at midnight belongs to the day before). */
    private static LocalDate lastDay(Task t) {
        LocalDateTime f = t.finish();
        if (f.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && f.isAfter(t.start())) {
            return f.toLocalDate().minusDays(1);
        }
        return f.toLocalDate();
    }

    private static LocalDate[] range(ExportContext ctx) {
        LocalDate start = ctx.plan().startDate();
        LocalDate end = start;
        for (Task t : ctx.rows()) {
            if (t.start() != null && t.start().toLocalDate().isBefore(start)) {
                start = t.start().toLocalDate();
            }
            if (t.finish() != null && t.finish().toLocalDate().isAfter(end)) {
                end = t.finish().toLocalDate();
            }
        }
        return new LocalDate[] {start, end};
    }
}
