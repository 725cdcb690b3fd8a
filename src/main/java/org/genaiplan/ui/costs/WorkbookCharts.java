package org.genaiplan.ui.costs;

import java.time.LocalDate;
import org.genaiplan.export.CostCharts;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;

/** The charts of the Excel export, shown in the window too, so both tell the same story. */
public final class WorkbookCharts implements CostChartSource {
    @Override
    public JFreeChart byPhase(CostReport report, String currency) {
        return CostCharts.byPhase(report, currency);
    }

    @Override
    public JFreeChart byCategory(CostReport report, String currency) {
        return CostCharts.byCategory(report, currency);
    }

    @Override
    public JFreeChart sCurve(CostReport report, String currency, LocalDate today) {
        return CostCharts.sCurve(report, currency, today);
    }
}
