package org.genaiplan.schedule.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.EacMethod;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked example: from Monday 2 March 2026 on the standard calendar (Mon-Fri, 8 h), an Engineer at 100/h.
 * Train: 10 days, owned (80 h x 100 = 8,000) plus 2 x H100 x 50 h at 3.00 (100 GPU-hours, 300): BAC 8,300,
 * 2-13 March. Evaluate: 5 days after it, owned (40 h x 100 = 4,000): BAC 4,000, 16-20 March. Plan BAC 12,300.
 * <p>
 * Status date Wednesday 18 March (its end counts): Train is wholly planned (PV 8,300), Evaluate 3 of 5 days
 * (PV 4,000 x 3/5 = 2,400): PV 10,700. Train is 100 % done (EV 8,300), Evaluate 40 % (EV 1,600): EV 9,900.
 * Actual cost: Train 8,500 on the work and 450 on the GPU line, Evaluate 1,500: AC 10,450.
 * <ul>
 * <li>SV = 9,900 - 10,700 = -800; CV = 9,900 - 10,450 = -550</li>
 * <li>SPI = 9,900 / 10,700 = 0.9252 -> 0.93; CPI = 9,900 / 10,450 = 0.9474 -> 0.95</li>
 * <li>EAC = AC + (BAC - EV) = 10,450 + 2,400 = 12,850; ETC = 2,400; VAC = 12,300 - 12,850 = -550</li>
 * <li>EAC = BAC / CPI = 12,300 x 10,450 / 9,900 = 12,983.33</li>
 * <li>EAC = AC + (BAC - EV) / (CPI x SPI) = 10,450 + 2,400 x 10,450 x 10,700 / 9,900^2 = 13,188.05</li>
 * <li>TCPI = (12,300 - 9,900) / (12,300 - 10,450) = 2,400 / 1,850 = 1.297 -> 1.30</li>
 * <li>GPU-hours: BAC 100, PV 100, EV 100, AC 150 (imported); CV -50, CPI 0.67, EAC 150</li>
 * </ul>
 */
class EarnedValueTest {
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate STATUS = LocalDate.of(2026, 3, 18);

    Plan plan;
    Task train;
    Task evaluate;
    Baseline baseline;

    @BeforeEach
    void workedExample() {
        plan = workedExamplePlan();
        train = plan.task(1);
        evaluate = plan.task(2);
        baseline = plan.tracking().comparedBaseline();
        recordProgress(plan);
    }

    /** The plan with its baseline saved (no progress yet). */
    static Plan workedExamplePlan() {
        Plan plan = WorkedExample.plan();
        Baseline b = BaselineCapture.of(plan, "Approved", LocalDateTime.of(2026, 2, 27, 17, 0));
        plan.setTracking(plan.tracking().withBaseline(b).comparedTo("Approved"));
        return plan;
    }

    /** 100 % and 40 % done, the actual costs and 150 GPU-hours used, status date 18 March. */
    static void recordProgress(Plan plan) {
        Task train = plan.task(1);
        Task evaluate = plan.task(2);
        train.setPercentComplete(100);
        evaluate.setPercentComplete(40);
        train.setWorkActualCost(new BigDecimal("8500"));
        train.setCostLines(List.of(train.costLines().getFirst().withActual(new BigDecimal("450"))));
        evaluate.setWorkActualCost(new BigDecimal("1500"));
        plan.setTracking(plan.tracking().withActuals(List.of(
                new ActualEntry(train.id(), LocalDate.of(2026, 3, 10), UsageKind.GPU_HOURS, new BigDecimal("150"),
                        null))));
        plan.setStatusDate(STATUS);
        new CpmScheduler().schedule(plan);
    }

    @Test
    void theBaselineHoldsDatesCostsAndGpuHours() {
        assertThat(baseline.totalCost()).isEqualByComparingTo("12300");
        assertThat(baseline.totals().gpuHours()).isEqualByComparingTo("100");
        assertThat(baseline.totals().peopleHours()).isEqualByComparingTo("120");
        assertThat(baseline.tasks()).hasSize(2);
        assertThat(baseline.tasks().get(0).start()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(baseline.tasks().get(0).finish()).isEqualTo(LocalDateTime.of(2026, 3, 13, 16, 0));
        assertThat(baseline.tasks().get(1).start()).isEqualTo(LocalDateTime.of(2026, 3, 16, 8, 0));
        assertThat(baseline.tasks().get(1).cost()).isEqualByComparingTo("4000");
        assertThat(baseline.tasks().get(0).lines()).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("300"));
    }

