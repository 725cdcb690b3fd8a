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
 * conditional formatting) and below it a 5 x 5 heat map of open risks counted with COUNTIFS.
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
        int[][] counts = new int[5][5];
        for (Risk r : risks) {
            if (r.status() != RiskStatus.CLOSED) {
                counts[r.probability() - 1][r.impact() - 1]++;
            }
        }
        return counts;
    }

    /** First column of the heat map block (O), and the rows it takes (title, header, five probabilities). */
    static final int HEAT_COLUMN = 14;
    static final int HEAT_ROWS = 7;

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        ColumnWidths widths = new ColumnWidths(HEADERS.length, 7, 45);
        cells.headers(sheet.createRow(0), HEADERS);
        widths.see(10, 40);
        for (int c = 0; c < HEADERS.length; c++) {
            widths.see(c, HEADERS[c]);
        }
        List<Risk> risks = plan.risks();
        int[][] counts = counts(risks);
        int rowsNeeded = Math.max(risks.size() + 1, HEAT_ROWS);
        for (int r = 0; r < rowsNeeded; r++) {
            Row row = r == 0 ? sheet.getRow(0) : sheet.createRow(r);
            writeHeatMapCells(row, r, ctx, counts, risks.size());
            if (r == 0 || r > risks.size()) {
                continue;
            }
            Risk risk = risks.get(r - 1);
            int excelRow = r + 1;
            cells.text(row, 0, risk.code());
            cells.text(row, 1, risk.title());
            widths.see(1, risk.title());
            cells.text(row, 2, risk.category());
            widths.see(2, risk.category());
            cells.text(row, 3, risk.owner());
            widths.see(3, risk.owner());
            cells.text(row, STATUS, statusText(risk.status()));
            cells.number(row, PROBABILITY, risk.probability(), st.integer);
            cells.number(row, IMPACT, risk.impact(), st.integer);
            cells.formula(row, SCORE, "F" + excelRow + "*G" + excelRow, risk.score(), st.integer);
            cells.text(row, 8, band(risk.band()));
            cells.text(row, 9, risk.strategy() == null ? "" : statusLike(risk.strategy().name()));
            cells.text(row, 10, risk.mitigation());
            widths.see(10, Math.min(60, risk.mitigation() == null ? 0 : risk.mitigation().length()));
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
            cells.text(row, 12, linked);
            widths.see(12, linked);
            ctx.progress().step("Risks");
        }
        int n = risks.size();
        if (n > 0) {
            bandFormatting(sheet, new CellRangeAddress(1, n, SCORE, SCORE));
        }
        for (int c = HEAT_COLUMN; c <= HEAT_COLUMN + 5; c++) {
            sheet.setColumnWidth(c, 6 * 256);
        }
        sheet.setColumnWidth(HEAT_COLUMN - 1, 3 * 256);
        sheet.createFreezePane(2, 1);
        Styles.print(sheet, true);
        widths.apply(sheet);
    }

    /**
     * The heat map beside the register (columns O-T): a title row, a header row of impacts, then probability
     * 5 down to 1, each cell a COUNTIFS of the open risks with that probability and impact.
     */
    private static void writeHeatMapCells(Row row, int r, ExportContext ctx, int[][] counts, int n) {
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        if (r == 0) {
            cells.styled(row, HEAT_COLUMN, "Heat map of open risks",
                    st.boldText);
            return;
        }
        if (r == 1) {
            cells.styled(row, HEAT_COLUMN, "P \\ I", st.header);
            for (int i = 1; i <= 5; i++) {
                cells.number(row, HEAT_COLUMN + i, i, st.filled(Styles.HEADER, true, true));
            }
            return;
        }
        if (r >= HEAT_ROWS) {
            return;
        }
        int p = 5 - (r - 2);
        cells.number(row, HEAT_COLUMN, p, st.filled(Styles.HEADER, true, true));
        for (int i = 1; i <= 5; i++) {
            byte[] colour = switch (ScoreBand.of(p * i)) {
                case GREEN -> Styles.GREEN;
                case AMBER -> Styles.AMBER;
                case RED -> Styles.RED;
            };
            int count = counts[p - 1][i - 1];
            if (n == 0) {
                cells.number(row, HEAT_COLUMN + i, count, st.heatCell(colour));
            } else {
                String f = "COUNTIFS($F$2:$F$" + (n + 1) + "," + p + ",$G$2:$G$" + (n + 1) + "," + i
                        + ",$E$2:$E$" + (n + 1) + ",\"<>Closed\")";
                cells.formula(row, HEAT_COLUMN + i, f, count, st.heatCell(colour));
            }
        }
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
