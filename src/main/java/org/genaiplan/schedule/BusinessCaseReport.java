package org.genaiplan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.decision.BusinessCase;

/**
 * The business case worked out against a scheduled plan. The plan's <em>operating lines</em> are the API,
 * compute and infrastructure cost lines of the go-live milestone (the first milestone whose name says "live" or "launch", else the
 * task finishing last) and of every task starting at or after it; what they cost per month is the
 * <em>run-rate</em> (an API or infrastructure line's amount over its months, a compute line's amount over its hours taken as
 * 730 hours a month of an endpoint kept up), unless the PM entered one. The <em>build cost</em> is the plan's
 * planned cost less the operating lines, counted in full from month 1.
 *
 * <p>From the month benefits start (month 1 is the month the plan starts), each month brings savings plus
 * revenue and costs the run-rate; the one-off benefit comes in that first month. The payback month is the
 * first month whose cumulative benefit reaches the build cost plus the run-rate so far; ROI at N months is
 * (cumulative benefit - cumulative cost) / cumulative cost at month N.
 */
public record BusinessCaseReport(BusinessCase inputs, BigDecimal buildCost, BigDecimal runRate,
                                 boolean runRateFromLines, List<CostLine> operatingLines, Task goLive,
                                 int startMonth, Integer paybackMonth, BigDecimal roi12, BigDecimal roi36,
                                 BigDecimal costPer1000Requests, BigDecimal costPerInference) {

    /** Hours in an average month: 8,760 a year over 12. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    /** The business case of a plan whose schedule is up to date. */
    public static BusinessCaseReport of(Plan plan, BusinessCase inputs) {
        CostReport costs = CostReport.of(plan, LocalDate.MAX);
        Task goLive = goLive(plan);
        List<CostLine> operating = new ArrayList<>();
        BigDecimal operatingCost = BigDecimal.ZERO;
        BigDecimal linesRate = BigDecimal.ZERO;
        for (Task t : plan.tasksInOrder()) {
            if (goLive == null || !(t == goLive || t.start() != null && goLive.finish() != null
                    && !t.start().isBefore(goLive.finish()))) {
                continue;
            }
            for (CostLine line : t.costLines()) {
                BigDecimal perMonth = perMonth(line);
                if (perMonth != null) {
                    operating.add(line);
                    operatingCost = operatingCost.add(line.input().amount(plan.prices(), t.durationMinutes()));
                    linesRate = linesRate.add(perMonth.multiply(
                            line.input().amount(plan.prices(), t.durationMinutes())));
                }
            }
        }
        BigDecimal build = costs.total().planned().subtract(operatingCost);
        boolean fromLines = inputs.runRatePerMonth() == null;
        BigDecimal rate = fromLines ? linesRate : inputs.runRatePerMonth();
        int start = inputs.benefitStartMonth() > 0 ? inputs.benefitStartMonth() : monthAfter(plan, goLive);
        return compute(inputs, build, rate, fromLines, operating, goLive, start);
    }

    /** The figures from the build cost, the run-rate and the month benefits start; plain arithmetic. */
    public static BusinessCaseReport compute(BusinessCase inputs, BigDecimal build, BigDecimal rate, boolean fromLines,
                                             List<CostLine> operating, Task goLive, int start) {
        rate = rate.setScale(2, RoundingMode.HALF_UP);
        Integer payback = null;
        for (int m = 1; m <= BusinessCase.HORIZON_MONTHS && payback == null; m++) {
            if (benefit(inputs, start, m).compareTo(cost(build, rate, start, m)) >= 0
                    && benefit(inputs, start, m).signum() > 0) {
                payback = m;
            }
        }
        BigDecimal per1000 = null;
        BigDecimal perInference = null;
        if (inputs.requestsPerMonth() > 0) {
            BigDecimal requests = BigDecimal.valueOf(inputs.requestsPerMonth());
            per1000 = rate.multiply(BigDecimal.valueOf(1000)).divide(requests, 2, RoundingMode.HALF_UP);
            perInference = rate.divide(requests.multiply(inputs.inferencesPerRequest()), 4, RoundingMode.HALF_UP);
        }
        return new BusinessCaseReport(inputs, build, rate, fromLines, List.copyOf(operating), goLive, start, payback,
                roi(inputs, build, rate, start, 12), roi(inputs, build, rate, start, 36), per1000, perInference);
    }

    /** Cumulative benefit by the end of month {@code m}. */
    public static BigDecimal benefit(BusinessCase inputs, int start, int m) {
        int running = Math.max(0, m - start + 1);
        if (running == 0) {
            return BigDecimal.ZERO;
        }
        return inputs.oneOffBenefit().add(inputs.benefitPerMonth().multiply(BigDecimal.valueOf(running)));
    }

    /** Cumulative cost by the end of month {@code m}: the build cost and the run-rate of the months running. */
    public static BigDecimal cost(BigDecimal build, BigDecimal rate, int start, int m) {
        return build.add(rate.multiply(BigDecimal.valueOf(Math.max(0, m - start + 1))));
    }

    private static BigDecimal roi(BusinessCase inputs, BigDecimal build, BigDecimal rate, int start, int months) {
        BigDecimal cost = cost(build, rate, start, months);
        if (cost.signum() <= 0) {
            return null;
        }
        return benefit(inputs, start, months).subtract(cost).divide(cost, 4, RoundingMode.HALF_UP);
    }

    /**
     * What an operating line costs per month as a share of its amount (1 / months for an API line, 730 / hours
     * for a compute line), or null for a line that is not an operating kind or covers no time.
     */
    static BigDecimal perMonth(CostLine line) {
        if (line.input() instanceof ApiCost api) {
            return api.months().signum() == 0 ? null : BigDecimal.ONE.divide(api.months(), 10, RoundingMode.HALF_UP);
        }
        if (line.input() instanceof org.genaiplan.model.cost.InfrastructureCost infrastructure) {
            return infrastructure.months().signum() == 0 ? null
                    : BigDecimal.ONE.divide(infrastructure.months(), 10, RoundingMode.HALF_UP);
        }
        if (line.input() instanceof ComputeCost compute) {
            return compute.hours().signum() == 0 ? null
                    : HOURS_PER_MONTH.divide(compute.hours(), 10, RoundingMode.HALF_UP);
        }
        return null;
    }

    /** The go-live milestone: the first milestone named with "live" or "launch", else the task finishing last. */
    public static Task goLive(Plan plan) {
        Task last = null;
        for (Task t : plan.tasksInOrder()) {
            String name = t.name().toLowerCase(Locale.ROOT);
            if (t.isMilestone() && (name.contains("live") || name.contains("launch"))) {
                return t;
            }
            if (t.finish() != null && (last == null || last.finish() == null || t.finish().isAfter(last.finish()))) {
                last = t;
            }
        }
        return last;
    }

    /** The month after the one {@code goLive} finishes in, counting the plan's first month as 1. */
    static int monthAfter(Plan plan, Task goLive) {
        if (goLive == null || goLive.finish() == null || plan.startDate() == null) {
            return 1;
        }
        LocalDate first = plan.startDate().withDayOfMonth(1);
        long months = ChronoUnit.MONTHS.between(first, goLive.finish().toLocalDate().withDayOfMonth(1));
        return (int) Math.min(BusinessCase.HORIZON_MONTHS, Math.max(1, months + 2));
    }

    /** The payback month in words: "month 9" or "never within 36 months". */
    public String paybackText() {
        return paybackMonth == null ? "never within " + BusinessCase.HORIZON_MONTHS + " months"
                : "month " + paybackMonth;
    }

    /** A ratio as a percentage with one decimal, or a dash when there is no cost to measure against. */
    public static String percent(BigDecimal ratio) {
        return ratio == null ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", ratio.doubleValue() * 100);
    }
}
