package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.genaiplan.schedule.BudgetAlert.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAlertTest {

    private static Optional<BudgetAlert> check(String amount, String budget) {
        return BudgetAlert.check(null, Measure.ACTUAL, new BigDecimal(amount), new BigDecimal(budget));
    }

    @ParameterizedTest(name = "{0} of {1} reaches {2} %")
    @CsvSource({
        "5000.00, 10000, 50",
        "7500.00, 10000, 75",
        "9000.00, 10000, 90",
        "10000.00, 10000, 100",
        "12000.00, 10000, 100",
        "7499.99, 10000, 50",
        "8999.99, 10000, 75",
        "9999.99, 10000, 90",
        "1.50, 3, 50",
    })
    void eachThresholdIsReachedAtExactlyItsShare(String amount, String budget, int threshold) {
        assertThat(check(amount, budget)).get().extracting(BudgetAlert::threshold).isEqualTo(threshold);
    }

    @Test
    void belowHalfTheBudgetThereIsNoAlert() {
        assertThat(check("4999.99", "10000")).isEmpty();
        assertThat(check("0", "10000")).isEmpty();
    }

    @Test
    void noBudgetMeansNoAlert() {
        assertThat(BudgetAlert.check(null, Measure.FORECAST, new BigDecimal("10"), null)).isEmpty();
    }

    @Test
    void theMessageNamesTheMeasureTheScopeAndTheShare() {
        BudgetAlert plan = BudgetAlert.check(null, Measure.FORECAST, new BigDecimal("9200"),
                new BigDecimal("10000")).orElseThrow();
        assertThat(plan.message()).isEqualTo("Forecast for the plan has reached 90 % of the plan's budget (92 %).");
        BudgetAlert phase = BudgetAlert.check("Fine-tuning", Measure.ACTUAL, new BigDecimal("10500"),
                new BigDecimal("10000")).orElseThrow();
        assertThat(phase.message()).isEqualTo("Actual cost for Fine-tuning has reached 100 % of its budget (105 %).");
        assertThat(phase.overBudget()).isTrue();
    }
}
