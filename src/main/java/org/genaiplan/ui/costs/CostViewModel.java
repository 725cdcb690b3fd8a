package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.schedule.BudgetAlert;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.PutRoleCommand;
import org.genaiplan.ui.command.RemoveRoleCommand;
import org.genaiplan.ui.command.SetBudgetCommand;
import org.genaiplan.ui.command.SetCostLinesCommand;
import org.genaiplan.ui.command.SetPriceTableCommand;
import org.genaiplan.ui.command.SetWorkActualCommand;

/**
 * The Costs tab's state: the plan's totals and budget status (from {@link CostReport}), the cost lines of the
 * task focused in the WBS, the price table and the budget, and every cost edit as one undoable command
 * through the {@link PlanEditor}. Edits return null when accepted, else the sentence saying why not (also
 * put in the status bar), with the plan unchanged.
 *
 * <p>The task's rows follow every change at once; the plan-wide report is worked out once per burst of
 * changes (after the current event), so a 10,000-task plan stays responsive while the user types.
 */
public final class CostViewModel {
    /** The price table columns that can be typed into. */
    public enum GpuColumn { NAME, PRICE, PEAK }

    public enum ModelColumn { NAME, INPUT, OUTPUT }

    private final PlanEditor editor;
    private final PlanSelection selection;
    private final StringProperty message;
    private final Supplier<LocalDate> today;
    private final Consumer<Runnable> later;
    private boolean reportPending;
    private long reportCount;

    private final ReadOnlyObjectWrapper<CostReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper(this, "planned", "");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper(this, "actual", "");
    private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper(this, "forecast", "");
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper(this, "budget", "");
    private final ReadOnlyStringWrapper budgetPercent = new ReadOnlyStringWrapper(this, "budgetPercent", "");
    private final ReadOnlyStringWrapper contingency = new ReadOnlyStringWrapper(this, "contingency", "");
    private final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    private final ReadOnlyStringWrapper taskCost = new ReadOnlyStringWrapper(this, "taskCost", "");
    private final ReadOnlyObjectWrapper<BudgetAlert> worstAlert = new ReadOnlyObjectWrapper<>(this, "worstAlert");
    private final ReadOnlyObjectWrapper<LocalDate> pricedOn = new ReadOnlyObjectWrapper<>(this, "pricedOn");

    private final ObservableList<CostLineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<GpuPrice> gpus = FXCollections.observableArrayList();
    private final ObservableList<TokenPrice> models = FXCollections.observableArrayList();
    private final ObservableList<Role> roles = FXCollections.observableArrayList();
    private final ObservableList<String> roleNames = FXCollections.observableArrayList();
    private final ObservableList<String> gpuNames = FXCollections.observableArrayList();
    private final ObservableList<String> modelNames = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> budgetRows = FXCollections.observableArrayList();
    private final ObservableList<BudgetAlert> alerts = FXCollections.observableArrayList();
    private long taskId;

    /**
     * @param later runs work after the current event ({@code Platform::runLater} in the window); the plan-wide
     *              report is refreshed through it
     */
    public CostViewModel(PlanEditor editor, PlanSelection selection, StringProperty message, Supplier<LocalDate> today,
                         Consumer<Runnable> later) {
        this.editor = Objects.requireNonNull(editor);
        this.selection = Objects.requireNonNull(selection);
        this.message = Objects.requireNonNull(message);
        this.today = Objects.requireNonNull(today);
        this.later = Objects.requireNonNull(later);
        editor.revisionProperty().addListener((obs, o, n) -> changed());
        selection.focusedIdProperty().addListener((obs, o, n) -> refreshTask());
        changed();
    }

    private void changed() {
        refreshTask();
        refreshPrices();
        if (!reportPending) {
            reportPending = true;
            later.accept(() -> {
                reportPending = false;
                refreshReport();
            });
        }
    }

    // ---- the plan-wide report ----

    /** Works the report out now (the window does it after each burst of changes). */
    public void refreshReport() {
        Plan plan = editor.plan();
        if (plan == null) {
            report.set(null);
            for (ReadOnlyStringWrapper w : List.of(currency, planned, actual, forecast, budget, budgetPercent,
                    contingency)) {
                w.set("");
            }
            budgetRows.clear();
            alerts.clear();
            worstAlert.set(null);
            return;
        }
        CostReport r = CostReport.of(plan, today.get());
        reportCount++;
        currency.set(plan.currency());
        CostReport.Totals t = r.total();
        planned.set(Numbers.money(t.planned()));
        actual.set(Numbers.money(t.actual()));
        forecast.set(Numbers.money(t.forecast()));
        BigDecimal total = plan.budget().total();
        budget.set(total == null ? "not set" : Numbers.money(total));
        budgetPercent.set(total == null ? "\u2014" : percent(t.forecast(), total) + " %");
        contingency.set(Numbers.money(r.contingency()));
        List<BudgetAlert> all = r.alerts();
        alerts.setAll(all);
        worstAlert.set(all.stream().max(Comparator.comparingInt(BudgetAlert::threshold)
                .thenComparingInt(BudgetAlert::percent)).orElse(null));
        budgetRows.setAll(budgetRows(plan, r, all));
        report.set(r);
    }

