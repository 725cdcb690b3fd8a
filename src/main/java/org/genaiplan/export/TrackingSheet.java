package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.tracking.EarnedValue;
import org.genaiplan.schedule.tracking.Figures;
import org.genaiplan.schedule.tracking.MonthlyPhasing;

/**
 * The Tracking sheet, written when the plan has a baseline: per task its baseline and current dates, the
 * finish variance, BAC, % complete, PV and AC as values and EV, SV, CV, SPI, CPI as formulas over them; the
 * plan's totals and EAC, ETC, VAC, TCPI as formulas over the totals; per phase the sums by SUMIF; and the
 * monthly phasing with each month's actual as a share of its forecast.
 */
final class TrackingSheet {
    static final String NAME = "Tracking";
    static final String[] HEADERS = {"WBS", "Task", "Phase", "Baseline start", "Baseline finish", "Start", "Finish",
        "Finish variance (days)", "BAC", "% complete", "PV", "EV", "AC", "SV", "CV", "SPI", "CPI"};
    private static final int BAC = 8;
    private static final int PERCENT = 9;
    private static final int PV = 10;
    private static final int EV = 11;
    private static final int AC = 12;
    private static final int FIRST_TASK_ROW = 3;

    private TrackingSheet() {
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        Baseline baseline = plan.tracking().comparedBaseline();
        if (baseline == null) {
            return;
        }
        LocalDate status = plan.statusDate() != null ? plan.statusDate() : ctx.options().today();
        EarnedValue ev = EarnedValue.of(plan, baseline, status);
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        cells.styled(sheet.createRow(0), 0, "Earned value at " + status + " against baseline \"" + baseline.name()
                + "\" (EAC = " + ev.money().method().formula() + ")", st.title);
        cells.headers(sheet.createRow(FIRST_TASK_ROW - 1), HEADERS);
        Map<Long, BaselineTask> planned = baseline.taskMap();
        org.genaiplan.schedule.WorkTime time = new org.genaiplan.schedule.WorkTime(plan.calendar(), plan.startDate());
        int r = FIRST_TASK_ROW;
        for (EarnedValue.TaskValue v : ev.tasks()) {
            if (v.task() == null) {
                continue;
            }
            BaselineTask b = planned.get(v.taskId());
            Row row = sheet.createRow(r);
            int x = r + 1;
            cells.text(row, 0, plan.wbsCode(v.task()));
            cells.text(row, 1, v.task().name(), v.task().hasChildren(), v.task().level() - 1);
            cells.text(row, 2, v.phase());
            if (b != null) {
                cells.date(row, 3, b.start(), st.date);
                cells.date(row, 4, b.finish(), st.date);
                if (b.finish() != null && v.task().finish() != null) {
                    cells.number(row, 7, ctx.days(time.between(b.finish(), v.task().finish())), st.days);
                }
            }
            cells.date(row, 5, v.task().start(), st.date);
            cells.date(row, 6, v.task().finish(), st.date);
            Figures f = v.money();
            cells.number(row, BAC, f.bac().doubleValue(), st.money);
            cells.number(row, PERCENT, v.task().hasChildren() ? v.task().rolledUpPercentComplete()
                    : v.task().percentComplete(), st.quantity);
            cells.number(row, PV, f.pv().doubleValue(), st.money);
            cells.formula(row, EV, "ROUND(" + ref(BAC, x) + "*" + ref(PERCENT, x) + "/100,2)", f.ev().doubleValue(),
                    st.money);
            cells.number(row, AC, f.ac().doubleValue(), st.money);
            derived(cells, st, row, x, f);
            r++;
            ctx.progress().step("Tracking");
        }
        int last = r;
        Row total = sheet.createRow(r);
        cells.text(total, 1, "Plan", true, 0);
        for (int c : new int[] {BAC, PV, EV, AC}) {
            cells.formula(total, c, "SUM(" + ref(c, FIRST_TASK_ROW + 1) + ":" + ref(c, last) + ")",
                    value(ev.money(), c), st.boldMoney);
        }
        derived(cells, st, total, r + 1, ev.money());
        int t = r + 1;
        r += 2;
        r = planBlock(sheet, cells, st, r, t, ev);
        r = phases(sheet, cells, st, r + 1, ev, last);
        months(sheet, cells, st, r + 1, MonthlyPhasing.of(plan, baseline, status).months());
        sheet.createFreezePane(2, FIRST_TASK_ROW);
        int[] widths = {10, 36, 16, 12, 12, 12, 12, 10, 13, 9, 13, 13, 13, 13, 13, 7, 7};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** SV, CV, SPI and CPI of row {@code x} as formulas. */
    private static void derived(Cells cells, Styles st, Row row, int x, Figures f) {
        cells.formula(row, 13, ref(EV, x) + "-" + ref(PV, x), f.sv().doubleValue(), st.money);
        cells.formula(row, 14, ref(EV, x) + "-" + ref(AC, x), f.cv().doubleValue(), st.money);
        cells.formula(row, 15, "IF(" + ref(PV, x) + "=0,\"\",ROUND(" + ref(EV, x) + "/" + ref(PV, x) + ",2))",
                num(f.spi()), st.quantity);
        cells.formula(row, 16, "IF(" + ref(AC, x) + "=0,\"\",ROUND(" + ref(EV, x) + "/" + ref(AC, x) + ",2))",
                num(f.cpi()), st.quantity);
    }

    /** EAC, ETC, VAC and TCPI of the plan, as formulas over the total row {@code t}. */
    private static int planBlock(SXSSFSheet sheet, Cells cells, Styles st, int r, int t, EarnedValue ev) {
        Figures f = ev.money();
        String bac = ref(BAC, t);
        String pv = ref(PV, t);
        String e = ref(EV, t);
        String ac = ref(AC, t);
        String eac = switch (f.method()) {
            case REMAINING_AS_PLANNED -> ac + "+(" + bac + "-" + e + ")";
            case CPI -> "IF(" + e + "=0,\"\",ROUND(" + bac + "*" + ac + "/" + e + ",2))";
            case CPI_TIMES_SPI -> "IF(OR(" + e + "=0," + pv + "=0," + ac + "=0),\"\",ROUND(" + ac + "+(" + bac + "-" + e
                    + ")*" + ac + "*" + pv + "/(" + e + "*" + e + "),2))";
        };
        int eacRow = r + 1;
        String[][] lines = {
            {"EAC", eac},
            {"ETC", "IF(" + ref(2, eacRow) + "=\"\",\"\"," + ref(2, eacRow) + "-" + ac + ")"},
            {"VAC", "IF(" + ref(2, eacRow) + "=\"\",\"\"," + bac + "-" + ref(2, eacRow) + ")"},
            {"TCPI", "IF(" + bac + "-" + ac + "=0,\"\",ROUND((" + bac + "-" + e + ")/(" + bac + "-" + ac + "),2))"},
        };
        BigDecimal[] cached = {f.eac(), f.etc(), f.vac(), f.tcpi()};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(r + i);
            cells.text(row, 1, lines[i][0], true, 0);
            cells.formula(row, 2, lines[i][1], num(cached[i]), i == 3 ? st.quantity : st.boldMoney);
        }
        Figures g = ev.gpuHours();
        Row gpu = sheet.createRow(r + lines.length);
        cells.text(gpu, 1, "GPU-hours: BAC, PV, EV, AC", true, 0);
        cells.number(gpu, 2, g.bac().doubleValue(), st.hours);
        cells.number(gpu, 3, g.pv().doubleValue(), st.hours);
        cells.number(gpu, 4, g.ev().doubleValue(), st.hours);
        cells.number(gpu, 5, g.ac().doubleValue(), st.hours);
        return r + lines.length + 2;
    }

