package org.genaiplan.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.schedule.CostReport;

/**
 * How a cost item's planned amount is written as quantity x unit price, where the unit price points at the
 * price table: hours x a role's rate, GPU-hours x a GPU type's price, requests x the cost of one request (from
 * the model's token prices). Fixed amounts, and items whose price is missing, have no pricing and are written
 * as plain numbers.
 */
final class ItemPricing {

    /** Quantity x unit price; {@code unitPriceFormula} names price-table cells, {@code unitPrice} is its value. */
    record Priced(double quantity, String unit, String unitPriceFormula, double unitPrice) {
    }

    private static final MathContext EXACT = MathContext.DECIMAL64;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Plan plan;
    private final PriceBlock prices;

    ItemPricing(Plan plan, PriceBlock prices) {
        this.plan = plan;
        this.prices = prices;
    }

    /**
     * The cost line behind each item of a report, in the items' order; null for a task's owner's work and
     * fixed cost. A task's items are its own amounts first, then one item per cost line in the lines' order.
     */
    static List<CostLine> linesOf(List<CostReport.Item> items) {
        CostLine[] out = new CostLine[items.size()];
        int i = 0;
        while (i < items.size()) {
            Task task = items.get(i).task();
            int end = i;
            while (end < items.size() && items.get(end).task() == task) {
                end++;
            }
            List<CostLine> lines = task.costLines();
            int first = end - lines.size();
            for (int k = Math.max(i, first); k < end; k++) {
                out[k] = lines.get(k - first);
            }
            i = end;
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** The pricing of an item, or null when it is a fixed amount or a price is missing (its amount is then zero). */
    Priced of(CostReport.Item item, CostLine line) {
        if (item.missingPrice() != null) {
            return null;
        }
        long minutes = item.task().durationMinutes();
        if (line == null) {
            if (item.category() != CostCategory.PEOPLE) {
                return null;
            }
            String owner = item.task().ownerRole();
            return owner == null || minutes <= 0 || plan.resources().rateOf(owner) == null ? null
                    : byRole(owner, hours(BigDecimal.valueOf(minutes)));
        }
        return switch (line.input()) {
            case PeopleCost p -> byRole(p.role(), p.hours() != null ? p.hours().doubleValue()
                    : hours(BigDecimal.valueOf(minutes)));
            case ComputeCost c -> priced(c.gpuHours().doubleValue(), "GPU-hours", prices.gpuPrice(c.gpuType()),
                    plan.prices().gpu(c.gpuType()).pricePerHour().doubleValue());
            case ApiCost a -> api(a);
            case AnnotationCost a -> byRole(a.role(), hours(a.minutesPerItem().multiply(BigDecimal.valueOf(a.items()))));
            case EvaluationCost e -> byRole(e.role(), e.hours().doubleValue());
            case LicenceCost l -> null;
            case OtherCost o -> null;
            case org.genaiplan.model.cost.InfrastructureCost i -> new Priced(i.months().doubleValue(), "months",
                    i.perMonth().toPlainString(), i.perMonth().doubleValue());
        };
    }

    private Priced byRole(String role, double hours) {
        BigDecimal rate = plan.prices().roleRate(role);
        return priced(hours, "hours", prices.roleRate(role), rate == null ? 0 : rate.doubleValue());
    }

    private Priced api(ApiCost a) {
        String[] cells = prices.modelPrices(a.model());
        TokenPrice price = plan.prices().model(a.model());
        if (cells == null || price == null) {
            return null;
        }
        BigDecimal perRequest = BigDecimal.valueOf(a.inputTokens()).multiply(price.inputPerMillion())
                .add(BigDecimal.valueOf(a.outputTokens()).multiply(price.outputPerMillion()))
                .divide(BigDecimal.valueOf(1_000_000), EXACT);
        String formula = "(" + a.inputTokens() + "*" + cells[0] + "+" + a.outputTokens() + "*" + cells[1]
                + ")/1000000";
        return new Priced(BigDecimal.valueOf(a.requestsPerMonth()).multiply(a.months()).doubleValue(), "requests",
                formula, perRequest.doubleValue());
    }

    private static Priced priced(double quantity, String unit, String formula, double value) {
        return formula == null ? null : new Priced(quantity, unit, formula, value);
    }

    /** Minutes as hours, exact to the double's precision (the amount is rounded only once, at the end). */
    private static double hours(BigDecimal minutes) {
        return minutes.divide(SIXTY, EXACT).doubleValue();
    }
}
