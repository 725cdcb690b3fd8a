package org.genaiplan.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.schedule.BusinessCaseReport;

/**
 * The Business case sheet: the inputs (benefits, volume, build cost and run-rate) as values, then the payback
 * month, ROI at 12 and 36 months and the unit costs as formulas over a month-by-month table, so a reader who
 * changes an input sees the figures follow. Written when the plan has a business case.
 */
final class BusinessCaseSheet {
    static final String NAME = "Business case";
    private static final int FIRST_INPUT = 3;

    private BusinessCaseSheet() {
    }

    static boolean applies(Plan plan) {
        return !plan.businessCase().blank();
    }

    static void write(SXSSFWorkbook wb, ExportContext ctx) {
        Plan plan = ctx.plan();
        BusinessCase in = plan.businessCase();
        BusinessCaseReport report = BusinessCaseReport.of(plan, in);
        SXSSFSheet sheet = wb.createSheet(NAME);
        Cells cells = ctx.cells();
        Styles st = ctx.styles();
        cells.text(sheet.createRow(0), 0, "Business case (amounts in " + plan.currency() + ")", true, 0);
        cells.headers(sheet.createRow(2), "Input", "Value", "Note");
        int r = FIRST_INPUT;
        r = input(sheet, cells, r, "Savings per month", in.savingsPerMonth().doubleValue(), st.money, "");
        r = input(sheet, cells, r, "Revenue per month", in.revenuePerMonth().doubleValue(), st.money, "");
        r = input(sheet, cells, r, "One-off benefit", in.oneOffBenefit().doubleValue(), st.money,
                "comes in the first month of benefits");
        r = input(sheet, cells, r, "Benefits start in month", report.startMonth(), st.integer,
                in.benefitStartMonth() == 0 ? "the month after go-live" + (report.goLive() == null ? ""
                        : " (" + report.goLive().name() + ")") : "entered; month 1 is the plan's first month");
        r = input(sheet, cells, r, "Requests per month", in.requestsPerMonth(), st.integer, "");
        r = input(sheet, cells, r, "Inferences per request", in.inferencesPerRequest().doubleValue(), st.quantity, "");
        r = input(sheet, cells, r, "Build cost", report.buildCost().doubleValue(), st.money,
                "the plan's planned cost less its operating lines");
        r = input(sheet, cells, r, "Run-rate per month", report.runRate().doubleValue(), st.money,
                report.runRateFromLines() ? "from the API and compute lines at or after go-live" : "entered");
        // B4 savings, B5 revenue, B6 one-off, B7 start, B8 requests, B9 inferences, B10 build, B11 run-rate
        int tableHeader = r + 9; // 0-based row of the month table's title
        int firstMonth = tableHeader + 3; // 1-based row of month 1, below the title and the headers
        int lastMonth = firstMonth + BusinessCase.HORIZON_MONTHS - 1;
        String paidBack = "E" + firstMonth + ":E" + lastMonth;
        r++;
        cells.headers(sheet.createRow(r++), "Result", "Value");
        Row payback = sheet.createRow(r++);
        cells.text(payback, 0, "Payback month", true, 0);
        Cell pay = payback.createCell(1);
        pay.setCellFormula("IF(COUNT(" + paidBack + ")=0,\"never within " + BusinessCase.HORIZON_MONTHS
                + " months\",MIN(" + paidBack + "))");
        if (report.paybackMonth() == null) {
            pay.setCellValue(report.paybackText());
        } else {
            pay.setCellValue(report.paybackMonth());
            pay.setCellStyle(st.integer);
        }
        r = result(sheet, cells, r, "ROI at 12 months", "(B" + (firstMonth + 11) + "-C" + (firstMonth + 11) + ")/C"
                + (firstMonth + 11), report.roi12(), st.percent);
        r = result(sheet, cells, r, "ROI at 36 months", "(B" + lastMonth + "-C" + lastMonth + ")/C" + lastMonth,
                report.roi36(), st.percent);
        r = result(sheet, cells, r, "Cost per 1,000 requests", "IF(B8>0,B11*1000/B8,\"\")",
                report.costPer1000Requests(), st.money);
        r = result(sheet, cells, r, "Cost per inference", "IF(B8>0,B11/(B8*B9),\"\")", report.costPerInference(),
                st.unitPrice);
        r++;
        Row linesHead = sheet.createRow(r++);
        cells.text(linesHead, 0, "Operating lines", true, 0);
        cells.sentence(linesHead, 1, report.operatingLines().isEmpty() ? "none" : lines(report));
        while (r < tableHeader) {
            sheet.createRow(r++);
        }
        cells.text(sheet.createRow(r++), 0, "Month by month (cumulative)", true, 0);
        cells.headers(sheet.createRow(r++), "Month", "Benefit", "Cost", "Net", "Paid back");
        for (int m = 1; m <= BusinessCase.HORIZON_MONTHS; m++) {
            Row row = sheet.createRow(r++);
            int x = r; // this row, 1-based
            cells.number(row, 0, m, st.integer);
            double benefit = BusinessCaseReport.benefit(in, report.startMonth(), m).doubleValue();
            double cost = BusinessCaseReport.cost(report.buildCost(), report.runRate(), report.startMonth(), m)
                    .doubleValue();
            cells.formula(row, 1, "IF(A" + x + ">=$B$7,$B$6+($B$4+$B$5)*(A" + x + "-$B$7+1),0)", benefit, st.money);
            cells.formula(row, 2, "$B$10+$B$11*MAX(0,A" + x + "-$B$7+1)", cost, st.money);
            cells.formula(row, 3, "B" + x + "-C" + x, benefit - cost, st.money);
            Cell flag = row.createCell(4);
            flag.setCellFormula("IF(AND(B" + x + ">=C" + x + ",B" + x + ">0),A" + x + ",\"\")");
            if (benefit >= cost && benefit > 0) {
                flag.setCellValue(m);
            } else {
                flag.setCellValue("");
            }
        }
        PageSetup.table(Math.max(1, r - 1), 4).apply(wb, sheet, plan.name());
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        sheet.setColumnWidth(4, 12 * 256);
    }

    private static int input(SXSSFSheet sheet, Cells cells, int r, String name, double value,
                             org.apache.poi.ss.usermodel.CellStyle style, String note) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name);
        cells.number(row, 1, value, style);
        cells.sentence(row, 2, note);
        return r + 1;
    }

    private static int result(SXSSFSheet sheet, Cells cells, int r, String name, String formula, BigDecimal cached,
                              org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name, true, 0);
        cells.formula(row, 1, formula, cached == null ? 0 : cached.doubleValue(), style);
        return r + 1;
    }

    private static String lines(BusinessCaseReport report) {
        StringBuilder out = new StringBuilder();
        for (CostLine line : report.operatingLines()) {
            out.append(out.isEmpty() ? "" : "; ")
                    .append(line.description().isEmpty() ? line.input().summary() : line.description());
        }
        return out.toString();
    }
}
