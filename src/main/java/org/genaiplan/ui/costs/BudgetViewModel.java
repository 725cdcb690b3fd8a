package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.command.SetBudgetCommand;
import org.genaiplan.ui.input.CellInput;

/**
 * The plan's and phases' budgets: one row per budget with planned, actual and forecast against it, the
 * alerts raised, and the worst of them for the status-bar badge. The rows follow the plan-wide report
 * ({@link CostViewModel} hands each new one over). Edits return null when accepted, else why not.
 */
public final class BudgetViewModel {
    private final CommandRunner runner;
    private final ObservableList<BudgetRow> budgetRows = FXCollections.observableArrayList();
    private final ObservableList<BudgetAlert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BudgetAlert> worstAlert = new ReadOnlyObjectWrapper<>(this, "worstAlert");

    public BudgetViewModel(CommandRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    // ---- edits ----

    /** The plan's budget; blank removes it. */
    public String setPlanBudget(String text) {
        return budget("Edit Plan Budget", b -> b.withTotal(CellInput.optionalMoney(text, "The plan budget")));
    }

    /** The budget of a phase; blank removes it. */
    public String setPhaseBudget(String phase, String text) {
        return budget("Edit Phase Budget", b -> b.withPhase(phase, CellInput.optionalMoney(text,
                "The budget of " + phase)));
    }

    private String budget(String label, UnaryOperator<Budget> change) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("No plan is open.");
        }
        try {
            Budget next = change.apply(plan.budget());
            if (next.equals(plan.budget())) {
                return null;
            }
            return runner.run(new SetBudgetCommand(label, next));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    // ---- following the report ----

    /** Shows the alerts and budget rows of {@code report}, worked out for {@code plan}. */
    void show(Plan plan, CostReport report) {
        List<BudgetAlert> all = report.alerts();
        alerts.setAll(all);
        worstAlert.set(all.stream().max(Comparator.comparingInt(BudgetAlert::threshold)
                .thenComparingInt(BudgetAlert::percent)).orElse(null));
        budgetRows.setAll(budgetRows(plan, report, all));
    }

    /** No plan: no rows and no alerts. */
    void clear() {
        budgetRows.clear();
        alerts.clear();
        worstAlert.set(null);
    }

    private static List<BudgetRow> budgetRows(Plan plan, CostReport r, List<BudgetAlert> all) {
        List<BudgetRow> out = new ArrayList<>();
        out.add(row(null, "Whole plan", plan.budget().total(), r.total(), all));
        Map<String, CostReport.Totals> phases = new LinkedHashMap<>(r.byPhase());
        for (String phase : plan.budget().phases().keySet()) {
            boolean known = phases.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(phase));
            if (!known) {
                phases.put(phase, CostReport.Totals.ZERO);
            }
        }
        phases.forEach((phase, totals) -> out.add(row(phase, phase, plan.budget().phase(phase), totals, all)));
        return out;
    }

    private static BudgetRow row(String phase, String label, BigDecimal amount, CostReport.Totals t,
                                 List<BudgetAlert> all) {
        int level = 0;
        for (BudgetAlert a : all) {
            if (phase == null ? a.phase() == null : a.phase() != null && a.phase().equalsIgnoreCase(phase)) {
                level = Math.max(level, a.threshold());
            }
        }
        boolean hasBudget = amount != null;
        return new BudgetRow(phase, label, hasBudget ? MoneyText.format(amount) : "", MoneyText.format(t.planned()),
                MoneyText.format(t.actual()), MoneyText.format(t.forecast()),
                hasBudget ? percent(t.actual(), amount) + " %" : "",
                hasBudget ? percent(t.forecast(), amount) + " %" : "", level);
    }

    /** {@code amount} as a whole percentage of {@code of}, rounded down. */
    static String percent(BigDecimal amount, BigDecimal of) {
        return amount.multiply(BigDecimal.valueOf(100)).divide(of, 0, RoundingMode.FLOOR).toPlainString();
    }

    // ---- state for the view ----

    public ObservableList<BudgetRow> budgetRows() {
        return budgetRows;
    }

    public ObservableList<BudgetAlert> alerts() {
        return alerts;
    }

    public ReadOnlyObjectProperty<BudgetAlert> worstAlertProperty() {
        return worstAlert.getReadOnlyProperty();
    }

    /** The badge text for an alert, e.g. "Forecast 92 % of budget". */
    public static String badgeText(BudgetAlert alert) {
        String of = alert.phase() == null ? "budget" : alert.phase() + " budget";
        return alert.measure() + " " + alert.percent() + " % of " + of;
    }

    /** The style class of an alert level: budget-50, budget-75, budget-90 or budget-100. */
    public static String levelClass(int threshold) {
        return "budget-" + threshold;
    }
}
