package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.schedule.BudgetAlert.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A two-phase plan: Data {Collect 2d owned by an engineer at 100/h, a 1,000 licence}; Tuning {Train 5d with
 * 4 x H100 x 120 h at 2.50, Serve 1d with 10,000 requests x 500/300 tokens x 3 months at 3/15 per million}.
 */
class CostReportTest {

    private Net n;
    private Task data;
    private Task collect;
    private Task tuning;
    private Task train;
    private Task serve;

    @BeforeEach
    void plan() {
        n = new Net();
        n.plan.putRole(new Role("Engineer", new BigDecimal("100")));
        n.plan.setPriceTable(new PriceTable(LocalDate.of(2026, 11, 1),
                List.of(new GpuPrice("H100", new BigDecimal("2.50"), 989, true)),
                List.of(new TokenPrice("Large", new BigDecimal("3"), new BigDecimal("15"), true))));
        data = n.plan.addTask(null, "Data");
        data.setPhase("Data");
        collect = n.child(data, "Collect", 2);
        collect.setOwnerRole("Engineer");
        collect.setCostLines(List.of(new CostLine("Corpus licence", new LicenceCost(new BigDecimal("1000")), null)));
        tuning = n.plan.addTask(null, "Tuning");
        tuning.setPhase("Fine-tuning");
        train = n.child(tuning, "Train", 5);
        train.setCostLines(List.of(new CostLine(new ComputeCost("H100", 4, new BigDecimal("120")))));
        serve = n.child(tuning, "Serve", 1);
        serve.setCostLines(List.of(new CostLine(new ApiCost("Large", 10_000, 500, 300, new BigDecimal("3")))));
        n.link(collect, train).link(train, serve);
        n.schedule();
    }

    @Test
    void costLinesRollUpTheWbsWithTheOwnersWork() {
        // Collect: 16 h x 100 = 1,600 + licence 1,000 = 2,600. Train 4 x 120 x 2.50 = 1,200. Serve 60 x 3 = 180.
        assertThat(collect.cost()).isEqualByComparingTo("2600");
        assertThat(data.cost()).isEqualByComparingTo("2600");
        assertThat(train.cost()).isEqualByComparingTo("1200");
        assertThat(serve.cost()).isEqualByComparingTo("180");
        assertThat(tuning.cost()).isEqualByComparingTo("1380");
    }

    @Test
    void editingALineOrAPriceReachesTheSummaryOnReschedule() {
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);
        train.setCostLines(List.of(new CostLine(new ComputeCost("H100", 8, new BigDecimal("120")))));
        scheduler.reschedule(n.plan);
        assertThat(tuning.cost()).isEqualByComparingTo("2580");

        n.plan.setPriceTable(n.plan.priceTable().withGpu(new GpuPrice("H100", new BigDecimal("2"), 989, false)));
        scheduler.reschedule(n.plan);
        assertThat(train.cost()).isEqualByComparingTo("1920");
        assertThat(tuning.cost()).isEqualByComparingTo("2100");

