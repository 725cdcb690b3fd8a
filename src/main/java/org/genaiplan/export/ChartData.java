package org.genaiplan.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.CostReport;

/**
 * The figures the Summary's cost charts read, as cells right of the printed page: cost by phase and by category
 * (planned, forecast, actual) as SUMIF formulas over the Costs sheet's items, and the cumulative cost by date,
 * the planned curve a SUMPRODUCT over each item's planned amount spread evenly between its start and finish (as
 * {@link CostReport#sCurve()} spreads it), the actual curve the report's figures. Each formula carries the
 * report's figure as its cached value. A changed price or rate on the Costs sheet moves the bars and the curve.
 */
final class ChartData {
    /** First column of the block (M): past the printed page, which ends at the heat map. */
    static final int FIRST_COLUMN = 12;
    static final int PLANNED = FIRST_COLUMN + 1;
    static final int FORECAST = FIRST_COLUMN + 2;
    static final int ACTUAL = FIRST_COLUMN + 3;
    /** Columns of the cumulative cost: date, planned to date, actual to date. */
    static final int DATE = FIRST_COLUMN + 5;
    static final int PLANNED_TO_DATE = DATE + 1;
    static final int ACTUAL_TO_DATE = DATE + 2;
    static final String CAPTION = "Chart data (formulas over the Costs sheet)";
    static final String[] SERIES = {CostCharts.PLANNED, CostCharts.FORECAST, CostCharts.ACTUAL};

    /** A block of rows: the 0-based rows of its header and of its first and last values. */
    record Block(int header, int first, int last) {
        /** The block's cells in a column, absolute, with the sheet's name: {@code Summary!$N$5:$N$9}. */
        String range(int col) {
            return new CellRangeAddress(first, last, col, col).formatAsString(SummarySheet.NAME, true);
        }

        /** The header cell of a column (a series' name). */
        CellReference title(int col) {
            return new CellReference(SummarySheet.NAME, header, col, true, true);
        }
    }

    private final int items;
    private final List<String> phases = new ArrayList<>();
    private final List<CostReport.Totals> phaseTotals = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<CostReport.Totals> categoryTotals = new ArrayList<>();
    private final List<CostReport.CurvePoint> curve;
    final Block byPhase;
    final Block byCategory;
    final Block cumulative;

    /** The block for the report, starting on 0-based row {@code firstRow}. */
    ChartData(CostReport report, int firstRow) {
        this.items = Math.max(1, report.items().size());
        for (Map.Entry<String, CostReport.Totals> e : report.byPhase().entrySet()) {
            phases.add(e.getKey());
            phaseTotals.add(e.getValue());
        }
        for (Map.Entry<CostCategory, CostReport.Totals> e : report.byCategory().entrySet()) {
            categories.add(e.getKey().label());
            categoryTotals.add(e.getValue());
        }
        this.curve = report.sCurve().stream()
                .filter(p -> p.date().getYear() >= 1900 && p.date().getYear() <= 9999).toList();
        byPhase = new Block(firstRow + 1, firstRow + 2, firstRow + 1 + phases.size());
        byCategory = new Block(byPhase.last() + 2, byPhase.last() + 3, byPhase.last() + 2 + categories.size());
        cumulative = new Block(firstRow + 1, firstRow + 2, firstRow + 1 + Math.max(1, curve.size()));
    }

    /** The last row the block takes. */
    int lastRow() {
        return Math.max(byCategory.last(), cumulative.last());
    }

    String[] phases() {
        return phases.toArray(String[]::new);
    }

    String[] categories() {
        return categories.toArray(String[]::new);
    }

    /** Planned, forecast or actual (index into {@link #SERIES}) of each phase. */
    Double[] byPhase(int series) {
        return values(phaseTotals, series);
    }

    Double[] byCategory(int series) {
        return values(categoryTotals, series);
    }

    private static Double[] values(List<CostReport.Totals> totals, int series) {
        return totals.stream().map(t -> switch (series) {
            case 0 -> t.planned();
            case 1 -> t.forecast();
            default -> t.actual();
        }).map(java.math.BigDecimal::doubleValue).toArray(Double[]::new);
    }

