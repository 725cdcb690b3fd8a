package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.schedule.CostReport;

/**
 * The Costs sheet, from the plan's {@link CostReport}. On top, one row per cost item (filtered and frozen like
 * the WBS sheet): what it is, its inputs, quantity x unit price where it has one (the unit price points at the
 * price table further down, and the planned amount is {@code ROUND(quantity x unit price, 2)}), planned,
 * actual, % complete and forecast ({@code actual + planned x (1 - % complete)}, or planned while no actual is
 * entered), a warning where a price is missing, and the task's start and finish. Under the items: the total row (SUBTOTAL, so a filter
 * shows the total of the rows shown), totals by category and by phase (SUMIF), the budgets with their shares
 * and alerts, the contingency reserve, and the price table. Every formula carries its computed value, so
 * readers that do not recalculate still show the figures; a changed price updates the amounts and totals in
 * any spreadsheet that does.
 */
final class CostsSheet {
    static final String NAME = "Costs";
    static final String[] HEADERS = {"WBS", "Task Name", "Phase", "Category", "Kind", "Inputs", "Quantity", "Unit",
        "Unit price", "Planned", "Actual", "% complete", "Forecast", "Missing price", "Start", "Finish"};
    static final int CODE = 0;
    static final int TASK = 1;
    static final int PHASE = 2;
    static final int CATEGORY = 3;
    static final int KIND = 4;
    static final int INPUTS = 5;
    static final int QUANTITY = 6;
    static final int UNIT = 7;
    static final int UNIT_PRICE = 8;
    static final int PLANNED = 9;
    static final int ACTUAL = 10;
    static final int DONE = 11;
    static final int FORECAST = 12;
    static final int WARNING = 13;
    /** When the item's task starts and finishes: the Summary's cumulative cost spreads its amount in between. */
    static final int START = 14;
    static final int FINISH = 15;
    /** Column of the labels of the blocks under the items. */
    static final int LABEL = TASK;
    /** The kind of the item that holds a task's own fixed cost (as CostReport names it). */
    static final String FIXED_KIND = "Fixed cost";
    static final String NO_ITEMS = "No costs yet: give tasks an owner with a rate, a fixed cost or cost lines.";

    /** What the row writers of this sheet share. */
    record Writer(Cells cells, Styles styles, ColumnWidths widths) {
        void label(Row row, String text) {
            cells.text(row, LABEL, text);
            widths.see(LABEL, text);
        }

        /** Header cells from {@code first} on, one per name. */
        void header(Row row, int first, String... names) {
            for (int i = 0; i < names.length; i++) {
                cells.styled(row, first + i, names[i], styles.header);
                widths.header(first + i, names[i]);
            }
        }

        /** Header cells at the given columns, the gaps between them filled in the header style. */
        void headerAt(Row row, int[] cols, String... names) {
            for (int c = cols[0]; c <= cols[cols.length - 1]; c++) {
                cells.styled(row, c, "", styles.header);
            }
            for (int i = 0; i < names.length; i++) {
                cells.styled(row, cols[i], names[i], styles.header);
                widths.header(cols[i], names[i]);
            }
        }

        void money(Row row, int col, String formula, BigDecimal value, boolean bold) {
            cells.formula(row, col, formula, value.doubleValue(), bold ? styles.boldMoney : styles.money);
            widths.see(col, value.toPlainString().length() + 5);
        }
    }

    private CostsSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        CostReport report = ctx.costs();
        SXSSFSheet sheet = wb.createSheet(NAME);
        Writer w = new Writer(ctx.cells(), ctx.styles(), new ColumnWidths(HEADERS.length, 7, 60).cap(TASK, 30)
                .cap(PHASE, 18).cap(KIND, 14).cap(INPUTS, 34).cap(WARNING, 18));
        for (int c = 0; c < HEADERS.length; c++) {
            w.widths().header(c, HEADERS[c]);
        }
        List<CostReport.Item> items = report.items();
        int lastItemRow = Math.max(1, items.size());
        CostBlocks blocks = new CostBlocks(plan, report, w, lastItemRow + 1, ctx.options().today());
        List<Consumer<Row>> tail = new ArrayList<>(blocks.lines());
        PriceBlock prices = new PriceBlock(plan, lastItemRow + 1 + tail.size() + 1, w);
        tail.add(null);
        tail.addAll(prices.lines());
        ItemPricing pricing = new ItemPricing(plan, prices);