    @Test
    void everyMoneyFigureOfThePlanMatchesTheHandComputation() {
        Figures f = EarnedValue.of(plan, baseline, STATUS).money();
        assertThat(f.bac()).isEqualByComparingTo("12300");
        assertThat(f.pv()).isEqualByComparingTo("10700");
        assertThat(f.ev()).isEqualByComparingTo("9900");
        assertThat(f.ac()).isEqualByComparingTo("10450");
        assertThat(f.sv()).isEqualByComparingTo("-800");
        assertThat(f.cv()).isEqualByComparingTo("-550");
        assertThat(f.spi()).isEqualByComparingTo("0.93");
        assertThat(f.cpi()).isEqualByComparingTo("0.95");
        assertThat(f.eac()).isEqualByComparingTo("12850");
        assertThat(f.etc()).isEqualByComparingTo("2400");
        assertThat(f.vac()).isEqualByComparingTo("-550");
        assertThat(f.tcpi()).isEqualByComparingTo("1.30");
    }

    @Test
    void theOtherEacMethodsMatchTheHandComputation() {
        plan.setTracking(plan.tracking().withEacMethod(EacMethod.CPI));
        Figures byCpi = EarnedValue.of(plan, baseline, STATUS).money();
        assertThat(byCpi.eac()).isEqualByComparingTo("12983.33");
        assertThat(byCpi.vac()).isEqualByComparingTo("-683.33");
        assertThat(byCpi.etc()).isEqualByComparingTo("2533.33");

        plan.setTracking(plan.tracking().withEacMethod(EacMethod.CPI_TIMES_SPI));
        assertThat(EarnedValue.of(plan, baseline, STATUS).money().eac()).isEqualByComparingTo("13188.05");
    }

    @Test
    void perTaskAndPerPhaseFigures() {
        EarnedValue ev = EarnedValue.of(plan, baseline, STATUS);
        Figures t = ev.tasks().get(0).money();
        assertThat(List.of(t.bac(), t.pv(), t.ev(), t.ac())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("8300"), bd("8300"), bd("8300"), bd("8950"));
        Figures e = ev.byPhase().get("Evaluation");
        assertThat(List.of(e.bac(), e.pv(), e.ev(), e.ac())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("4000"), bd("2400"), bd("1600"), bd("1500"));
        assertThat(e.cpi()).isEqualByComparingTo("1.07");
        assertThat(e.spi()).isEqualByComparingTo("0.67");
        assertThat(ev.byPhase()).containsOnlyKeys("Fine-tuning", "Evaluation");
    }

    @Test
    void gpuHourFiguresUseTheBaselinesHoursAndTheImportedUse() {
        Figures g = EarnedValue.of(plan, baseline, STATUS).gpuHours();
        assertThat(List.of(g.bac(), g.pv(), g.ev(), g.ac())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("100"), bd("100"), bd("100"), bd("150"));
        assertThat(g.cv()).isEqualByComparingTo("-50");
        assertThat(g.cpi()).isEqualByComparingTo("0.67");
        assertThat(g.eac()).isEqualByComparingTo("150");
    }

    @Test
    void beforeTheStartNothingIsPlannedAndIndicesAreUnknown() {
        Plan fresh = workedExamplePlan();
        Figures f = EarnedValue.of(fresh, fresh.tracking().comparedBaseline(), LocalDate.of(2026, 2, 27)).money();
        assertThat(f.pv()).isEqualByComparingTo("0");
        assertThat(f.spi()).isNull();
        assertThat(f.cpi()).isNull();
        assertThat(f.eac()).isEqualByComparingTo("12300");
    }

    @Test
    void aTaskAddedSinceTheBaselineHasNoBudgetButItsActualCounts() {
        Task extra = plan.addTask(null, "Extra");
        extra.setWorkActualCost(new BigDecimal("50"));
        new CpmScheduler().schedule(plan);
        Figures f = EarnedValue.of(plan, baseline, STATUS).money();
        assertThat(f.bac()).isEqualByComparingTo("12300");
        assertThat(f.ac()).isEqualByComparingTo("10500");
    }

    @Test
    void monthlyPhasingPutsTheBaselineAndTheActualsInMarch() {
        MonthlyPhasing phasing = MonthlyPhasing.of(plan, baseline, STATUS);
        MonthlyPhasing.Month march = phasing.statusMonth();
        assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(march.baseline()).isEqualByComparingTo("12300");
        assertThat(march.actual()).isEqualByComparingTo("10450");
        // Forecast: actual 10,450 plus Evaluate's remaining 60 % of 4,000 = 2,400.
        assertThat(march.forecast()).isEqualByComparingTo("12850");
        assertThat(phasing.alert()).hasValueSatisfying(a -> assertThat(a.threshold()).isEqualTo(75));
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
