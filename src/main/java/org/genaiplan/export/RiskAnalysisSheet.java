package org.genaiplan.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.MonteCarlo;
import org.genaiplan.schedule.SimulationModel;
import org.genaiplan.schedule.SimulationResult;

/**
 * The Risk analysis sheet: a Monte Carlo run of the plan before and after mitigation (10,000 iterations,
 * seed 1, as the window's default) with its settings, P10 / P50 / P80 / P90 finish and cost, the plan's
 * confidence, the deadline and budget probabilities, the top drivers and the finish histogram as a table
 * with a native column chart. Written only for a plan with uncertainty (estimates or risks linked to tasks)
 * and at most 20,000 tasks, so a large export is not held up.
 */
final class RiskAnalysisSheet {
    static final String NAME = "Risk analysis";
    static final int ITERATIONS = 10_000;
    static final long SEED = 1;
    static final int MAX_TASKS = 20_000;
    private static final int BINS = 20;

    private RiskAnalysisSheet() {
    }

    static boolean applies(Plan plan) {
        if (plan.taskCount() > MAX_TASKS || plan.taskCount() == 0) {
            return false;
        }
        SimulationModel m = SimulationModel.of(plan, false);
        return m.uncertainCount() > 0 || m.riskCount() > 0;
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        SimulationModel before = SimulationModel.of(plan, false);
        int iterations = (int) Math.min(ITERATIONS, 50_000_000L / Math.max(1, before.uncertainCount() + 2L * before.riskCount()));
        MonteCarlo.Settings settings = new MonteCarlo.Settings(Math.max(100, iterations), SEED);
        SimulationResult a = MonteCarlo.run(before, settings, MonteCarlo.Listener.NONE);
        SimulationResult b = MonteCarlo.run(SimulationModel.of(plan, true), settings, MonteCarlo.Listener.NONE);
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Schedule and cost risk analysis (Monte Carlo, Latin hypercube)", true, 0);
        Row settingsRow = sheet.createRow(r++);
        cells.text(settingsRow, 0, "Iterations");
        cells.number(settingsRow, 1, settings.iterations(), st.integer);
        cells.text(settingsRow, 2, "Seed");
        cells.number(settingsRow, 3, SEED, st.integer);
        cells.text(settingsRow, 4, "Tasks with estimates");
        cells.number(settingsRow, 5, before.uncertainCount(), st.integer);
        cells.text(settingsRow, 6, "Risk drivers");
        cells.number(settingsRow, 7, before.riskCount(), st.integer);
        r++;
        cells.headers(sheet.createRow(r++), "", "Finish (before mitigation)", "Working days", "Cost",
                "Finish (after mitigation)", "Working days", "Cost");
        long det = a.deterministicFinish();
        r = line(sheet, r, cells, st, "Plan", a, det, a.deterministicCost(), b, det, b.deterministicCost());
        for (int p : new int[] {10, 50, 80, 90}) {
            r = line(sheet, r, cells, st, "P" + p, a, a.finishMinutes(p), a.cost(p), b, b.finishMinutes(p), b.cost(p));
        }
        Row conf = sheet.createRow(r++);
        cells.text(conf, 0, "Confidence in the plan's finish");
        cells.number(conf, 1, a.deterministicConfidence(), st.percent);
        cells.number(conf, 4, b.deterministicConfidence(), st.percent);
        if (a.deadlineProbability() != null) {
            Row d = sheet.createRow(r++);
            cells.text(d, 0, "Probability of meeting the deadline");
            cells.number(d, 1, a.deadlineProbability(), st.percent);
            cells.number(d, 4, b.deadlineProbability(), st.percent);
        }
        if (a.budgetProbability() != null) {
            Row d = sheet.createRow(r++);
            cells.text(d, 0, "Probability of staying within the budget");
            cells.number(d, 3, a.budgetProbability(), st.percent);
            cells.number(d, 6, b.budgetProbability(), st.percent);
        }
        r++;
        cells.headers(sheet.createRow(r++), "Driver (before mitigation)", "Kind", "Effect on the finish", "Effect on the cost");
        List<SimulationResult.DriverEffect> drivers = a.drivers();
        for (int i = 0; i < Math.min(10, drivers.size()); i++) {
            SimulationResult.DriverEffect d = drivers.get(i);
            Row row = sheet.createRow(r++);
            cells.sentence(row, 0, d.name());
            cells.text(row, 1, d.risk() ? "Risk" : "Task");
            cells.number(row, 2, d.finishCorrelation(), st.quantity);
            cells.number(row, 3, d.costCorrelation(), st.quantity);
        }
        r++;
        int histogramHeader = r;
        cells.headers(sheet.createRow(r++), "Finish by (working days)", "Before mitigation", "After mitigation");
        long[] fa = a.sortedFinishes();
        long[] fb = b.sortedFinishes();
        double lo = Math.min(a.workingDays(fa[0]), b.workingDays(fb[0]));
        double hi = Math.max(a.workingDays(fa[fa.length - 1]), b.workingDays(fb[fb.length - 1]));
        double width = hi > lo ? (hi - lo) / BINS : 1;
        int first = r;
        Double[][] values = new Double[3][BINS];
        for (int k = 1; k <= BINS; k++) {
            double upTo = lo + k * width;
            values[0][k - 1] = Math.round(upTo * 10) / 10.0;
            values[1][k - 1] = a.finishShareAtOrBefore(Math.round(upTo * a.minutesPerDay()));
            values[2][k - 1] = b.finishShareAtOrBefore(Math.round(upTo * b.minutesPerDay()));
            Row row = sheet.createRow(r++);
            cells.number(row, 0, values[0][k - 1], st.quantity);
            cells.number(row, 1, values[1][k - 1], st.percent);
            cells.number(row, 2, values[2][k - 1], st.percent);
        }
        int last = r - 1;
        for (int c = 0; c < 8; c++) {
            sheet.setColumnWidth(c, (c == 0 ? 40 : 18) * 256);
        }
        chart(wb, first, last, histogramHeader, values);
        PageSetup.table(Math.max(r - 1, histogramHeader + 22), 11).apply(wb, sheet, plan.name());
    }

