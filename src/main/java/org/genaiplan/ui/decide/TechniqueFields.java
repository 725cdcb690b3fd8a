package org.genaiplan.ui.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.templates.EstimationDefaults;
import org.genaiplan.templates.RoleDefinition;
import org.genaiplan.templates.Technique;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.PutRoleCommand;
import org.genaiplan.ui.command.SetCostLinesCommand;
import org.genaiplan.ui.riskanalysis.EstimateFields;

/**
 * The technique part of Task information: which way of adapting a model the task carries out, its row of the
 * estimation cheat sheet, and "Apply defaults", which fills in the technique's duration and three-point estimate
 * and marks the roles it needs for adding. Nothing changes in the plan until the dialog's OK, which applies the
 * technique, the fields and the missing roles as one undoable action.
 */
public final class TechniqueFields {
    private final ObjectProperty<Technique> technique = new SimpleObjectProperty<>(this, "technique");
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet", "");
    private final StringProperty applied = new SimpleStringProperty(this, "applied", "");
    private final List<String> rolesToAdd = new ArrayList<>();
    private org.genaiplan.model.cost.CostLine computeToAdd;

    public TechniqueFields() {
        technique.addListener((o, was, now) -> {
            sheet.set(sheetRow(now));
            if (!Objects.equals(was, now)) {
                applied.set("");
                rolesToAdd.clear();
                computeToAdd = null;
            }
        });
    }

    /** The techniques of the shipped cheat sheet, in its order. */
    public static List<Technique> choices() {
        return Library.DEFAULTS.techniques();
    }

    /** Shows the task's technique (none when it has none or one this app does not know). */
    public void load(Task t) {
        technique.set(t.technique() == null ? null : Library.DEFAULTS.find(t.technique()).orElse(null));
        applied.set("");
        rolesToAdd.clear();
        computeToAdd = null;
    }

    /**
     * Puts the chosen technique's defaults into the dialog's fields: the duration, the three-point estimate, and
     * the roles it needs that the plan lacks (added on OK with the library's example rates). Returns the
     * sentence the dialog shows.
     */
    public String applyDefaults(Plan plan, StringProperty duration, EstimateFields estimate, TaskFormats formats) {
        Technique t = technique.get();
        if (t == null) {
            applied.set("Choose a technique first.");
            return applied.get();
        }
        Estimate e = Library.DEFAULTS.estimateFor(t.id(), plan.calendar());
        duration.set(formats.formatDuration(plan, e.mostLikelyMinutes()));
        estimate.optimisticProperty().set(formats.formatDuration(plan, e.optimisticMinutes()));
        estimate.mostLikelyProperty().set(formats.formatDuration(plan, e.mostLikelyMinutes()));
        estimate.pessimisticProperty().set(formats.formatDuration(plan, e.pessimisticMinutes()));
        estimate.distributionProperty().set(e.distribution());
        rolesToAdd.clear();
        for (String role : t.roles()) {
            if (plan.role(role) == null) {
                rolesToAdd.add(role);
            }
        }
        computeToAdd = computeLine(plan, t);
        applied.set("Duration " + formats.formatDuration(plan, e.mostLikelyMinutes()) + ", estimate "
                + formats.formatDuration(plan, e.optimisticMinutes()) + " to "
                + formats.formatDuration(plan, e.pessimisticMinutes())
                + (rolesToAdd.isEmpty() ? "; the plan has every role it needs."
                        : "; OK adds the roles " + String.join(", ", rolesToAdd) + " (example rates).")
                + (computeToAdd == null ? "" : " " + computeSentence(t.trainingRun(), computeToAdd))
        );
        return applied.get();
    }

