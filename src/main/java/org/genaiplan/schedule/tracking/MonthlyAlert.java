package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.genaiplan.schedule.BudgetAlert;

/**
 * Spending in a calendar month has reached 50, 75, 90 or 100 % of the month's forecast (the seeds' rule for
 * cloud budget alerts); an amount at exactly a threshold has reached it.
 */
public record MonthlyAlert(YearMonth month, int threshold, BigDecimal spent, BigDecimal forecast) {

    /** The highest threshold {@code spent} has reached of {@code forecast}, if any. */
    public static Optional<MonthlyAlert> check(YearMonth month, BigDecimal spent, BigDecimal forecast) {
        return BudgetAlert.check(null, BudgetAlert.Measure.ACTUAL, spent, forecast)
                .map(a -> new MonthlyAlert(month, a.threshold(), spent, forecast));
    }

    public int percent() {
        return spent.multiply(BigDecimal.valueOf(100)).divide(forecast, 0, java.math.RoundingMode.FLOOR).intValue();
    }

    /** One sentence, e.g. "Spending in 2026-03 has reached 75 % of the month's forecast (78 %)." */
    public String message() {
        return "Spending in " + month + " has reached " + threshold + " % of the month's forecast (" + percent()
                + " %).";
    }
}
