package org.genaiplan.ui.wbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.CompositeCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.SetPredecessorsCommand;

/**
 * The Task information dialog's state (double-click a row's ID, Shift+F2): every field of one task, edited
 * as text and applied together as one undoable action. The scheduled dates, slack and cost lines are shown
 * for reference.
 */
public final class TaskInfoViewModel {
    /** One predecessor as the dialog lists it: the predecessor's ID, its name, the link type and the lag. */
    public static final class PredecessorRow {
        private final StringProperty id = new SimpleStringProperty(this, "id", "");
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<DependencyType> type = new SimpleObjectProperty<>(this, "type", DependencyType.FS);
        private final StringProperty lag = new SimpleStringProperty(this, "lag", "");

        public StringProperty idProperty() {
            return id;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<DependencyType> typeProperty() {
            return type;
        }

        public StringProperty lagProperty() {
            return lag;
        }
    }

    private final CommandRunner runner;
    private final TaskFormats formats;
    private final RowTexts texts;
    private long taskId;
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty percent = new SimpleStringProperty(this, "percent", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty phase = new SimpleStringProperty(this, "phase", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<ConstraintType> constraint = new SimpleObjectProperty<>(this, "constraint");
    private final ObjectProperty<java.time.LocalDate> constraintDate = new SimpleObjectProperty<>(this, "constraintDate");
    private final ObjectProperty<java.time.LocalDate> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule", "");
    private final BooleanProperty summary = new SimpleBooleanProperty(this, "summary");
    private final ObservableList<PredecessorRow> predecessors = FXCollections.observableArrayList();
    private final ObservableList<String> costLines = FXCollections.observableArrayList();
    private final org.genaiplan.ui.riskanalysis.EstimateFields estimate = new org.genaiplan.ui.riskanalysis.EstimateFields();
    private final org.genaiplan.ui.decide.TechniqueFields technique = new org.genaiplan.ui.decide.TechniqueFields();

    public TaskInfoViewModel(CommandRunner runner, TaskFormats formats, RowTexts texts) {
        this.runner = Objects.requireNonNull(runner);
        this.formats = Objects.requireNonNull(formats);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Fills the fields from the task; false when there is no such task. */
    public boolean load(long id) {
        Plan plan = runner.plan();
        Task t = plan == null ? null : plan.task(id);
        if (t == null) {
            return false;
        }
        taskId = id;
        heading.set("ID " + texts.idOf(plan, t) + "  \u00b7  WBS " + plan.wbsCode(t));
        name.set(t.name());
        summary.set(t.hasChildren());
        duration.set(formats.formatDuration(plan, t.hasChildren() ? t.rolledUpDurationMinutes() : t.durationMinutes()));
        percent.set(Math.round(t.rolledUpPercentComplete()) + "");
        owner.set(t.ownerRole() == null ? "" : t.ownerRole());
        phase.set(t.phase() == null ? "" : t.phase());
        notes.set(t.notes());
        constraint.set(t.constraintType());
        constraintDate.set(t.constraintDate());
        deadline.set(t.deadline());
        estimate.load(plan, t, formats);
        technique.load(t);
        DurationFormat durations = new DurationFormat(plan.calendar());
        schedule.set("Start " + texts.text(plan, t, WbsColumn.START) + ", finish " + texts.text(plan, t, WbsColumn.FINISH)
                + "; total slack " + durations.format(t.totalSlackMinutes()) + (t.isCritical() ? " (critical)" : ""));
        predecessors.clear();
        for (Dependency d : plan.predecessorsOf(t)) {
            Task p = plan.task(d.predecessorId());
            PredecessorRow row = new PredecessorRow();
            row.id.set(Integer.toString(texts.idOf(plan, p)));
            row.name.set(p.name());
            row.type.set(d.type());
            row.lag.set(d.lagMinutes() == 0 ? "" : durations.format(d.lagMinutes()));
            predecessors.add(row);
        }
        costLines.clear();
        for (CostLine line : t.costLines()) {
            costLines.add(line.description() + " \u2014 " + line.input().kindLabel() + ": "
                    + MoneyText.format(line.input().amount(plan.prices(), t.durationMinutes())) + " " + plan.currency());
        }
        return true;
    }

    /** Adds an empty predecessor row for the user to fill in. */
    public PredecessorRow addPredecessor() {
        PredecessorRow row = new PredecessorRow();
        predecessors.add(row);
        return row;
    }

    /**
     * Applies the fields that differ from the task as one action; returns null when done (or when nothing
     * changed), else the sentence saying why not, with the plan unchanged.
     */
    public String apply() {
        Plan plan = runner.plan();
        Task t = plan == null ? null : plan.task(taskId);
        if (t == null) {
            return runner.refuse("The task no longer exists.");
        }
        try {
            List<PlanCommand> parts = new ArrayList<>();
            PlanCommand fields = fieldsCommand(plan, t);
            if (fields != null) {
                parts.add(fields);
            }
            parts.addAll(technique.commands(plan, t));
            PlanCommand estimated = t.hasChildren() || t.isMilestone() ? null : estimate.command(plan, t, formats);
            if (estimated != null) {
                parts.add(estimated);
            }
            List<Dependency> links = parsedPredecessors(plan, t);
            if (!links.equals(plan.predecessorsOf(t))) {
                parts.add(new SetPredecessorsCommand(t.id(), links));
            }
            if (parts.isEmpty()) {
                return null;
            }
            return runner.run(new CompositeCommand("Edit Task Information", parts));
        } catch (ValidationException e) {
            return runner.refuse(e.getMessage());
        }
    }

    private PlanCommand fieldsCommand(Plan plan, Task t) {
        String newName = name.get().strip();
        long minutes = t.hasChildren() ? t.durationMinutes() : formats.parseDuration(plan, duration.get().strip());
        int pct = t.hasChildren() ? t.percentComplete() : (int) Math.round(org.genaiplan.ui.input.CellInput.percent(percent.get().strip(), "% complete"));
        String newOwner = switch (org.genaiplan.ui.resources.OwnerInput.resolve(plan, owner.get())) {
            case org.genaiplan.ui.resources.OwnerInput.NoOwner n -> null;
            case org.genaiplan.ui.resources.OwnerInput.Known k -> k.name();
            case org.genaiplan.ui.resources.OwnerInput.Unknown u -> throw new ValidationException(u.explanation());
        };
        String newPhase = phase.get().strip();
        ConstraintType type = constraint.get() == null ? ConstraintType.AS_SOON_AS_POSSIBLE : constraint.get();
        java.time.LocalDate date = type.needsDate() ? constraintDate.get() : null;
        if (type.needsDate() && date == null) {
            throw new ValidationException("The constraint \"" + label(type) + "\" needs a date.");
        }
        java.time.LocalDate newDeadline = EditTaskFieldCommand.checkedDeadline(deadline.get());
        boolean same = newName.equals(t.name()) && minutes == t.durationMinutes() && pct == t.percentComplete()
                && Objects.equals(newOwner, t.ownerRole()) && newPhase.equals(t.phase() == null ? "" : t.phase())
                && notes.get().equals(t.notes()) && type == t.constraintType()
                && Objects.equals(date, t.constraintDate()) && Objects.equals(deadline.get(), t.deadline());
        if (same) {
            return null;
        }
        return new EditTaskFieldCommand(t.id(), "Task Information", task -> {
            task.setName(newName);
            if (!task.hasChildren()) {
                task.setDurationMinutes(minutes);
                task.setMilestone(minutes == 0);
                task.setPercentComplete(pct);
            }
            task.setOwnerRole(newOwner);
            task.setPhase(newPhase);
            task.setNotes(notes.get());
            task.setConstraint(type, date);
            task.setDeadline(newDeadline);
        });
    }

    private List<Dependency> parsedPredecessors(Plan plan, Task t) {
        StringBuilder text = new StringBuilder();
        for (PredecessorRow row : predecessors) {
            String id = row.id.get().strip();
            if (id.isEmpty()) {
                continue;
            }
            String lag = row.lag.get().strip();
            text.append(text.isEmpty() ? "" : ", ").append(id).append(row.type.get() == null ? "FS" : row.type.get());
            if (!lag.isEmpty()) {
                text.append(lag.startsWith("-") || lag.startsWith("+") ? lag : "+" + lag);
            }
        }
        return text.isEmpty() ? List.of() : formats.parsePredecessors(plan, t, text.toString());
    }

    /** A constraint type as the dialog names it. */
    public static String label(ConstraintType type) {
        return switch (type) {
            case AS_SOON_AS_POSSIBLE -> "As soon as possible";
            case START_NO_EARLIER_THAN -> "Start no earlier than";
            case FINISH_NO_LATER_THAN -> "Finish no later than";
            case FINISH_NO_EARLIER_THAN -> "Finish no earlier than";
            case MUST_START_ON -> "Must start on";
        };
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<ConstraintType> constraintProperty() {
        return constraint;
    }

    public ObjectProperty<java.time.LocalDate> constraintDateProperty() {
        return constraintDate;
    }

    /** The task's three-point estimate for risk analysis. */
    public org.genaiplan.ui.riskanalysis.EstimateFields estimate() {
        return estimate;
    }

    /** The task's technique of adapting a model and its cheat-sheet row. */
    public org.genaiplan.ui.decide.TechniqueFields technique() {
        return technique;
    }

    /** Apply defaults: the chosen technique's duration, three-point estimate and missing roles, applied on OK. */
    public String applyTechniqueDefaults() {
        Plan plan = runner.plan();
        return plan == null ? null : technique.applyDefaults(plan, duration, estimate, formats);
    }

    /** The task's deadline (null: none); it never moves the task, finishing later makes it late. */
    public ObjectProperty<java.time.LocalDate> deadlineProperty() {
        return deadline;
    }

    /** The scheduled dates and slack, for reference. */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    /** Whether the task is a summary (its duration and % complete come from its subtasks). */
    public BooleanProperty summaryProperty() {
        return summary;
    }

    public ObservableList<PredecessorRow> predecessors() {
        return predecessors;
    }

    public ObservableList<String> costLines() {
        return costLines;
    }

    public List<String> roleNames() {
        Plan plan = runner.plan();
        return plan == null ? List.of() : org.genaiplan.ui.resources.OwnerInput.ownerNames(plan);
    }
}