    /** The commands OK runs for the technique: set it on the task and add the roles marked by Apply defaults. */
    public List<PlanCommand> commands(Plan plan, Task t) {
        List<PlanCommand> parts = new ArrayList<>();
        String id = technique.get() == null ? null : technique.get().id();
        if (!Objects.equals(id, t.technique())) {
            parts.add(new EditTaskFieldCommand(t.id(), "Technique", task -> task.setTechnique(id)));
        }
        for (String name : rolesToAdd) {
            if (plan.role(name) == null) {
                Library.role(name).ifPresent(r -> parts.add(new PutRoleCommand(r.toRole())));
            }
        }
        org.genaiplan.model.cost.CostLine line = computeToAdd;
        if (line != null && t.costLines().stream().noneMatch(l -> l.input() instanceof ComputeCost)) {
            parts.add(new SetCostLinesCommand(t.id(), "Add Compute Line", lines -> {
                List<org.genaiplan.model.cost.CostLine> more = new ArrayList<>(lines);
                more.add(line);
                return more;
            }));
        }
        return parts;
    }

    /**
     * The compute line the technique's typical run needs, sized by the training-hours helper on the plan's GPU
     * price (or the starter table's when the plan has none of that type); null when the technique trains nothing.
     */
    static org.genaiplan.model.cost.CostLine computeLine(Plan plan, Technique t) {
        org.genaiplan.templates.TrainingRun run = t.trainingRun();
        if (run == null) {
            return null;
        }
        GpuPrice gpu = plan.priceTable().gpu(run.gpu());
        if (gpu == null) {
            gpu = Library.CATALOG.starterPrices().gpu(run.gpu());
        }
        if (gpu == null || !(gpu.peakTflops() > 0)) {
            return null;
        }
        ComputeCost cost = run.estimate(gpu.peakTflops()).toComputeCost(run.gpu());
        return new org.genaiplan.model.cost.CostLine(t.name() + " run (training-hours helper)", cost, null);
    }

    private static String computeSentence(org.genaiplan.templates.TrainingRun run, org.genaiplan.model.cost.CostLine line) {
        ComputeCost c = (ComputeCost) line.input();
        return "Unless the task has a compute line, OK adds one: " + c.gpuCount() + " \u00d7 " + c.gpuType() + " for "
                + c.hours().toPlainString() + " hours (" + run.basis() + "; refine it with the training-hours helper in"
                + " Costs).";
    }

    /** The cheat-sheet row of a technique as one paragraph, or a hint when none is chosen. */
    public static String sheetRow(Technique t) {
        if (t == null) {
            return "No technique. Choose how the model is adapted to see its row of the estimation cheat sheet.";
        }
        return "Training time: " + t.trainingTime() + ".  Customisation: " + t.customization()
                + "  Objective: " + t.objective() + ".  Expertise: " + t.expertise().label().toLowerCase(Locale.ROOT)
                + ".  Typical duration: " + formatDays(t.defaultDays()) + " working days."
                + (t.roles().isEmpty() ? "" : "  Roles: " + String.join(", ", t.roles()) + ".");
    }

    private static String formatDays(double days) {
        return days == Math.rint(days) ? Long.toString((long) days) : Double.toString(days);
    }

    public ObjectProperty<Technique> techniqueProperty() {
        return technique;
    }

    /** The chosen technique's cheat-sheet row. */
    public StringProperty sheetProperty() {
        return sheet;
    }

    /** What Apply defaults did (blank until it is used). */
    public StringProperty appliedProperty() {
        return applied;
    }

    /** The roles OK will add, as Apply defaults found them missing. */
    public List<String> rolesToAdd() {
        return List.copyOf(rolesToAdd);
    }

    /** The shipped cheat sheet and role library, loaded once. */
    private static final class Library {
        static final EstimationDefaults DEFAULTS = EstimationDefaults.load();
        static final TemplateCatalog CATALOG = TemplateCatalog.load();

        static java.util.Optional<RoleDefinition> role(String name) {
            return CATALOG.roles().stream().filter(r -> r.name().equals(name)).findFirst();
        }
    }
}
