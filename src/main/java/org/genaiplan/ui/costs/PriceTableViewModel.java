package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.command.PutRoleCommand;
import org.genaiplan.ui.command.RemoveRoleCommand;
import org.genaiplan.ui.command.SetPriceTableCommand;
import org.genaiplan.ui.input.CellInput;

/**
 * The plan's prices: GPU types, hosted models, roles with their hourly rates and the date the prices were
 * checked, plus the name lists the cost-line editors pick from. Each edit is one undoable command; it returns
 * null when accepted, else the sentence saying why not, with the plan unchanged. A row typed into stops
 * being an example.
 */
public final class PriceTableViewModel {
    /** The GPU table columns that can be typed into. */
    public enum GpuColumn { NAME, PRICE, PEAK }

    /** The model table columns that can be typed into. */
    public enum ModelColumn { NAME, INPUT, OUTPUT }

    private final CommandRunner runner;
    private final ReadOnlyObjectWrapper<LocalDate> pricedOn = new ReadOnlyObjectWrapper<>(this, "pricedOn");
    private final ObservableList<GpuPrice> gpus = FXCollections.observableArrayList();
    private final ObservableList<TokenPrice> models = FXCollections.observableArrayList();
    private final ObservableList<Role> roles = FXCollections.observableArrayList();
    private final ObservableList<String> roleNames = FXCollections.observableArrayList();
    private final ObservableList<String> gpuNames = FXCollections.observableArrayList();
    private final ObservableList<String> modelNames = FXCollections.observableArrayList();

    public PriceTableViewModel(CommandRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    /** Brings the lists up to date with the plan; lists that did not change are left alone. */
    void refresh() {
        Plan plan = runner.plan();
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
        return runner.plan() == null ? PriceTable.empty() : runner.plan().priceTable();
    }

    // ---- GPU types and models ----

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
                case PRICE -> new GpuPrice(old.name(), CellInput.money(text, "The price per GPU-hour"),
                        old.peakTflops(), false);
                case PEAK -> new GpuPrice(old.name(), old.pricePerHour(), CellInput.real(text, "The peak TFLOP/s"),
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

    /** Edits one cell of the model table; the row stops being an example. */
    public String editModel(int index, ModelColumn column, String text) {
        return prices("Edit Model Price", () -> {
            TokenPrice old = table().models().get(index);
            TokenPrice changed = switch (column) {
                case NAME -> new TokenPrice(required(text, "The model"), old.inputPerMillion(), old.outputPerMillion(),
                        false);
                case INPUT -> new TokenPrice(old.model(), CellInput.money(text, "The input price"),
                        old.outputPerMillion(), false);
                case OUTPUT -> new TokenPrice(old.model(), old.inputPerMillion(),
                        CellInput.money(text, "The output price"), false);
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
        if (runner.plan() == null) {
            return runner.refuse("No plan is open.");
        }
        try {
            PriceTable next = change.get();
            if (next.equals(table())) {
                return null;
            }
            return runner.run(new SetPriceTableCommand(label, next));
        } catch (IndexOutOfBoundsException e) {
            return runner.refuse("That price row no longer exists.");
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    // ---- roles ----

    public String addRole(String name) {
        Plan plan = runner.plan();
        try {
            String n = required(name, "The role");
            if (plan.role(n) != null) {
                return runner.refuse("The plan already has the role \"" + n + "\".");
            }
            return runner.run(new PutRoleCommand(new Role(n, BigDecimal.ZERO)));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    /** Sets a role's hourly rate; the role stops being an example. */
    public String editRoleRate(int index, String text) {
        try {
            Role old = roles.get(index);
            BigDecimal rate = CellInput.money(text, "The hourly rate");
            if (rate.compareTo(old.ratePerHour()) == 0 && !old.example()) {
                return null;
            }
            return runner.run(new PutRoleCommand(old.withRate(rate)));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            return runner.refuse("That role no longer exists.");
        }
    }

    public String removeRole(int index) {
        if (index < 0 || index >= roles.size()) {
            return runner.refuse("Select a role to remove.");
        }
        RemoveRoleCommand remove = new RemoveRoleCommand(roles.get(index).name());
        String refused = runner.run(remove);
        if (refused == null && remove.statusMessage() != null) {
            runner.messageProperty().set(remove.statusMessage());
        }
        return refused;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field + " is required.");
        }
        return text.strip();
    }

    // ---- state for the view ----

    /** The price of a GPU type in the plan's price table, or null (none, or no plan open). */
    public org.genaiplan.model.cost.GpuPrice gpu(String name) {
        Plan plan = plan();
        return name == null || plan == null ? null : plan.priceTable().gpu(name);
    }

    /** The plan's currency, or empty when no plan is open. */
    public String currency() {
        Plan plan = plan();
        return plan == null ? "" : plan.currency();
    }

    /** The open plan, or null. */
    public Plan plan() {
        return runner.plan();
    }

    public ReadOnlyObjectProperty<LocalDate> pricedOnProperty() {
        return pricedOn.getReadOnlyProperty();
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
}
