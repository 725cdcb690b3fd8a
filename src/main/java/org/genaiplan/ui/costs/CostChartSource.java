package org.genaiplan.ui.costs;

import java.time.LocalDate;
import org.genaiplan.schedule.CostReport;
import org.jfree.chart.JFreeChart;

/** Makes the cost charts the Costs tab shows (the export layer's chart factory, so window and workbook agree). */
public interface CostChartSource {
    JFreeChart byPhase(CostReport report, String currency);

    JFreeChart byCategory(CostReport report, String currency);

    JFreeChart sCurve(CostReport report, String currency, LocalDate today);
}