    private static int line(SXSSFSheet sheet, int r, Cells cells, Styles st, String what, SimulationResult a, long fa,
                            double ca, SimulationResult b, long fb, double cb) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, what);
        cells.date(row, 1, a.finishDate(fa).atStartOfDay(), st.date);
        cells.number(row, 2, a.workingDays(fa), st.days);
        cells.number(row, 3, ca, st.money);
        cells.date(row, 4, b.finishDate(fb).atStartOfDay(), st.date);
        cells.number(row, 5, b.workingDays(fb), st.days);
        cells.number(row, 6, cb, st.money);
        return r + 1;
    }

    /** The cumulative probability of finishing by each number of working days, before and after mitigation. */
    private static void chart(SXSSFWorkbook wb, int first, int last, int header, Double[][] values) {
        XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, header, 12, header + 22));
        chart.setTitleText("Probability of finishing by");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis days = chart.createCategoryAxis(AxisPosition.BOTTOM);
        days.setTitle("Working days from the plan start");
        XDDFValueAxis share = chart.createValueAxis(AxisPosition.LEFT);
        share.setNumberFormat("0%");
        days.crossAxis(share);
        share.crossAxis(days);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, days, share);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        String sheetRef = "'" + NAME + "'!";
        String[] columns = {"A", "B", "C"};
        String[] range = new String[3];
        for (int c = 0; c < 3; c++) {
            range[c] = sheetRef + "$" + columns[c] + "$" + (first + 1) + ":$" + columns[c] + "$" + (last + 1);
        }
        var x = XDDFDataSourcesFactory.fromArray(values[0], range[0]);
        for (int c = 1; c <= 2; c++) {
            XDDFChartData.Series s = bars.addSeries(x, XDDFDataSourcesFactory.fromArray(values[c], range[c]));
            s.setTitle(c == 1 ? "Before mitigation" : "After mitigation",
                    new CellReference(sheetRef + columns[c] + (header + 1)));
        }
        chart.plot(bars);
    }
}