    private static int phases(SXSSFSheet sheet, Cells cells, Styles st, int r, EarnedValue ev, int last) {
        cells.headers(sheet.createRow(r), "", "Phase", "BAC", "PV", "EV", "AC", "SPI", "CPI");
        int row = r + 1;
        for (Map.Entry<String, Figures> e : ev.byPhase().entrySet()) {
            Row out = sheet.createRow(row);
            int x = row + 1;
            cells.text(out, 1, e.getKey());
            Figures f = e.getValue();
            int[] from = {BAC, PV, EV, AC};
            for (int i = 0; i < from.length; i++) {
                String c = CostsSheet.col(from[i]);
                cells.formula(out, 2 + i, "SUMIF($C$" + (FIRST_TASK_ROW + 1) + ":$C$" + last + ",$B" + x + ",$" + c
                        + "$" + (FIRST_TASK_ROW + 1) + ":$" + c + "$" + last + ")", value(f, from[i]), st.money);
            }
            cells.formula(out, 6, "IF(D" + x + "=0,\"\",ROUND(E" + x + "/D" + x + ",2))", num(f.spi()), st.quantity);
            cells.formula(out, 7, "IF(F" + x + "=0,\"\",ROUND(E" + x + "/F" + x + ",2))", num(f.cpi()), st.quantity);
            row++;
        }
        return row;
    }

    private static void months(SXSSFSheet sheet, Cells cells, Styles st, int r, List<MonthlyPhasing.Month> months) {
        cells.headers(sheet.createRow(r), "", "Month", "Baseline", "Planned", "Actual", "Forecast",
                "Actual / baseline");
        int row = r + 1;
        for (MonthlyPhasing.Month m : months) {
            Row out = sheet.createRow(row);
            int x = row + 1;
            cells.text(out, 1, m.month().toString());
            cells.number(out, 2, m.baseline().doubleValue(), st.money);
            cells.number(out, 3, m.planned().doubleValue(), st.money);
            cells.number(out, 4, m.actual().doubleValue(), st.money);
            cells.number(out, 5, m.forecast().doubleValue(), st.money);
            cells.formula(out, 6, "IF(C" + x + "=0,\"\",E" + x + "/C" + x + ")",
                    m.baseline().signum() == 0 ? 0 : m.actual().doubleValue() / m.baseline().doubleValue(), st.share);
            row++;
        }
    }

    private static double value(Figures f, int column) {
        return switch (column) {
            case BAC -> f.bac().doubleValue();
            case PV -> f.pv().doubleValue();
            case EV -> f.ev().doubleValue();
            default -> f.ac().doubleValue();
        };
    }

    private static double num(BigDecimal v) {
        return v == null ? Double.NaN : v.doubleValue();
    }

    /** A1 reference of column {@code c} (0-based) in Excel row {@code x} (1-based). */
    private static String ref(int c, int x) {
        return CostsSheet.col(c) + x;
    }
}
