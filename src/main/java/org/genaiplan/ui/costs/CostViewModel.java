package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanChange;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;

/**
 * The Costs tab's state: the plan-wide report (from {@link CostReport}) and its summary figures, plus the
 * parts the panes edit: the focused task's {@link CostLinesViewModel cost lines}, the
 * {@link PriceTableViewModel price table} and the {@link BudgetViewModel budget}. All of them run their edits
 * through one {@link CommandRunner}.
 *
 * <p>After every plan change or new focused task the task's rows and the price lists follow at once; the
 * plan-wide report is worked out once per burst of changes (after the current event), so a 10,000-task plan
 * stays responsive while the user types.
 */
public final class CostViewModel {
    private final CommandRunner runner;
    private final CostLinesViewModel costLines;
    private final PriceTableViewModel prices;
    private final BudgetViewModel budgets;
    private final Supplier<LocalDate> today;
    private final Consumer<Runnable> later;
    private Consumer<Runnable> whenIdle;
    private boolean reportPending;
    private boolean shown = true;
    private boolean reportStale;
    private long reportCount;

    private final ReadOnlyObjectWrapper<CostReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper(this, "planned", "");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper(this, "actual", "");
    private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper(this, "forecast", "");
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper(this, "budget", "");
    private final ReadOnlyStringWrapper budgetPercent = new ReadOnlyStringWrapper(this, "budgetPercent", "");
    private final ReadOnlyStringWrapper contingency = new ReadOnlyStringWrapper(this, "contingency", "");

    /**
     * @param selection whose focused task's lines {@code costLines} shows
     * @param later     runs work after the current event ({@code Platform::runLater} in the window); the
     *                  plan-wide report is refreshed through it
     */
    public CostViewModel(CommandRunner runner, PlanSelection selection, CostLinesViewModel costLines,
                         PriceTableViewModel prices, BudgetViewModel budgets, Supplier<LocalDate> today,
                         Consumer<Runnable> later) {
        this.runner = Objects.requireNonNull(runner);
        this.costLines = Objects.requireNonNull(costLines);
        this.prices = Objects.requireNonNull(prices);
        this.budgets = Objects.requireNonNull(budgets);
        this.today = Objects.requireNonNull(today);
        this.later = Objects.requireNonNull(later);
        this.whenIdle = later;
        runner.editor().addChangeListener(this::changed);
        selection.focusedIdProperty().addListener((obs, o, n) -> costLines.refresh());
        changed();
    }

    /** The Costs tab's state with its parts, all sharing one command runner over {@code editor}. */
    public static CostViewModel create(PlanEditor editor, PlanSelection selection, StringProperty message,
                                       Supplier<LocalDate> today, Consumer<Runnable> later) {
        CommandRunner runner = new CommandRunner(editor, message);
        return new CostViewModel(runner, selection, new CostLinesViewModel(runner, selection),
                new PriceTableViewModel(runner), new BudgetViewModel(runner), today, later);
    }

    /**
     * Whether the Costs tab is on screen. While it is not, the plan-wide report (which reads every task) is
     * worked out only once the edits pause ({@link #setWhenIdle}), for the budget badge, or when it shows.
     */
    public void setShown(boolean value) {
        shown = value;
        if (value && reportStale) {
            reportLater();
        }
    }

    /** Runs the report once the edits pause (the window waits about a second after the last change). */
    public void setWhenIdle(Consumer<Runnable> idle) {
        this.whenIdle = Objects.requireNonNull(idle);
    }

    /** Follows a change of the plan: only the parts it can have made different. */
    private void changed(PlanChange change) {
        if (change.structure() || !change.inputs().tasks().isEmpty()) {
            costLines.planChanged(); // the picker's tasks may be named or numbered differently now
        } else if (change.settings() || change.roles() || change.touches(costLines.taskId())) {
            costLines.refresh();
        }
        if (change.settings() || change.roles()) {
            prices.refresh();
        }
        if (change.costs()) {
            if (shown || change.document() || change.settings()) {
                reportLater();
            } else {
                reportStale = true;
                whenIdle.accept(() -> {
                    if (reportStale && runner.plan() != null && !runner.plan().budget().isEmpty()) {
                        reportLater();
                    }
                });
            }
        }
    }

    private void changed() {
        costLines.planChanged();
        prices.refresh();
        reportLater();
    }

    /** The plan-wide report is worked out once after a burst of changes, not once per change. */
    private void reportLater() {
        if (!reportPending) {
            reportPending = true;
            later.accept(() -> {
                reportPending = false;
                reportStale = false;
                refreshReport();
            });
        }
    }

    /** Works the report out now (the window does it after each burst of changes). */
    public void refreshReport() {
        Plan plan = runner.plan();
        if (plan == null) {
            report.set(null);
            for (ReadOnlyStringWrapper w : List.of(currency, planned, actual, forecast, budget, budgetPercent,
                    contingency)) {
                w.set("");
            }
            budgets.clear();
            return;
        }
        CostReport r = CostReport.of(plan, today.get());
        reportCount++;
        currency.set(plan.currency());
        CostReport.Totals t = r.total();
        planned.set(MoneyText.format(t.planned()));
        actual.set(MoneyText.format(t.actual()));
        forecast.set(MoneyText.format(t.forecast()));
        BigDecimal total = plan.budget().total();
        budget.set(total == null ? "not set" : MoneyText.format(total));
        budgetPercent.set(total == null ? "\u2014" : BudgetViewModel.percent(t.forecast(), total) + " %");
        contingency.set(MoneyText.format(r.contingency()));
        budgets.show(plan, r);
        report.set(r);
    }

    public boolean undo() {
        return runner.undo();
    }

    public boolean redo() {
        return runner.redo();
    }

    // ---- the parts ----

    /** The focused task's cost lines. */
    public CostLinesViewModel costLines() {
        return costLines;
    }

    /** GPU types, models, roles and the priced-on date. */
    public PriceTableViewModel prices() {
        return prices;
    }

    /** The plan and phase budgets and their alerts. */
    public BudgetViewModel budget() {
        return budgets;
    }

    // ---- state for the view ----

    public Plan plan() {
        return runner.plan();
    }

    public LocalDate today() {
        return today.get();
    }

    /** How many times the plan-wide report was worked out (the view's tests check that bursts share one). */
    public long reportCount() {
        return reportCount;
    }

    public ReadOnlyObjectProperty<CostReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty forecastProperty() {
        return forecast.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty budgetPercentProperty() {
        return budgetPercent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contingencyProperty() {
        return contingency.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return runner.messageProperty();
    }
}
