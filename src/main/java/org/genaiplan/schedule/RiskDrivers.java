package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;

/**
 * The risks of a register as drivers of a Monte Carlo run (the risk-driver method of AACE 57R-09): when a
 * risk occurs in an iteration, its schedule impact is added to the duration of each task it is linked to
 * and its cost impact to the plan's cost. The values come from the register's own ratings through one
 * documented table:
 * <ul>
 * <li>probability of occurring: rating 1 = 10 %, 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %
 * ({@link Risk#probabilityPercent});</li>
 * <li>schedule impact (triangular, working days) by impact rating: 1 = 0.5 / 1 / 2, 2 = 1 / 2 / 4,
 * 3 = 2 / 4 / 8, 4 = 4 / 8 / 15, 5 = 8 / 15 / 30;</li>
 * <li>cost impact (triangular): half, once and twice the risk's cost impact.</li>
 * </ul>
 * Inherent values use the probability and impact ratings; residual values (after mitigation) the residual
 * ratings, with the cost impact scaled by residual impact / impact. Closed risks and risks with no linked
 * task and no cost impact take no part.
 */
public final class RiskDrivers {
    /** Schedule impact in working days (optimistic, most likely, pessimistic) by impact rating 1 to 5. */
    static final double[][] DELAY_DAYS = {{0.5, 1, 2}, {1, 2, 4}, {2, 4, 8}, {4, 8, 15}, {8, 15, 30}};

    /** One risk as a driver: probability in 0..1, delay in working days, cost in the plan's currency. */
    public record Driver(long riskId, String code, String title, double probability, double[] delayDays,
                         double[] cost, long[] linkedTaskIds) {
    }

    private RiskDrivers() {
    }

    public static List<Driver> of(Plan plan, boolean residual) {
        List<Driver> out = new ArrayList<>();
        for (Risk r : plan.risks()) {
            if (r.status() == RiskStatus.CLOSED) {
                continue;
            }
            int p = residual ? r.residualProbability() : r.probability();
            int i = residual ? r.residualImpact() : r.impact();
            double[] delay = DELAY_DAYS[i - 1].clone();
            double likelyCost = r.costImpact().doubleValue();
            if (residual) {
                likelyCost = likelyCost * i / r.impact();
            }
            double[] cost = {likelyCost / 2, likelyCost, likelyCost * 2};
            long[] linked = r.linkedTaskIds().stream().filter(id -> plan.task(id) != null)
                    .mapToLong(Long::longValue).toArray();
            if (linked.length == 0 && likelyCost == 0) {
                continue;
            }
            out.add(new Driver(r.id(), r.code(), r.title(), Risk.probabilityPercent(p) / 100.0, delay, cost, linked));
        }
        return out;
    }

    static Quantiles delay(Driver d, int minutesPerDay) {
        return new Quantiles(Distribution.TRIANGULAR, d.delayDays()[0] * minutesPerDay,
                d.delayDays()[1] * minutesPerDay, d.delayDays()[2] * minutesPerDay);
    }

    static Quantiles cost(Driver d) {
        return new Quantiles(Distribution.TRIANGULAR, d.cost()[0], d.cost()[1], d.cost()[2]);
    }

    static double money(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
