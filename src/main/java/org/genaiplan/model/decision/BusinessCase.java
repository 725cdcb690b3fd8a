package org.genaiplan.model.decision;

import java.math.BigDecimal;
import org.genaiplan.model.ValidationException;

/**
 * What the PM expects the system to earn or save once it runs, and how much it will be used: savings and
 * revenue per month, a one-off benefit, the month (counted from the plan's start, month 1) the benefits start,
 * the expected requests per month and inferences (model calls) per request, and a monthly operating run-rate
 * entered by hand. A start month of 0 means "the month after go-live"; a null run-rate means "from the plan's
 * operating cost lines". A value; the {@code with...} methods return a changed copy.
 */
public record BusinessCase(BigDecimal savingsPerMonth, BigDecimal revenuePerMonth, BigDecimal oneOffBenefit,
                           int benefitStartMonth, long requestsPerMonth, BigDecimal inferencesPerRequest,
                           BigDecimal runRatePerMonth) {

    /** The longest plan the business case looks at, and the latest month benefits may start. */
    public static final int HORIZON_MONTHS = 36;

    /** Nothing entered. */
    public static final BusinessCase NONE = new BusinessCase(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
            BigDecimal.ONE, null);

    public BusinessCase {
        savingsPerMonth = amount(savingsPerMonth, "Savings per month");
        revenuePerMonth = amount(revenuePerMonth, "Revenue per month");
        oneOffBenefit = amount(oneOffBenefit, "The one-off benefit");
        if (benefitStartMonth < 0 || benefitStartMonth > HORIZON_MONTHS) {
            throw new ValidationException("The month benefits start is between 1 and " + HORIZON_MONTHS
                    + " (or blank for the month after go-live), not " + benefitStartMonth + ".");
        }
        if (requestsPerMonth < 0) {
            throw new ValidationException("Requests per month cannot be negative.");
        }
        inferencesPerRequest = inferencesPerRequest == null ? BigDecimal.ONE : inferencesPerRequest;
        if (inferencesPerRequest.signum() <= 0) {
            throw new ValidationException("Inferences per request must be above zero.");
        }
        if (runRatePerMonth != null && runRatePerMonth.signum() < 0) {
            throw new ValidationException("The run-rate per month cannot be negative.");
        }
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw new ValidationException(field + " cannot be negative.");
        }
        return value;
    }

    /** Whether nothing has been entered. */
    public boolean blank() {
        return equals(NONE);
    }

    /** Savings plus revenue: what each month of operation brings. */
    public BigDecimal benefitPerMonth() {
        return savingsPerMonth.add(revenuePerMonth);
    }

    public BusinessCase withSavingsPerMonth(BigDecimal v) {
        return new BusinessCase(v, revenuePerMonth, oneOffBenefit, benefitStartMonth, requestsPerMonth,
                inferencesPerRequest, runRatePerMonth);
    }

    public BusinessCase withRevenuePerMonth(BigDecimal v) {
        return new BusinessCase(savingsPerMonth, v, oneOffBenefit, benefitStartMonth, requestsPerMonth,
                inferencesPerRequest, runRatePerMonth);
    }

    public BusinessCase withOneOffBenefit(BigDecimal v) {
        return new BusinessCase(savingsPerMonth, revenuePerMonth, v, benefitStartMonth, requestsPerMonth,
                inferencesPerRequest, runRatePerMonth);
    }

    public BusinessCase withBenefitStartMonth(int v) {
        return new BusinessCase(savingsPerMonth, revenuePerMonth, oneOffBenefit, v, requestsPerMonth,
                inferencesPerRequest, runRatePerMonth);
    }

    public BusinessCase withRequestsPerMonth(long v) {
        return new BusinessCase(savingsPerMonth, revenuePerMonth, oneOffBenefit, benefitStartMonth, v,
                inferencesPerRequest, runRatePerMonth);
    }

    public BusinessCase withInferencesPerRequest(BigDecimal v) {
        return new BusinessCase(savingsPerMonth, revenuePerMonth, oneOffBenefit, benefitStartMonth, requestsPerMonth,
                v, runRatePerMonth);
    }

    public BusinessCase withRunRatePerMonth(BigDecimal v) {
        return new BusinessCase(savingsPerMonth, revenuePerMonth, oneOffBenefit, benefitStartMonth, requestsPerMonth,
                inferencesPerRequest, v);
    }
}
