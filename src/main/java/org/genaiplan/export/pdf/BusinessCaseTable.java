package org.genaiplan.export.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.BusinessCase;
import org.genaiplan.schedule.BusinessCaseReport;

/**
 * The business case on the cost report: what was entered (benefits, their start, the volume) and what follows
 * from it and the plan (the build cost, the run-rate, the payback month, ROI at 12 and 36 months and the unit
 * costs), as the Decisions tab and the workbook's Business case sheet show them. Only for a plan whose business
 * case has been filled in.
 */
final class BusinessCaseTable {
    private BusinessCaseTable() {
    }

    static boolean applies(Plan plan) {
        return !plan.businessCase().blank();
    }

    static TextTable of(Plan plan, ReportFonts fonts, double width, NumberFormat money) {
        BusinessCase in = plan.businessCase();
        BusinessCaseReport report = BusinessCaseReport.of(plan, in);
        TextTable table = new TextTable(fonts, width, List.of(TextTable.Column.text("", 0),
                TextTable.Column.number("Value", 80)));
        table.add(List.of("Savings per month", money.format(in.savingsPerMonth())));
        table.add(List.of("Revenue per month", money.format(in.revenuePerMonth())));
        table.add(List.of("One-off benefit", money.format(in.oneOffBenefit())));
        table.add(List.of("Benefits start", "month " + report.startMonth()));
        table.add(List.of("Requests per month", NumberFormat.getIntegerInstance(Locale.ROOT).format(in.requestsPerMonth())));
        table.add(List.of("Build cost (planned, without operating lines)", money.format(report.buildCost())));
        table.add(List.of("Run-rate per month" + (report.runRateFromLines() ? " (operating lines)" : " (entered)"),
                money.format(report.runRate())));
        table.add(true, report.paybackMonth() == null ? Ink.OVER : null, List.of("Payback", report.paybackText()));
        table.add(List.of("ROI at 12 months", BusinessCaseReport.percent(report.roi12())));
        table.add(true, null, List.of("ROI at 36 months", BusinessCaseReport.percent(report.roi36())));
        table.add(List.of("Cost per 1,000 requests", unit(report.costPer1000Requests(), 2)));
        table.add(List.of("Cost per inference", unit(report.costPerInference(), 4)));
        return table;
    }

    private static String unit(BigDecimal amount, int decimals) {
        return amount == null ? "\u2013" : String.format(Locale.ROOT, "%,." + decimals + "f", amount.doubleValue());
    }
}