        Row head = sheet.createRow(0);
        w.header(head, 0, HEADERS);
        ColumnWidths.header(head);
        if (items.isEmpty()) {
            w.label(sheet.createRow(1), NO_ITEMS);
        }
        List<CostLine> lines = ItemPricing.linesOf(items);
        for (int i = 0; i < items.size(); i++) {
            item(sheet.createRow(i + 1), items.get(i), pricing.of(items.get(i), lines.get(i)), plan, w);
            ctx.progress().step("Costs");
        }
        int r = lastItemRow + 1;
        for (Consumer<Row> line : tail) {
            Row row = sheet.createRow(r++);
            if (line != null) {
                line.accept(row);
            }
        }
        blocks.format(sheet);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastItemRow, 0, HEADERS.length - 1));
        w.widths().apply(sheet);
        PageSetup.table(r - 1, HEADERS.length - 1).apply(wb, sheet, plan.name());
    }

    private static void item(Row row, CostReport.Item item, ItemPricing.Priced priced, Plan plan, Writer w) {
        Cells cells = w.cells();
        Styles st = w.styles();
        ColumnWidths widths = w.widths();
        int e = row.getRowNum() + 1;
        String code = plan.wbsCode(item.task());
        cells.text(row, CODE, code);
        cells.sentence(row, TASK, item.task().name());
        cells.sentence(row, PHASE, item.phase());
        cells.text(row, CATEGORY, item.category().label());
        cells.sentence(row, KIND, item.kind());
        String inputs = item.summary();
        cells.sentence(row, INPUTS, inputs);
        widths.fit(row, TASK, item.task().name());
        widths.fit(row, PHASE, item.phase());
        widths.fit(row, KIND, item.kind());
        widths.fit(row, INPUTS, inputs);
        widths.see(CODE, code);
        widths.see(TASK, item.task().name());
        widths.see(PHASE, item.phase());
        widths.see(CATEGORY, item.category().label());
        widths.see(KIND, item.kind());
        widths.see(INPUTS, inputs);
        if (priced != null) {
            cells.number(row, QUANTITY, priced.quantity(), st.quantity);
            cells.text(row, UNIT, priced.unit());
            widths.see(UNIT, priced.unit());
            cells.formula(row, UNIT_PRICE, priced.unitPriceFormula(), priced.unitPrice(), st.unitPrice);
            cells.formula(row, PLANNED, "ROUND(G" + e + "*I" + e + ",2)", item.planned().doubleValue(), st.money);
            widths.see(QUANTITY, String.format(java.util.Locale.ROOT, "%,.2f", priced.quantity()).length());
        } else {
            cells.number(row, PLANNED, item.planned().doubleValue(), st.money);
        }
        widths.see(PLANNED, item.planned().toPlainString().length() + 4);
        if (item.actual() != null) {
            cells.number(row, ACTUAL, item.actual().doubleValue(), st.money);
        }
        double done = Math.min(100, Math.max(0, item.task().rolledUpPercentComplete())) / 100.0;
        cells.number(row, DONE, done, st.percent);
        String spent = item.lumpSum() ? "K" + e : "K" + e + "+ROUND(J" + e + "*(1-L" + e + "),2)";
        cells.formula(row, FORECAST, "IF(ISBLANK(K" + e + "),J" + e + "," + spent + ")",
                item.forecast().doubleValue(), st.money);
        widths.see(FORECAST, item.forecast().toPlainString().length() + 4);
        if (item.missingPrice() != null) {
            cells.styled(row, WARNING, item.missingPrice(), st.wrapped(st.filled(Styles.AMBER, false, false)));
            widths.see(WARNING, item.missingPrice());
            widths.fit(row, WARNING, item.missingPrice());
        }
        LocalDateTime start = item.task().start() != null ? item.task().start() : plan.startDate().atStartOfDay();
        cells.date(row, START, start, st.date);
        cells.date(row, FINISH, item.task().finish() != null ? item.task().finish() : start, st.date);
        widths.see(START, 10);
        widths.see(FINISH, 10);
    }

    /** A SUMIF criterion as a formula string that matches exactly this text (case aside, as SUMIF does). */
    static String exactly(String text) {
        String escaped = text.replace("~", "~~").replace("*", "~*").replace("?", "~?");
        return "\"=" + escaped.replace("\"", "\"\"") + "\"";
    }

    /** Column letter of a 0-based column below 26. */
    static String col(int c) {
        return String.valueOf((char) ('A' + c));
    }

    /** Rows 2 to {@code lastRow + 1} of a column, absolute: the item range. */
    static String range(int c, int lastItemRow) {
        return "$" + col(c) + "$2:$" + col(c) + "$" + (lastItemRow + 1);
    }
}
