package org.genaiplan.export;

import static org.genaiplan.export.CostsSheet.ACTUAL;
import static org.genaiplan.export.CostsSheet.CATEGORY;
import static org.genaiplan.export.CostsSheet.DONE;
import static org.genaiplan.export.CostsSheet.FORECAST;
import static org.genaiplan.export.CostsSheet.LABEL;
import static org.genaiplan.export.CostsSheet.PHASE;
import static org.genaiplan.export.CostsSheet.PLANNED;
import static org.genaiplan.export.CostsSheet.UNIT_PRICE;
import static org.genaiplan.export.CostsSheet.WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;

/**
 * The blocks under the cost items: the total row, totals by category and by phase, the budgets (amount,
 * planned, actual and forecast, with actual and forecast as shares of the budget, coloured at 50, 75 and 100 %),
 * the budget alerts of the export date, and the contingency reserve. Sums are SUM, SUMIF and SUBTOTAL
 * formulas over the item rows; each carries the report's figure as its cached value.
 */
final class CostBlocks {
    static final String TOTAL = "Total";
    static final String WHOLE_PLAN = "Whole plan";
    static final String CONTINGENCY = "Contingency reserve (expected cost of open risks)";
    static final String WITH_CONTINGENCY = "Forecast plus contingency";
    static final String BUDGET_LEFT = "Plan budget left after forecast and contingency";
    private static final int[] TOTAL_COLUMNS = {LABEL, PLANNED, ACTUAL, DONE, FORECAST};

    private final Plan plan;
    private final CostReport report;
    private final CostsSheet.Writer w;
    private final int lastItemRow;
    private final int firstRow;
    private final List<Consumer<Row>> lines = new ArrayList<>();
    private int firstBudgetRow = -1;
    private int lastBudgetRow = -1;

    /**
     * The blocks for items on rows 1 to {@code lastItemRow} (0-based), starting on the row after them;
     * {@code today} dates the alerts.
     */
    CostBlocks(Plan plan, CostReport report, CostsSheet.Writer w, int firstRow, LocalDate today) {
        this.plan = plan;
        this.report = report;
        this.w = w;
        this.firstRow = firstRow;
        this.lastItemRow = firstRow - 1;
        String currency = plan.currency();
        add(row -> {
            w.cells().text(row, LABEL, TOTAL + " (" + currency + ")", true, 0);
            w.widths().see(LABEL, TOTAL + " (" + currency + ")");
            CostReport.Totals t = report.total();
            w.money(row, PLANNED, "SUBTOTAL(9," + items(PLANNED) + ")", t.planned(), true);
            w.money(row, ACTUAL, "SUBTOTAL(9," + items(ACTUAL) + ")", t.actual(), true);
            w.money(row, FORECAST, "SUBTOTAL(9," + items(FORECAST) + ")", t.forecast(), true);
        });
        add(null);
        add(row -> w.headerAt(row, TOTAL_COLUMNS, "Category", "Planned", "Actual", "% of planned", "Forecast"));
        for (Map.Entry<CostCategory, CostReport.Totals> e : report.byCategory().entrySet()) {
            String label = e.getKey().label();
            add(row -> totalsLine(row, label, CATEGORY, e.getValue()));
        }
        add(null);
        add(row -> w.headerAt(row, TOTAL_COLUMNS, "Phase", "Planned", "Actual", "% of planned", "Forecast"));
        if (report.byPhase().isEmpty()) {
            add(row -> w.label(row, "No phases with costs."));
        }
        for (Map.Entry<String, CostReport.Totals> e : report.byPhase().entrySet()) {
            add(row -> totalsLine(row, e.getKey(), PHASE, e.getValue()));
        }
        add(null);
        int planBudgetRow = budgets();
        add(null);
        alerts(today);
        add(null);
        contingency(planBudgetRow);
    }

    private void add(Consumer<Row> line) {
        lines.add(line);
    }

    private int nextRow() {
        return firstRow + lines.size();
    }

    /** The item range of a column, e.g. {@code $J$2:$J$41}. */
    private String items(int col) {
        return CostsSheet.range(col, lastItemRow);
    }

    private String sumIf(int criterionCol, String value, int col) {
        return "SUMIF(" + items(criterionCol) + "," + CostsSheet.exactly(value) + "," + items(col) + ")";
    }

    private void totalsLine(Row row, String label, int criterionCol, CostReport.Totals t) {
        int e = row.getRowNum() + 1;
        w.label(row, label);
        w.money(row, PLANNED, sumIf(criterionCol, label, PLANNED), t.planned(), false);
        w.money(row, ACTUAL, sumIf(criterionCol, label, ACTUAL), t.actual(), false);
        BigDecimal total = report.total().planned();
        double share = total.signum() == 0 ? 0 : t.planned().doubleValue() / total.doubleValue();
        String sum = "SUM(" + items(PLANNED) + ")";
        w.cells().formula(row, DONE, "IF(" + sum + "=0,0,J" + e + "/" + sum + ")", share, w.styles().percent);
        w.money(row, FORECAST, sumIf(criterionCol, label, FORECAST), t.forecast(), false);
    }