    private static String percent(BigDecimal amount, BigDecimal of) {
        return amount.multiply(BigDecimal.valueOf(100)).divide(of, 0, RoundingMode.FLOOR).toPlainString();
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
        return new BudgetRow(phase, label, hasBudget ? Numbers.money(amount) : "", Numbers.money(t.planned()),
                Numbers.money(t.actual()), Numbers.money(t.forecast()),
                hasBudget ? percent(t.actual(), amount) + " %" : "",
                hasBudget ? percent(t.forecast(), amount) + " %" : "", level);
    }

    // ---- the focused task ----

    private void refreshTask() {
        Plan plan = editor.plan();
        Task task = plan == null ? null : plan.task(selection.focusedId());
        if (task == null) {
            taskId = 0;
            taskTitle.set(plan == null ? "" : "Select a task in the WBS to see and edit its cost lines.");
            taskCost.set("");
            lines.clear();
            return;
        }
        taskId = task.id();
        taskTitle.set(plan.wbsCode(task) + "  " + task.name());
        taskCost.set("Task cost " + Numbers.money(task.cost()) + " " + plan.currency()
                + (task.hasChildren() ? " (with its subtasks)" : ""));
        List<CostLineRow> rows = new ArrayList<>();
        if (!task.hasChildren()) {
            rows.add(workRow(plan, task));
        }
        List<CostLine> taskLines = task.costLines();
        for (int i = 0; i < taskLines.size(); i++) {
            CostLine line = taskLines.get(i);
            CostInput in = line.input();
            rows.add(new CostLineRow(i, in.kindLabel(), line.description(), in.summary(),
                    Numbers.money(in.amount(plan.prices(), task.durationMinutes())), Numbers.money(line.actual()),
                    in.missingPrice(plan.prices())));
        }
        if (!rows.equals(lines)) {
            lines.setAll(rows);
        }
    }

