package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class CostChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private static CostReport report() {
        Plan plan = new Plan("Charts", MONDAY);
        plan.putRole(new Role("Engineer", new BigDecimal("100")));
        plan.setPriceTable(PriceTable.empty().withGpu(new GpuPrice("H100", new BigDecimal("2.50"), 989, true)));
        Task data = plan.addTask(null, "Data");
        data.setPhase("Data");
        Task collect = plan.addTask(data, "Collect");
        collect.setDurationMinutes(960);
        collect.setOwnerRole("Engineer");
        Task tuning = plan.addTask(null, "Tuning");
        tuning.setPhase("Fine-tuning");
        Task train = plan.addTask(tuning, "Train");
        train.setDurationMinutes(2400);
        train.setCostLines(List.of(new CostLine("", new ComputeCost("H100", 4, new BigDecimal("120")),
                new BigDecimal("500"))));
        new CpmScheduler().schedule(plan);
        return CostReport.of(plan, MONDAY.plusDays(3));
    }

    @Test
    void phaseChartShowsPlannedForecastAndActualPerPhase() {
        CategoryDataset data = ((CategoryPlot) CostCharts.byPhase(report(), "USD").getPlot()).getDataset();
        assertThat(data.getColumnKeys()).containsExactly("Data", "Fine-tuning");
        assertThat(data.getValue(CostCharts.PLANNED, "Data").doubleValue()).isEqualTo(1600.0);
        assertThat(data.getValue(CostCharts.PLANNED, "Fine-tuning").doubleValue()).isEqualTo(1200.0);
        // 500 spent, nothing done: forecast 500 + 1,200.
        assertThat(data.getValue(CostCharts.FORECAST, "Fine-tuning").doubleValue()).isEqualTo(1700.0);
        assertThat(data.getValue(CostCharts.ACTUAL, "Fine-tuning").doubleValue()).isEqualTo(500.0);
    }

    @Test
    void categoryChartListsEveryCategory() {
        CategoryDataset data = ((CategoryPlot) CostCharts.byCategory(report(), "USD").getPlot()).getDataset();
        assertThat(data.getColumnKeys()).containsExactly("People", "Compute", "API / tokens", "Data", "Fixed / other");
        assertThat(data.getValue(CostCharts.PLANNED, "Compute").doubleValue()).isEqualTo(1200.0);
        assertThat(data.getValue(CostCharts.PLANNED, "People").doubleValue()).isEqualTo(1600.0);
    }

    @Test
    void sCurveEndsAtThePlannedTotal() {
        XYDataset data = ((XYPlot) CostCharts.sCurve(report(), "USD", MONDAY.plusDays(3)).getPlot()).getDataset();
        assertThat(data.getSeriesKey(0)).isEqualTo(CostCharts.PLANNED);
        int last = data.getItemCount(0) - 1;
        assertThat(data.getYValue(0, last)).isEqualTo(2800.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(data.getItemCount(1)).isPositive().isLessThan(data.getItemCount(0));
    }

    @Test
    void chartsRenderToPngHeadless() throws Exception {
        JFreeChart chart = CostCharts.sCurve(report(), "USD", MONDAY.plusDays(3));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CostCharts.png(chart, 640, 360)));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }
}
