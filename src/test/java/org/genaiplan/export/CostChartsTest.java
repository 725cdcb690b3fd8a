package org.genaiplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(data.getColumnKeys()).containsExactly("People", "Compute", "Infrastructure", "API / tokens", "Data",
                "Human evaluation", "Fixed / other");
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
    void chartsDrawHeadless() throws Exception {
        JFreeChart chart = CostCharts.sCurve(report(), "USD", MONDAY.plusDays(3));
        BufferedImage image = chart.createBufferedImage(640, 360);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    /** The seven lifecycle phases, each with a priced task. */
    private static CostReport lifecycleReport(String... phases) {
        Plan plan = new Plan("Lifecycle", MONDAY);
        plan.putRole(new Role("Engineer", new BigDecimal("100")));
        for (String phase : phases) {
            Task t = plan.addTask(null, phase);
            t.setPhase(phase);
            t.setDurationMinutes(480);
            t.setOwnerRole("Engineer");
        }
        new CpmScheduler().schedule(plan);
        return CostReport.of(plan, MONDAY);
    }

    private static final String[] PHASES = {"Discovery", "Initiation & feasibility", "Data collection & preparation",
            "Model development", "Testing & evaluation", "Deployment & monitoring", "Closure & retrospective"};

    /** The lines of each category label as the axis lays them out in a chart drawn {@code width} wide. */
    private static java.util.Map<String, List<String>> labelLines(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), info);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        org.jfree.chart.ui.RectangleEdge edge = plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.VERTICAL
                ? org.jfree.chart.ui.RectangleEdge.BOTTOM : org.jfree.chart.ui.RectangleEdge.LEFT;
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Object o : plot.getDomainAxis().refreshTicks(g2, new org.jfree.chart.axis.AxisState(),
                info.getPlotInfo().getDataArea(), edge)) {
            org.jfree.chart.axis.CategoryTick tick = (org.jfree.chart.axis.CategoryTick) o;
            List<String> lines = new java.util.ArrayList<>();
            for (Object line : tick.getLabel().getLines()) {
                lines.add(((org.jfree.chart.text.TextLine) line).getFirstTextFragment().getText());
            }
            out.put(tick.getCategory().toString(), lines);
        }
        g2.dispose();
        return out;
    }

    /** Each line holds whole words of the name, or a word cut short with an ellipsis, never half a word. */
    private static void assertWholeWords(java.util.Map<String, List<String>> labels) {
        assertThat(labels).isNotEmpty();
        labels.forEach((name, lines) -> {
            List<String> words = List.of(name.split(" "));
            for (String line : lines) {
                for (String w : line.strip().split(" ")) {
                    assertThat(words.contains(w) || w.endsWith("\u2026")
                            && words.stream().anyMatch(x -> x.startsWith(w.substring(0, w.length() - 1))))
                            .as("\"%s\" in the label %s of %s", w, lines, name).isTrue();
                }
            }
        });
    }

    @Test
    void categoryLabelsBreakBetweenWordsNeverInsideOne() {
        JFreeChart narrow = CostCharts.byPhase(lifecycleReport(PHASES), "USD");
        assertWholeWords(labelLines(narrow, 420, 300));
        assertThat(((CategoryPlot) narrow.getPlot()).getDomainAxis().getCategoryLabelToolTip("Discovery"))
                .as("the whole name shows as the label's tooltip").isEqualTo("Discovery");
        assertWholeWords(labelLines(CostCharts.byCategory(report(), "USD"), 300, 240));
    }

    @Test
    void aChartOfHalfAPageShowsEveryLifecyclePhaseInFullWords() {
        java.util.Map<String, List<String>> labels = labelLines(CostCharts.byPhase(lifecycleReport(PHASES), "USD"),
                520, 320);
        assertWholeWords(labels);
        labels.forEach((name, lines) -> assertThat(String.join(" ", lines)).as(name).isEqualTo(name));
    }
}