    /** The budget lines; returns the 1-based row of the plan's budget, or 0 when the plan has none. */
    private int budgets() {
        add(row -> w.headerAt(row, new int[] {LABEL, UNIT_PRICE, PLANNED, ACTUAL, DONE, FORECAST, WARNING},
                "Budget for", "Budget", "Planned", "Actual", "Actual %", "Forecast", "Forecast %"));
        List<CostReport.BudgetLine> budgetLines = report.budgetLines();
        if (budgetLines.isEmpty()) {
            add(row -> w.label(row, "No budget set."));
            return 0;
        }
        int planRow = 0;
        firstBudgetRow = nextRow();
        for (CostReport.BudgetLine line : budgetLines) {
            if (line.phase() == null) {
                planRow = nextRow() + 1;
            }
            add(row -> budgetLine(row, line));
        }
        lastBudgetRow = nextRow() - 1;
        return planRow;
    }

    private void budgetLine(Row row, CostReport.BudgetLine line) {
        int e = row.getRowNum() + 1;
        w.label(row, line.phase() == null ? WHOLE_PLAN : line.phase());
        w.cells().number(row, UNIT_PRICE, line.budget().doubleValue(), w.styles().money);
        w.widths().see(UNIT_PRICE, line.budget().toPlainString().length() + 4);
        CostReport.Totals t = line.totals();
        w.money(row, PLANNED, sum(line.phase(), PLANNED), t.planned(), false);
        w.money(row, ACTUAL, sum(line.phase(), ACTUAL), t.actual(), false);
        w.cells().formula(row, DONE, "K" + e + "/I" + e, share(t.actual(), line.budget()), w.styles().share);
        w.money(row, FORECAST, sum(line.phase(), FORECAST), t.forecast(), false);
        w.cells().formula(row, WARNING, "M" + e + "/I" + e, share(t.forecast(), line.budget()), w.styles().share);
    }

    private String sum(String phase, int col) {
        return phase == null ? "SUM(" + items(col) + ")" : sumIf(PHASE, phase, col);
    }

    private static double share(BigDecimal amount, BigDecimal budget) {
        return amount.doubleValue() / budget.doubleValue();
    }

    private void alerts(LocalDate today) {
        add(row -> w.headerAt(row, new int[] {LABEL, PHASE}, "Budget alerts on " + today, ""));
        List<BudgetAlert> alerts = report.alerts();
        if (report.budgetLines().isEmpty()) {
            add(row -> w.label(row, "Set a budget to be warned at 50, 75, 90 and 100 % of it."));
        } else if (alerts.isEmpty()) {
            add(row -> w.label(row, "No budget has reached 50 %."));
        }
        for (BudgetAlert alert : alerts) {
            add(row -> {
                byte[] colour = alert.overBudget() ? Styles.RED : alert.threshold() >= 75 ? Styles.AMBER : Styles.TODAY;
                w.cells().styled(row, LABEL, alert.message(), w.styles().filled(colour, false, false));
            });
        }
    }

    private void contingency(int planBudgetRow) {
        int reserveRow = nextRow() + 1;
        BigDecimal reserve = report.contingency();
        add(row -> {
            w.label(row, CONTINGENCY);
            w.cells().number(row, PLANNED, reserve.doubleValue(), w.styles().money);
        });
        BigDecimal withReserve = report.total().forecast().add(reserve);
        String withFormula = "SUM(" + items(FORECAST) + ")+J" + reserveRow;
        add(row -> {
            w.label(row, WITH_CONTINGENCY);
            w.money(row, PLANNED, withFormula, withReserve, true);
        });
        if (planBudgetRow > 0) {
            int withRow = reserveRow + 1;
            BigDecimal left = plan.budget().total().subtract(withReserve);
            add(row -> {
                w.label(row, BUDGET_LEFT);
                w.money(row, PLANNED, "I" + planBudgetRow + "-J" + withRow, left, true);
            });
        }
    }

    List<Consumer<Row>> lines() {
        return lines;
    }

    /** Colours the budget shares: yellow from 50 %, amber from 75 %, red from 100 %. */
    void format(Sheet sheet) {
        if (firstBudgetRow < 0) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] ranges = {
            new CellRangeAddress(firstBudgetRow, lastBudgetRow, DONE, DONE),
            new CellRangeAddress(firstBudgetRow, lastBudgetRow, WARNING, WARNING),
        };
        cf.addConditionalFormatting(ranges, new ConditionalFormattingRule[] {
            rule(cf, "1", Styles.RED), rule(cf, "0.75", Styles.AMBER), rule(cf, "0.5", Styles.TODAY)});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String from, byte[] rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.GE, from);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
