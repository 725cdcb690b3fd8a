package org.genaiplan.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;
import org.genaiplan.model.Task;

/**
 * The Risks sheet: the register (score = probability x impact as a live formula, coloured by band through
 * conditional formatting; titles, categories, owners, mitigations and linked tasks wrap) and under it the
 * {@link HeatMapCells heat map} of open risks counted with COUNTIFS. It prints one page wide.
 */
final class RisksSheet {
    static final String NAME = "Risks";
    static final String[] HEADERS = {"ID", "Title", "Category", "Owner", "Status", "Probability", "Impact",
        "Score", "Band", "Strategy", "Mitigation", "Due", "Linked tasks"};
    static final int PROBABILITY = 5;
    static final int IMPACT = 6;
    static final int SCORE = 7;
    static final int STATUS = 4;

    private RisksSheet() {
    }

    static String statusText(RiskStatus status) {
        String s = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Open (not closed) risks per cell, {@code [p - 1][i - 1]}. */
    static int[][] counts(List<Risk> risks) {
        return RiskHeat.count(risks, false);
    }

    /** Columns of the sentences: they wrap at their widths. */
    static final int TITLE = 1;
    static final int MITIGATION = 10;
    /** The heat map's first column, under the register: Status, then the narrow rating columns beside it. */
    static final int HEAT_COLUMN = STATUS;
    static final String HEAT_CAPTION = "Open risks: probability x impact";

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        ColumnWidths widths = new ColumnWidths(HEADERS.length, 7, 45).cap(TITLE, 30).cap(2, 16).cap(3, 16)
                .cap(MITIGATION, 40).cap(12, 12);
        Row head = sheet.createRow(0);
        cells.headers(head, HEADERS);
        ColumnWidths.header(head);
        for (int c = 0; c < HEADERS.length; c++) {
            widths.header(c, HEADERS[c]);
        }
        List<Risk> risks = plan.risks();
        for (int r = 1; r <= risks.size(); r++) {
            Row row = sheet.createRow(r);
            Risk risk = risks.get(r - 1);
            int excelRow = r + 1;
            cells.text(row, 0, risk.code());
            widths.see(0, risk.code());
            cells.sentence(row, TITLE, risk.title());
            widths.fit(row, TITLE, risk.title());
            widths.see(TITLE, risk.title());
            cells.sentence(row, 2, risk.category());
            widths.fit(row, 2, risk.category());
            widths.see(2, risk.category());
            cells.sentence(row, 3, risk.owner());
            widths.fit(row, 3, risk.owner());
            widths.see(3, risk.owner());
            cells.text(row, STATUS, statusText(risk.status()));
            cells.number(row, PROBABILITY, risk.probability(), st.integer);
            cells.number(row, IMPACT, risk.impact(), st.integer);
            cells.formula(row, SCORE, "F" + excelRow + "*G" + excelRow, risk.score(), st.integer);
            cells.text(row, 8, band(risk.band()));
            String strategy = risk.strategy() == null ? "" : statusLike(risk.strategy().name());
            cells.text(row, 9, strategy);
            widths.see(9, strategy);
            cells.sentence(row, MITIGATION, risk.mitigation());
            widths.fit(row, MITIGATION, risk.mitigation());
            widths.see(MITIGATION, risk.mitigation());
            if (risk.dueDate() != null) {
                cells.date(row, 11, risk.dueDate().atStartOfDay(), st.date);
            }
            widths.see(11, 10);
            List<String> codes = new ArrayList<>();
            for (long id : risk.linkedTaskIds()) {
                Task t = plan.task(id);
                if (t != null) {
                    codes.add(plan.wbsCode(t));
                }
            }
            String linked = String.join(", ", codes);
            cells.sentence(row, 12, linked);
            widths.fit(row, 12, linked);
            widths.see(12, linked);
            ctx.progress().step("Risks");
        }
        int n = risks.size();
        if (n > 0) {
            bandFormatting(sheet, new CellRangeAddress(1, n, SCORE, SCORE));
        }
        int heatRow = n + 2;
        new HeatMapCells(sheet, "", n, HEAT_CAPTION).write(sheet::createRow, heatRow, HEAT_COLUMN, counts(risks), ctx);
        sheet.createFreezePane(2, 1);
        widths.apply(sheet);
        PageSetup.table(heatRow + HeatMapCells.ROWS - 1, HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    /** Green 1-4, amber 5-14, red 15-25 on the score cells. */
    static void bandFormatting(SXSSFSheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule green = rule(cf, "1", "4", Styles.GREEN);
        ConditionalFormattingRule amber = rule(cf, "5", "14", Styles.AMBER);
        ConditionalFormattingRule red = rule(cf, "15", "25", Styles.RED);
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, new ConditionalFormattingRule[] {green, amber, red});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String low, String high, byte[] rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.BETWEEN, low, high);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    static String band(ScoreBand band) {
        return switch (band) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
        };
    }

    private static String statusLike(String enumName) {
        String s = enumName.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
