package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.model.decision.BusinessCase;
import org.junit.jupiter.api.Test;

/** Payback, ROI and unit costs against figures worked out by hand. */
class BusinessCaseReportTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void paybackAndRoiFromHandWorkedFigures() {
        // Build 100,000; run-rate 5,000 a month; 15,000 saved and 5,000 earned a month from month 4; 10,000 once.
        // From month 4 (k = m - 3 months running): benefit 10,000 + 20,000k, cost 100,000 + 5,000k;
        // 15,000k >= 90,000 first at k = 6, month 9.
        BusinessCase in = new BusinessCase(d("15000"), d("5000"), d("10000"), 4, 40_000, d("2"), d("5000"));
        BusinessCaseReport r = BusinessCaseReport.compute(in, d("100000"), d("5000"), false, List.of(), null, 4);
        assertThat(r.paybackMonth()).isEqualTo(9);
        assertThat(r.paybackText()).isEqualTo("month 9");
        // Month 12, k = 9: benefit 190,000, cost 145,000: 45,000 / 145,000 = 0.3103.
        assertThat(r.roi12()).isEqualByComparingTo("0.3103");
        // Month 36, k = 33: benefit 670,000, cost 265,000: 405,000 / 265,000 = 1.5283.
        assertThat(r.roi36()).isEqualByComparingTo("1.5283");
        assertThat(BusinessCaseReport.percent(r.roi36())).isEqualTo("152.8%");
        // 5,000 a month over 40,000 requests: 125.00 per 1,000; over 80,000 inferences: 0.0625 each.
        assertThat(r.costPer1000Requests()).isEqualByComparingTo("125.00");
        assertThat(r.costPerInference()).isEqualByComparingTo("0.0625");
    }

    @Test
    void aRunRateAboveTheBenefitNeverPaysBack() {
        BusinessCase in = BusinessCase.NONE.withSavingsPerMonth(d("1000"));
        BusinessCaseReport r = BusinessCaseReport.compute(in, d("50000"), d("2000"), true, List.of(), null, 1);
        assertThat(r.paybackMonth()).isNull();
        assertThat(r.paybackText()).isEqualTo("never within 36 months");
        // Month 12: benefit 12,000, cost 50,000 + 24,000 = 74,000: -62,000 / 74,000 = -0.8378.
        assertThat(r.roi12()).isEqualByComparingTo("-0.8378");
        assertThat(r.costPer1000Requests()).isNull();
    }

    @Test
    void operatingLinesOfTheGoLiveMilestoneMakeTheRunRate() {
        Plan plan = new Plan("p", LocalDate.of(2026, 1, 5));
        plan.putRole(new Role("Engineer", d("100")));
        plan.setPriceTable(new PriceTable(null, List.of(new GpuPrice("L4", d("0.80"), 0, false)),
                List.of(new TokenPrice("Hosted", d("3"), d("15"), false))));
        Task build = plan.addTask(null, "Build");
        build.setDurationMinutes(20 * 8 * 60);
        build.setCostLines(List.of(new CostLine(new OtherCost(d("20000"))),
                new CostLine(new ComputeCost("L4", 1, d("100")))));
        Task live = plan.addTask(null, "Service live");
        live.setMilestone(true);
        plan.addDependency(new org.genaiplan.model.Dependency(build.id(), live.id(),
                org.genaiplan.model.DependencyType.FS, 0));
        // 2 x L4 x 2,190 h x 0.80 = 3,504.00 for three months: 1,168.00 a month.
        // 10,000 requests x (500 x 3 + 300 x 15) / 1M x 3 months = 180.00: 60.00 a month.
        // A vector database at 150 a month for 12 months: 150.00 a month.
        live.setCostLines(List.of(new CostLine(new ComputeCost("L4", 2, d("2190"))),
                new CostLine(new ApiCost("Hosted", 10_000, 500, 300, d("3"))),
                new CostLine(new org.genaiplan.model.cost.InfrastructureCost(d("150"), d("12")))));
        new CpmScheduler().schedule(plan);

        BusinessCase in = BusinessCase.NONE.withSavingsPerMonth(d("10000")).withRequestsPerMonth(50_000);
        BusinessCaseReport r = BusinessCaseReport.of(plan, in);
        assertThat(r.goLive()).isSameAs(live);
        assertThat(r.operatingLines()).hasSize(3);
        assertThat(r.runRate()).isEqualByComparingTo("1378.00");
        assertThat(r.runRateFromLines()).isTrue();
        // 20,000 + 100 x 0.80 = 20,080; no people cost (no owner).
        assertThat(r.buildCost()).isEqualByComparingTo("20080.00");
        // 20 working days from Monday 5 January 2026 end on 30 January: benefits start in February, month 2.
        assertThat(r.startMonth()).isEqualTo(2);
        // From month 2, k = m - 1 months: 10,000k >= 20,080 + 1,378k, 8,622k >= 20,080, first at k = 3: month 4.
        assertThat(r.paybackMonth()).isEqualTo(4);
        // 1,378 over 50,000 requests: 27.56 per 1,000.
        assertThat(r.costPer1000Requests()).isEqualByComparingTo("27.56");

        BusinessCaseReport entered = BusinessCaseReport.of(plan, in.withRunRatePerMonth(d("2000")));
        assertThat(entered.runRate()).isEqualByComparingTo("2000");
        assertThat(entered.runRateFromLines()).isFalse();
    }

    @Test
    void badInputsAreRefusedWithASentence() {
        assertThatThrownBy(() -> BusinessCase.NONE.withSavingsPerMonth(d("-1")))
                .isInstanceOf(ValidationException.class).hasMessage("Savings per month cannot be negative.");
        assertThatThrownBy(() -> BusinessCase.NONE.withBenefitStartMonth(37))
                .isInstanceOf(ValidationException.class).hasMessageContaining("between 1 and 36");
        assertThatThrownBy(() -> BusinessCase.NONE.withInferencesPerRequest(BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class);
    }
}
