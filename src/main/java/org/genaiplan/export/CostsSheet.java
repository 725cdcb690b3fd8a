package org.genaiplan.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Role;

/**
 * The Costs sheet. Left: one cost line per row (WBS, task, phase, category, role, hours, rate, amount), where a
 * people line's rate points at its role's rate cell and its amount is {@code ROUND(hours x rate, 2)}. Right:
 * the grand total, subtotals by category and by phase (SUMIF; a phase's criterion is "=" and the name with its
 * wildcards escaped, so that no *, ? or comparison sign in a phase name can bend the match), then the rates table. Every formula carries its computed
 * value; changing a rate updates the lines and totals in any spreadsheet that recalculates.
 */
final class CostsSheet {
    static final String NAME = "Costs";
    static final String[] HEADERS = {"WBS", "Task Name", "Phase", "Category", "Role", "Hours", "Rate per hour",
        "Amount"};
    static final int LABEL = 9;
    static final int VALUE = 10;
    static final int HOURS = 5;
    static final int RATE = 6;
    static final int AMOUNT = 7;

    private CostsSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        CostLines costs = new CostLines(ctx.plan(), ctx.rows());
        int n = costs.lines.size();
        String amounts = "$H$2:$H$" + Math.max(2, n + 1);
        String currency = ctx.plan().currency();

        // The right-hand block, row by row (0-based row -> label, formula, value, style kind).
        Map<Integer, Object[]> side = new HashMap<>();
        int s = 0;
        side.put(s++, new Object[] {"Grand total (" + currency + ")", "SUM(" + amounts + ")", costs.total, "total"});
        s++;
        side.put(s++, new Object[] {"Category", "Subtotal", null, "header"});
        for (Map.Entry<String, BigDecimal> e : costs.categoryTotals.entrySet()) {
            int at = s++;
            side.put(at, new Object[] {e.getKey(), "SUMIF($D$2:$D$" + Math.max(2, n + 1) + ",$J$" + (at + 1) + ","
                    + amounts + ")", e.getValue(), "money"});
        }
        s++;
        side.put(s++, new Object[] {"Phase", "Subtotal", null, "header"});
        for (Map.Entry<String, String> e : costs.phaseNames.entrySet()) {
            int at = s++;
            side.put(at, new Object[] {e.getValue(), "SUMIF($C$2:$C$" + Math.max(2, n + 1) + "," + exactly(e.getValue())
                    + "," + amounts + ")", costs.phaseTotals.get(e.getKey()), "money"});
        }
        s++;
        side.put(s++, new Object[] {"Role", "Rate per hour", null, "header"});
        Map<String, Integer> rateRow = new HashMap<>();
        for (Role role : costs.roles) {
            int at = s++;
            rateRow.put(role.name(), at + 1);
            side.put(at, new Object[] {role.name(), null, role.ratePerHour(), "rate"});
        }
        int sideRows = s;

        ColumnWidths widths = new ColumnWidths(VALUE + 1, 8, 60);
        for (int c = 0; c < HEADERS.length; c++) {
            widths.see(c, HEADERS[c]);
        }
        int rows = Math.max(n + 1, sideRows);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            if (r == 0) {
                cells.headers(row, HEADERS);
            } else if (r <= n) {
                CostLines.Line line = costs.lines.get(r - 1);
                String code = ctx.plan().wbsCode(line.task());
                cells.text(row, 0, code);
                cells.text(row, 1, line.task().name());
                cells.text(row, 2, line.phase());
                cells.text(row, 3, line.category());
                widths.see(0, code);
                widths.see(1, line.task().name());
                widths.see(2, line.phase());
                if (line.role() != null) {
                    cells.text(row, 4, line.role());
                    widths.see(4, line.role());
                    cells.number(row, HOURS, line.hours(), st.hours);
                    cells.formula(row, RATE, "$K$" + rateRow.get(line.role()), line.rate().doubleValue(), st.money);
                    int excelRow = r + 1;
                    cells.formula(row, AMOUNT, "ROUND(F" + excelRow + "*G" + excelRow + ",2)",
                            line.amount().doubleValue(), st.money);
                } else {
                    cells.number(row, AMOUNT, line.amount().doubleValue(), st.money);
                }
                widths.see(AMOUNT, line.amount().toPlainString().length() + 3);
                ctx.progress().step("Costs");
            }
            Object[] cell = side.get(r);
            if (cell != null) {
                writeSide(row, cell, cells, st, widths);
            }
        }
        sheet.createFreezePane(0, 1);
        Styles.print(sheet, true);
        widths.apply(sheet);
        sheet.setColumnWidth(8, 3 * 256);
    }

    /** A SUMIF criterion as a formula string that matches exactly this text (case aside, as SUMIF does). */
    static String exactly(String text) {
        String escaped = text.replace("~", "~~").replace("*", "~*").replace("?", "~?");
        return "\"=" + escaped.replace("\"", "\"\"") + "\"";
    }

    private static void writeSide(Row row, Object[] cell, Cells cells, Styles st, ColumnWidths widths) {
        String label = (String) cell[0];
        String kind = (String) cell[3];
        widths.see(LABEL, label);
        switch (kind) {
            case "header" -> {
                cells.styled(row, LABEL, label, st.header);
                cells.styled(row, VALUE, (String) cell[1], st.header);
                widths.see(VALUE, (String) cell[1]);
            }
            case "total" -> {
                cells.text(row, LABEL, label, true, 0);
                cells.formula(row, VALUE, (String) cell[1], ((BigDecimal) cell[2]).doubleValue(), st.boldMoney);
                widths.see(VALUE, ((BigDecimal) cell[2]).toPlainString().length() + 4);
            }
            case "money" -> {
                cells.text(row, LABEL, label);
                cells.formula(row, VALUE, (String) cell[1], ((BigDecimal) cell[2]).doubleValue(), st.money);
            }
            default -> {
                cells.text(row, LABEL, label);
                cells.number(row, VALUE, ((BigDecimal) cell[2]).doubleValue(), st.money);
            }
        }
    }
}
