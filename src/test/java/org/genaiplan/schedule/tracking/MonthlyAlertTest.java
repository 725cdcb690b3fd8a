package org.genaiplan.schedule.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One task of 10 days in March 2026 at 12.50/h (80 h = 1,000): the baseline plans 1,000 for March, so the
 * month's alerts fall at 500, 750, 900 and 1,000 spent, and not a cent below.
 */
class MonthlyAlertTest {

    private static Plan spent(String amount) {
        Plan plan = new Plan("Monthly", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("Annotator", new BigDecimal("12.50")));
        Task t = plan.addTask(null, "Label");
        t.setDurationMinutes(10 * 480);
        t.setOwnerRole("Annotator");
        new CpmScheduler().schedule(plan);
        plan.setTracking(plan.tracking().withBaseline(BaselineCapture.of(plan, "B", LocalDateTime.now())));
        t.setWorkActualCost(new BigDecimal(amount));
        plan.setTracking(plan.tracking().withActuals(List.of(new ActualEntry(t.id(), LocalDate.of(2026, 3, 5),
                UsageKind.COST, null, new BigDecimal(amount)))));
        new CpmScheduler().schedule(plan);
        return plan;
    }

    private static Integer threshold(String amount) {
        Plan plan = spent(amount);
        return MonthlyPhasing.of(plan, plan.tracking().comparedBaseline(), LocalDate.of(2026, 3, 6)).alert()
                .map(MonthlyAlert::threshold).orElse(null);
    }

    @ParameterizedTest
    @CsvSource({"500.00, 50", "750.00, 75", "900.00, 90", "1000.00, 100", "1200.00, 100"})
    void eachThresholdIsReachedAtExactlyItsShare(String amount, int expected) {
        assertThat(threshold(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"499.99, ", "749.99, 50", "899.99, 75", "999.99, 90"})
    void oneCentBelowAThresholdStaysAtTheOneBefore(String amount, Integer expected) {
        assertThat(threshold(amount)).isEqualTo(expected);
    }

    @Test
    void theMessageNamesTheMonthAndTheShare() {
        Plan plan = spent("780");
        MonthlyAlert alert = MonthlyPhasing.of(plan, plan.tracking().comparedBaseline(), LocalDate.of(2026, 3, 6))
                .alert().orElseThrow();
        assertThat(alert.message()).isEqualTo("Spending in 2026-03 has reached 75 % of the month's forecast (78 %).");
    }

    @Test
    void withoutABaselineTheCurrentPlanIsTheForecast() {
        Plan plan = spent("900");
        assertThat(MonthlyPhasing.of(plan, null, LocalDate.of(2026, 3, 6)).alert()).hasValueSatisfying(
                a -> assertThat(a.forecast()).isEqualByComparingTo("1000"));
    }
}
