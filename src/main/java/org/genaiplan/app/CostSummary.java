package org.genaiplan.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Role;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;

/**
 * The cost part of {@code genaiplan info}: totals by category (planned; actual and forecast once any actual
 * is entered), the budgets with the share used and their alerts, the contingency reserve and the state of the
 * price table.
 */
record CostSummary(String currency, Map<CostCategory, CostReport.Totals> byCategory, CostReport.Totals total,
                   boolean hasActuals, List<CostReport.BudgetLine> budgets, List<BudgetAlert> alerts,
                   BigDecimal contingency, int openRisks, int gpus, int models, java.time.LocalDate pricedOn,
                   int examples, Set<String> missingPrices) {

    static CostSummary of(Plan plan, CostReport report) {
        boolean actuals = report.items().stream().anyMatch(i -> i.actual() != null);
        int open = 0;
        for (Risk r : plan.risks()) {
            if (r.status() != RiskStatus.CLOSED) {
                open++;
            }
        }
        int examples = (int) (plan.priceTable().gpus().stream().filter(g -> g.example()).count()
                + plan.priceTable().models().stream().filter(m -> m.example()).count()
                + plan.roles().stream().filter(Role::example).count());
        Set<String> missing = new LinkedHashSet<>();
        report.items().forEach(i -> {
            if (i.missingPrice() != null) {
                missing.add(i.missingPrice());
            }
        });
        return new CostSummary(plan.currency(), report.byCategory(), report.total(), actuals, report.budgetLines(),
                report.alerts(), report.contingency(), open, plan.priceTable().gpus().size(),
                plan.priceTable().models().size(), plan.priceTable().pricedOn(), examples, missing);
    }

    List<String> lines() {
        NumberFormat money = NumberFormat.getNumberInstance(Locale.US);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        List<String> out = new ArrayList<>();
        String header = hasActuals
                ? String.format("%-18s %15s %15s %15s", "Costs (" + currency + ")", "Planned", "Actual", "Forecast")
                : String.format("%-18s %15s", "Costs (" + currency + ")", "Planned");
        out.add(header);
        for (CostCategory c : CostCategory.values()) {
            out.add(row("  " + c.label(), byCategory.get(c), money));
        }
        out.add(row("  Total", total, money));
        if (budgets.isEmpty()) {
            out.add(label("Budget") + "none set");
        }
        for (CostReport.BudgetLine b : budgets) {
            String what = b.phase() == null ? label("Budget") : label("Phase budget") + b.phase() + ": ";
            out.add(what + currency + " " + money.format(b.budget()) + ", " + used(b, money));
        }
        for (BudgetAlert a : alerts) {
            out.add(label("Alert") + a.message());
        }
        out.add(label("Contingency") + currency + " " + money.format(contingency) + " (cost exposure of "
                + openRisks + (openRisks == 1 ? " open risk)" : " open risks)"));
        String prices = gpus + (gpus == 1 ? " GPU type, " : " GPU types, ") + models + (models == 1 ? " model" : " models")
                + (pricedOn == null ? ", not dated" : ", priced on " + pricedOn);
        if (examples > 0) {
            prices += "; " + examples + (examples == 1 ? " example value" : " example values") + " to replace (prices and role rates)";
        }
        out.add(label("Prices") + prices);
        for (String m : missingPrices) {
            out.add(label("Warning") + m + " Its cost lines count as zero.");
        }
        return out;
    }

    private String row(String name, CostReport.Totals t, NumberFormat money) {
        if (!hasActuals) {
            return String.format("%-18s %15s", name, money.format(t.planned()));
        }
        return String.format("%-18s %15s %15s %15s", name, money.format(t.planned()), money.format(t.actual()),
                money.format(t.forecast()));
    }

    private String used(CostReport.BudgetLine b, NumberFormat money) {
        String planned = "planned " + percent(b.totals().planned(), b.budget()) + " %";
        if (!hasActuals) {
            return planned;
        }
        return planned + ", actual " + percent(b.totals().actual(), b.budget()) + " %, forecast "
                + percent(b.totals().forecast(), b.budget()) + " % used";
    }

    private static String percent(BigDecimal amount, BigDecimal budget) {
        return amount.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String label(String label) {
        return String.format("%-13s ", label + ":");
    }
}
