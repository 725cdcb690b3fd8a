package org.genaiplan.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.templates.ComplianceMilestones;
import org.genaiplan.templates.ComplianceMilestones.Milestone;
import org.genaiplan.templates.RegulatoryDate;
import org.genaiplan.templates.RegulatoryDates;

/**
 * The Compliance sheet (the plan's compliance milestones against their regulatory dates, with each date's source
 * and the day it was checked, then every date on file) and the Lessons sheet (the lessons-learned log), each
 * written when the plan has something to put on it.
 */
final class ComplianceSheets {
    static final String COMPLIANCE = "Compliance";
    static final String LESSONS = "Lessons";
    private static final String[] COMPLIANCE_HEADERS = {"Milestone", "Planned finish", "Regulatory date",
        "Before the date?", "Days to spare", "Obligation", "Source", "Date checked"};
    private static final String[] LESSON_HEADERS = {"Date", "Phase", "What happened", "Impact", "Repeat or change",
        "What to do next time", "Owner"};

    private ComplianceSheets() {
    }

    /** Writes the Compliance sheet when the plan has a compliance milestone, the Lessons sheet when it has a lesson. */
    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        if (!ComplianceMilestones.of(ctx.plan(), RegulatoryDates.shipped()).isEmpty()) {
            writeCompliance(wb, ctx);
        }
        if (!ctx.plan().lessons().hasNone()) {
            writeLessons(wb, ctx);
        }
    }

    private static void writeCompliance(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        RegulatoryDates dates = RegulatoryDates.shipped();
        SXSSFSheet sheet = wb.createSheet(COMPLIANCE);
        int r = 0;
        cells.headers(sheet.createRow(r++), COMPLIANCE_HEADERS);
        List<Milestone> rows = ComplianceMilestones.of(plan, dates);
        for (Milestone m : rows) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, plan.wbsCode(m.task()) + " " + m.task().name());
            cells.date(row, 1, m.task().finish(), st.date);
            if (m.date().hasDate()) {
                cells.date(row, 2, day(m.date().date()), st.date);
            }
            cells.text(row, 3, m.meetsDate());
            if (m.date().hasDate() && m.task().finish() != null) {
                cells.number(row, 4, ChronoUnit.DAYS.between(m.task().finish().toLocalDate(), m.date().date()),
                        st.integer);
            }
            cells.sentence(row, 5, m.date().label());
            cells.sentence(row, 6, m.date().source());
            cells.date(row, 7, day(m.date().checked()), st.date);
        }
        r++;
        cells.headers(sheet.createRow(r++), "Regulatory dates on file", "", "Date", "", "", "Id", "Source", "Date checked");
        for (RegulatoryDate d : dates.all()) {
            Row row = sheet.createRow(r++);
            cells.sentence(row, 0, d.label());
            if (d.hasDate()) {
                cells.date(row, 2, day(d.date()), st.date);
            } else {
                cells.text(row, 2, "none");
            }
            cells.text(row, 5, d.id());
            cells.sentence(row, 6, d.source());
            cells.date(row, 7, day(d.checked()), st.date);
        }
        widths(sheet, new int[] {44, 13, 13, 14, 11, 40, 70, 13});
        sheet.createFreezePane(0, 1);
        PageSetup.table(Math.max(1, r - 1), COMPLIANCE_HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static void writeLessons(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        SXSSFSheet sheet = wb.createSheet(LESSONS);
        int r = 0;
        cells.headers(sheet.createRow(r++), LESSON_HEADERS);
        for (Lesson l : plan.lessons().lessons()) {
            Row row = sheet.createRow(r++);
            if (l.date() != null) {
                cells.date(row, 0, day(l.date()), st.date);
            }
            cells.text(row, 1, l.phase());
            cells.sentence(row, 2, l.whatHappened());
            cells.sentence(row, 3, l.impact());
            cells.text(row, 4, l.action().label());
            cells.sentence(row, 5, l.recommendation());
            cells.text(row, 6, l.owner());
        }
        widths(sheet, new int[] {12, 24, 50, 40, 16, 50, 20});
        sheet.createFreezePane(0, 1);
        PageSetup.table(Math.max(1, r - 1), LESSON_HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static LocalDateTime day(LocalDate d) {
        return LocalDateTime.of(d, LocalTime.MIDNIGHT);
    }

    private static void widths(SXSSFSheet sheet, int[] chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }
}