    /** The curve's dates as workbook day numbers. */
    Double[] dates() {
        return curve.stream().map(p -> DateUtil.getExcelDate(p.date())).toArray(Double[]::new);
    }

    Double[] plannedToDate() {
        return curve.stream().map(CostReport.CurvePoint::planned).toArray(Double[]::new);
    }

    /** Actual cost to date, null after the export's today. */
    Double[] actualToDate() {
        return curve.stream().map(CostReport.CurvePoint::actual).toArray(Double[]::new);
    }

    /** Writes the block's cells on row {@code row}, which lies within it. */
    void write(Row row, ExportContext ctx) {
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        int r = row.getRowNum();
        if (r == byPhase.header() - 1) {
            cells.styled(row, FIRST_COLUMN, CAPTION, st.boldText);
        }
        if (r == byPhase.header()) {
            header(row, cells, st, "Phase");
        } else if (r >= byPhase.first() && r <= byPhase.last()) {
            int k = r - byPhase.first();
            totals(row, cells, st, phases.get(k), CostsSheet.PHASE, phaseTotals.get(k));
        } else if (r == byCategory.header()) {
            header(row, cells, st, "Category");
        } else if (r >= byCategory.first() && r <= byCategory.last()) {
            int k = r - byCategory.first();
            totals(row, cells, st, categories.get(k), CostsSheet.CATEGORY, categoryTotals.get(k));
        }
        if (r == cumulative.header()) {
            cells.styled(row, DATE, "Date", st.header);
            cells.styled(row, PLANNED_TO_DATE, CostCharts.PLANNED, st.header);
            cells.styled(row, ACTUAL_TO_DATE, CostCharts.ACTUAL, st.header);
        } else if (r >= cumulative.first() && r - cumulative.first() < curve.size()) {
            CostReport.CurvePoint p = curve.get(r - cumulative.first());
            cells.date(row, DATE, p.date().atStartOfDay(), st.date);
            cells.formula(row, PLANNED_TO_DATE, plannedToDate(r + 1), p.planned(), st.money);
            if (p.actual() != null) {
                cells.number(row, ACTUAL_TO_DATE, p.actual(), st.money);
            }
        }
    }

    private static void header(Row row, Cells cells, Styles st, String what) {
        cells.styled(row, FIRST_COLUMN, what, st.header);
        for (int i = 0; i < SERIES.length; i++) {
            cells.styled(row, PLANNED + i, SERIES[i], st.header);
        }
    }

    private void totals(Row row, Cells cells, Styles st, String label, int criterion, CostReport.Totals t) {
        cells.text(row, FIRST_COLUMN, label);
        cells.formula(row, PLANNED, sumIf(criterion, label, CostsSheet.PLANNED), t.planned().doubleValue(), st.money);
        cells.formula(row, FORECAST, sumIf(criterion, label, CostsSheet.FORECAST), t.forecast().doubleValue(), st.money);
        cells.formula(row, ACTUAL, sumIf(criterion, label, CostsSheet.ACTUAL), t.actual().doubleValue(), st.money);
    }

    private String sumIf(int criterionCol, String value, int col) {
        return "SUMIF(" + items(criterionCol) + "," + CostsSheet.exactly(value) + "," + items(col) + ")";
    }

    /** The Costs sheet's item cells of a column: {@code Costs!$J$2:$J$41}. */
    private String items(int col) {
        return CostsSheet.NAME + "!" + CostsSheet.range(col, items);
    }

    /**
     * Planned cost to the end of the date on 1-based row {@code excelRow}: each item's whole amount once it has
     * finished by then, else the part of it that its bar has crossed.
     */
    String plannedToDate(int excelRow) {
        String end = "($" + CostsSheet.col(DATE) + "$" + excelRow + "+1)";
        String s = items(CostsSheet.START);
        String f = items(CostsSheet.FINISH);
        return "SUMPRODUCT(" + items(CostsSheet.PLANNED) + ",(" + end + ">=" + f + ")+(" + end + ">" + s + ")*("
                + end + "<" + f + ")*(" + end + "-" + s + ")/(" + f + "-" + s + "+(" + f + "=" + s + ")))";
    }
}