        train.setCostLines(List.of());
        scheduler.reschedule(n.plan);
        assertThat(tuning.cost()).isEqualByComparingTo("180");
    }

    @Test
    void totalsByCategoryAndByPhase() {
        CostReport report = CostReport.of(n.plan, Net.MONDAY);
        assertThat(report.byCategory().get(CostCategory.PEOPLE).planned()).isEqualByComparingTo("1600");
        assertThat(report.byCategory().get(CostCategory.DATA).planned()).isEqualByComparingTo("1000");
        assertThat(report.byCategory().get(CostCategory.COMPUTE).planned()).isEqualByComparingTo("1200");
        assertThat(report.byCategory().get(CostCategory.API).planned()).isEqualByComparingTo("180");
        assertThat(report.byCategory().get(CostCategory.OTHER).planned()).isEqualByComparingTo("0");
        assertThat(report.byPhase()).containsOnlyKeys("Data", "Fine-tuning");
        assertThat(report.byPhase().get("Fine-tuning").planned()).isEqualByComparingTo("1380");
        assertThat(report.total().planned()).isEqualByComparingTo("3980");
        assertThat(report.total().planned()).isEqualByComparingTo(data.cost().add(tuning.cost()));
    }

    @Test
    void forecastIsActualPlusTheRemainingShareOfPlanned() {
        // Train half done, 900 spent: forecast 900 + 1,200 x 50 % = 1,500.
        train.setPercentComplete(50);
        train.setCostLines(List.of(train.costLines().get(0).withActual(new BigDecimal("900"))));
        n.schedule();
        CostReport report = CostReport.of(n.plan, Net.MONDAY.plusDays(10));
        CostReport.Totals compute = report.byCategory().get(CostCategory.COMPUTE);
        assertThat(compute.actual()).isEqualByComparingTo("900");
        assertThat(compute.forecast()).isEqualByComparingTo("1500");
        // Lines with no actual are forecast at plan: 1,600 + 1,000 + 1,500 + 180.
        assertThat(report.total().forecast()).isEqualByComparingTo("4280");
        assertThat(report.total().actual()).isEqualByComparingTo("900");
    }

    @Test
    void theWorkActualIsSplitOverOwnersWorkAndFixedCost() {
        collect.setFixedCost(new BigDecimal("400"));
        collect.setWorkActualCost(new BigDecimal("1000"));
        n.schedule();
        List<CostReport.Item> items = CostReport.itemsOf(n.plan, collect);
        assertThat(items).extracting(CostReport.Item::kind)
                .containsExactly("Owner's work", "Fixed cost", "Data licence");
        // 1,600 : 400 -> 800 and 200
        assertThat(items.get(0).actual()).isEqualByComparingTo("800");
        assertThat(items.get(1).actual()).isEqualByComparingTo("200");
        assertThat(items.get(2).actual()).isNull();
    }

    @Test
    void budgetsRaiseAlertsForPlanAndPhase() {
        n.plan.setBudget(Budget.none().withTotal(new BigDecimal("7960")).withPhase("fine-tuning",
                new BigDecimal("1380")));
        CostReport report = CostReport.of(n.plan, Net.MONDAY);
        // plan forecast 3,980 = exactly 50 % of 7,960; the phase forecast is exactly its budget.
        assertThat(report.alerts()).extracting(BudgetAlert::phase, BudgetAlert::measure, BudgetAlert::threshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Measure.FORECAST, 50),
                        org.assertj.core.groups.Tuple.tuple("fine-tuning", Measure.FORECAST, 100));
        assertThat(report.budgetLines()).hasSize(2);
        assertThat(report.budgetLines().get(1).totals().planned()).isEqualByComparingTo("1380");
    }

    @Test
    void contingencyIsTheExposureOfRisksNotClosed() {
        Risk open = n.plan.addRisk("GPU quota refused");
        open.setProbability(3);
        open.setCostImpact(new BigDecimal("10000"));
        Risk closed = n.plan.addRisk("Licence denied");
        closed.setProbability(5);
        closed.setCostImpact(new BigDecimal("50000"));
        closed.setStatus(RiskStatus.CLOSED);
        assertThat(CostReport.of(n.plan, Net.MONDAY).contingency()).isEqualByComparingTo("5000");
    }

    @Test
    void theSCurveClimbsToTheTotalAndActualStopsToday() {
        train.setPercentComplete(100);
        train.setCostLines(List.of(train.costLines().get(0).withActual(new BigDecimal("1300"))));
        n.schedule();
        LocalDate today = train.finish().toLocalDate();
        List<CostReport.CurvePoint> curve = CostReport.of(n.plan, today).sCurve();
        assertThat(curve.get(0).planned()).isZero();
        assertThat(curve.get(curve.size() - 1).planned()).isEqualTo(3980.0, org.assertj.core.api.Assertions.within(0.01));
        for (int k = 1; k < curve.size(); k++) {
            assertThat(curve.get(k).planned()).isGreaterThanOrEqualTo(curve.get(k - 1).planned());
        }
        CostReport.CurvePoint atToday = curve.stream().filter(p -> p.date().equals(today)).findFirst().orElseThrow();
        assertThat(atToday.actual()).isEqualTo(1300.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(curve.get(curve.size() - 1).actual()).isNull();
    }

    @Test
    void moneySpentBeforeTheWorkStartsShowsAtTodayOnTheCurve() {
        // A licence paid the week before the plan starts: the curve begins at today and shows it spent.
        collect.setCostLines(List.of(collect.costLines().get(0).withActual(new BigDecimal("1100"))));
        n.schedule();
        LocalDate today = Net.MONDAY.minusDays(7);
        List<CostReport.CurvePoint> curve = CostReport.of(n.plan, today).sCurve();
        CostReport.CurvePoint atToday = curve.stream().filter(p -> p.date().equals(today)).findFirst().orElseThrow();
        assertThat(atToday.actual()).isEqualTo(1100.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(atToday.planned()).isZero();
        assertThat(curve.get(curve.size() - 1).planned()).isEqualTo(3980.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void aPhaseWithNoCostsYetStillHasARowForItsBudget() {
        Task deploy = n.plan.addTask(null, "Deploy");
        deploy.setPhase("Deployment");
        n.child(deploy, "Go live", 1);
        n.plan.setBudget(Budget.none().withPhase("deployment", new BigDecimal("5000")));
        n.schedule();
        CostReport report = CostReport.of(n.plan, Net.MONDAY);
        assertThat(report.byPhase()).containsKeys("Data", "Fine-tuning", "Deployment");
        assertThat(report.byPhase().get("Deployment").planned()).isEqualByComparingTo("0");
        assertThat(report.budgetLines()).singleElement().satisfies(line -> {
            assertThat(line.phase()).isEqualTo("deployment");
            assertThat(line.totals().forecast()).isEqualByComparingTo("0");
        });
        assertThat(report.alerts()).isEmpty();
    }

    @Test
    void aPaidLicenceIsForecastAtWhatWasPaidNotPaidTwice() {
        // Collect has not started (0 %), but its 1,000 licence was paid at 1,100: forecast 1,100, not 2,100.
        collect.setCostLines(List.of(collect.costLines().get(0).withActual(new BigDecimal("1100"))));
        collect.setFixedCost(new BigDecimal("300"));
        n.schedule();
        List<CostReport.Item> items = CostReport.itemsOf(n.plan, collect);
        CostReport.Item licence = items.stream().filter(i -> i.kind().equals("Data licence")).findFirst().orElseThrow();
        assertThat(licence.lumpSum()).isTrue();
        assertThat(licence.forecast()).isEqualByComparingTo("1100");
        // Hours are different: money spent on unfinished work comes on top of what is left to do.
        train.setCostLines(List.of(train.costLines().get(0).withActual(new BigDecimal("100"))));
        n.schedule();
        CostReport.Item compute = CostReport.itemsOf(n.plan, train).get(0);
        assertThat(compute.lumpSum()).isFalse();
        assertThat(compute.forecast()).isEqualByComparingTo("1300");
    }
}