    private static CostLineRow workRow(Plan plan, Task task) {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (CostReport.Item item : CostReport.itemsOf(plan, task)) {
            if (item.kind().equals("Owner's work") || item.kind().equals("Fixed cost")) {
                amount = amount.add(item.planned());
            }
        }
        String hours = BigDecimal.valueOf(task.durationMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        Role role = task.ownerRole() == null ? null : plan.role(task.ownerRole());
        String owner = task.ownerRole() == null ? "no owner"
                : task.ownerRole() + " x " + hours + " h" + (role == null ? "" : " at " + Numbers.money(role.ratePerHour()));
        String fixed = task.fixedCost().signum() == 0 ? "" : "; fixed " + Numbers.money(task.fixedCost());
        String warning = task.ownerRole() != null && role == null
                ? "The plan has no role \"" + task.ownerRole() + "\" with a rate." : null;
        return new CostLineRow(CostLineRow.WORK, "Owner's work", "From the WBS",
                owner + fixed, Numbers.money(amount), Numbers.money(task.workActualCost()), warning);
    }

    /** The inputs of the focused task's line at {@code index}, or null. */
    public CostInput lineInput(int index) {
        Task task = task();
        return task == null || index < 0 || index >= task.costLines().size() ? null
                : task.costLines().get(index).input();
    }

    private Task task() {
        Plan plan = editor.plan();
        return plan == null ? null : plan.task(taskId);
    }

    /** Adds a line of {@code kind} to the focused task; returns its index, or -1 when refused. */
    public int addLine(LineKind kind) {
        Task task = task();
        if (task == null) {
            message.set("Select a task in the WBS first.");
            return -1;
        }
        int index = task.costLines().size();
        return run(SetCostLinesCommand.add(task.id(), new CostLine(CostInputs.blank(kind, editor.plan())))) == null
                ? index : -1;
    }

    /** Adds a compute line (from the training-hours helper) to the focused task; returns its index or -1. */
    public int addComputeLine(ComputeCost input, String description) {
        Task task = task();
        if (task == null) {
            message.set("Select a task in the WBS first.");
            return -1;
        }
        int index = task.costLines().size();
        return run(SetCostLinesCommand.add(task.id(), new CostLine(description, input, null))) == null ? index : -1;
    }

    /** Replaces the GPU type, count and hours of the compute line at {@code index}. */
    public String fillCompute(int index, ComputeCost input) {
        if (!(lineInput(index) instanceof ComputeCost)) {
            return refuse("Pick a compute line to fill, or add a new one.");
        }
        return run(SetCostLinesCommand.replace(taskId, index, "Training Hours", l -> l.withInput(input)));
    }

    public String removeLine(int index) {
        if (index == CostLineRow.WORK) {
            return refuse("The owner's work and fixed cost come from the WBS; change the owner, duration or cost"
                    + " there.");
        }
        if (lineInput(index) == null) {
            return refuse("Select a cost line to remove.");
        }
        return run(SetCostLinesCommand.remove(taskId, index));
    }

    public String editDescription(int index, String text) {
        if (lineInput(index) == null) {
            return refuse("The owner's work row takes its description from the WBS.");
        }
        return run(SetCostLinesCommand.replace(taskId, index, "Description", l -> l.withDescription(text)));
    }

    /** The actual cost of a line, or with {@link CostLineRow#WORK} of the owner's work and fixed cost. */
    public String editActual(int index, String text) {
        try {
            BigDecimal value = Numbers.optionalDecimal(text, "The actual cost");
            if (index == CostLineRow.WORK) {
                Task task = task();
                if (task == null) {
                    return refuse("Select a task in the WBS first.");
                }
                return run(new SetWorkActualCommand(task.id(), value));
            }
            if (lineInput(index) == null) {
                return refuse("That cost line no longer exists.");
            }
            return run(SetCostLinesCommand.replace(taskId, index, "Actual Cost", l -> l.withActual(value)));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    /** One input of a line, as typed or picked; the line is only changed when the whole input is valid. */
    public String editInput(int index, CostField field, String text) {
        CostInput input = lineInput(index);
        if (input == null) {
            return refuse("That cost line no longer exists.");
        }
        try {
            CostInput changed = CostInputs.with(input, field, text);
            if (changed.equals(input)) {
                return null;
            }
            return run(SetCostLinesCommand.replace(taskId, index, field.label(), l -> l.withInput(changed)));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    // ---- prices ----

    private void refreshPrices() {
        Plan plan = editor.plan();
        PriceTable table = plan == null ? PriceTable.empty() : plan.priceTable();
        setIfChanged(gpus, table.gpus());
        setIfChanged(models, table.models());
        setIfChanged(roles, plan == null ? List.of() : List.copyOf(plan.roles()));
        setIfChanged(roleNames, roles.stream().map(Role::name).toList());
        setIfChanged(gpuNames, gpus.stream().map(GpuPrice::name).toList());
        setIfChanged(modelNames, models.stream().map(TokenPrice::model).toList());
        pricedOn.set(table.pricedOn());
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> wanted) {
        if (!list.equals(wanted)) {
            list.setAll(wanted);
        }
    }

    private PriceTable table() {
        return editor.plan() == null ? PriceTable.empty() : editor.plan().priceTable();
    }

    public String addGpu(String name) {
        return prices("Add GPU Type", () -> {
            String n = required(name, "The GPU type");
            if (table().gpu(n) != null) {
                throw new ValidationException("The price table already has the GPU type \"" + n + "\".");
            }
            return table().withGpu(new GpuPrice(n, BigDecimal.ZERO, 0, false));
        });
    }

    /** Edits one cell of the GPU table; the row stops being an example. */
    public String editGpu(int index, GpuColumn column, String text) {
        return prices("Edit GPU Price", () -> {
            GpuPrice old = table().gpus().get(index);
            GpuPrice changed = switch (column) {
                case NAME -> new GpuPrice(required(text, "The GPU type"), old.pricePerHour(), old.peakTflops(), false);
                case PRICE -> new GpuPrice(old.name(), Numbers.decimal(text, "The price per GPU-hour"),
                        old.peakTflops(), false);
                case PEAK -> new GpuPrice(old.name(), old.pricePerHour(), Numbers.real(text, "The peak TFLOP/s"),
                        false);
            };
            List<GpuPrice> list = new ArrayList<>(table().gpus());
            list.set(index, changed);
            return new PriceTable(table().pricedOn(), list, table().models());
        });
    }

    public String removeGpu(int index) {
        return prices("Remove GPU Type", () -> table().withoutGpu(table().gpus().get(index).name()));
    }

    public String addModel(String name) {
        return prices("Add Model", () -> {
            String n = required(name, "The model");
            if (table().model(n) != null) {
                throw new ValidationException("The price table already has the model \"" + n + "\".");
            }
            return table().withModel(new TokenPrice(n, BigDecimal.ZERO, BigDecimal.ZERO, false));
        });
    }

    public String editModel(int index, ModelColumn column, String text) {
        return prices("Edit Model Price", () -> {
            TokenPrice old = table().models().get(index);
            TokenPrice changed = switch (column) {
                case NAME -> new TokenPrice(required(text, "The model"), old.inputPerMillion(), old.outputPerMillion(),
                        false);
                case INPUT -> new TokenPrice(old.model(), Numbers.decimal(text, "The input price"),
                        old.outputPerMillion(), false);
                case OUTPUT -> new TokenPrice(old.model(), old.inputPerMillion(),
                        Numbers.decimal(text, "The output price"), false);
            };
            List<TokenPrice> list = new ArrayList<>(table().models());
            list.set(index, changed);
            return new PriceTable(table().pricedOn(), table().gpus(), list);
        });
    }

    public String removeModel(int index) {
        return prices("Remove Model", () -> table().withoutModel(table().models().get(index).model()));
    }

    public String setPricedOn(LocalDate date) {
        if (Objects.equals(date, table().pricedOn())) {
            return null;
        }
        return prices("Edit Priced On", () -> table().withPricedOn(date));
    }

    private String prices(String label, Supplier<PriceTable> change) {
        if (editor.plan() == null) {
            return refuse("No plan is open.");
        }
        try {
            PriceTable next = change.get();
            if (next.equals(table())) {
                return null;
            }
            return run(new SetPriceTableCommand(label, next));
        } catch (IndexOutOfBoundsException e) {
            return refuse("That price row no longer exists.");
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    public String addRole(String name) {
        Plan plan = editor.plan();
        try {
            String n = required(name, "The role");
            if (plan.role(n) != null) {
                return refuse("The plan already has the role \"" + n + "\".");
            }
            return run(new PutRoleCommand(new Role(n, BigDecimal.ZERO)));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    /** Sets a role's hourly rate; the role stops being an example. */
    public String editRoleRate(int index, String text) {
        try {
            Role old = roles.get(index);
            BigDecimal rate = Numbers.decimal(text, "The hourly rate");
            if (rate.compareTo(old.ratePerHour()) == 0 && !old.example()) {
                return null;
            }
            return run(new PutRoleCommand(new Role(old.name(), rate, false)));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            return refuse("That role no longer exists.");
        }
    }

    public String removeRole(int index) {
        if (index < 0 || index >= roles.size()) {
            return refuse("Select a role to remove.");
        }
        return run(new RemoveRoleCommand(roles.get(index).name()));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field + " is required.");
        }
        return text.strip();
    }

    // ---- budget ----

    /** The plan's budget; blank removes it. */
    public String setPlanBudget(String text) {
        return budget("Edit Plan Budget", b -> b.withTotal(Numbers.optionalDecimal(text, "The plan budget")));
    }

    /** The budget of a phase; blank removes it. */
    public String setPhaseBudget(String phase, String text) {
        return budget("Edit Phase Budget", b -> b.withPhase(phase, Numbers.optionalDecimal(text,
                "The budget of " + phase)));
    }

    private String budget(String label, java.util.function.UnaryOperator<Budget> change) {
        Plan plan = editor.plan();
        if (plan == null) {
            return refuse("No plan is open.");
        }
        try {
            Budget next = change.apply(plan.budget());
            if (next.equals(plan.budget())) {
                return null;
            }
            return run(new SetBudgetCommand(label, next));
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    // ---- running commands ----

    private String run(PlanCommand command) {
        try {
            editor.execute(command);
            message.set("");
            return null;
        } catch (ValidationException e) {
            return refuse(e.getMessage());
        }
    }

    private String refuse(String why) {
        message.set(why);
        return why;
    }

    public boolean undo() {
        try {
            return editor.undo();
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public boolean redo() {
        try {
            return editor.redo();
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    // ---- state for the view ----

    public Plan plan() {
        return editor.plan();
    }

    public long taskId() {
        return taskId;
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

    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskCostProperty() {
        return taskCost.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BudgetAlert> worstAlertProperty() {
        return worstAlert.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> pricedOnProperty() {
        return pricedOn.getReadOnlyProperty();
    }

    public ObservableList<CostLineRow> lines() {
        return lines;
    }

    public ObservableList<GpuPrice> gpus() {
        return gpus;
    }

    public ObservableList<TokenPrice> models() {
        return models;
    }

    public ObservableList<Role> roles() {
        return roles;
    }

    public ObservableList<String> roleNames() {
        return roleNames;
    }

    public ObservableList<String> gpuNames() {
        return gpuNames;
    }

    public ObservableList<String> modelNames() {
        return modelNames;
    }

    public ObservableList<BudgetRow> budgetRows() {
        return budgetRows;
    }

    public ObservableList<BudgetAlert> alerts() {
        return alerts;
    }

    public StringProperty messageProperty() {
        return message;
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
