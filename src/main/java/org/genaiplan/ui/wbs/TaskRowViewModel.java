package org.genaiplan.ui.wbs;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.TaskFormats;

/**
 * One WBS row as the tree-table shows it: the task's values formatted as text. It is refreshed from the
 * plain {@link Task} after each change; the view never writes to it (edits go through commands).
 */
public final class TaskRowViewModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private final long taskId;
    private final StringProperty wbsCode = new SimpleStringProperty(this, "wbsCode", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty finish = new SimpleStringProperty(this, "finish", "");
    private final StringProperty predecessors = new SimpleStringProperty(this, "predecessors", "");
    private final StringProperty percentComplete = new SimpleStringProperty(this, "percentComplete", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final StringProperty phase = new SimpleStringProperty(this, "phase", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty risks = new SimpleStringProperty(this, "risks", "");
    private final BooleanProperty summary = new SimpleBooleanProperty(this, "summary");
    private final BooleanProperty milestone = new SimpleBooleanProperty(this, "milestone");
    private final BooleanProperty critical = new SimpleBooleanProperty(this, "critical");

    public TaskRowViewModel(long taskId) {
        this.taskId = taskId;
    }

    public long taskId() {
        return taskId;
    }

    // What the texts were made from, so a refresh formats only what changed (large plans refresh often).
    private long seenStructure = -1;
    private long seenDuration = -1;
    private LocalDateTime seenStart;
    private LocalDateTime seenFinish;
    private BigDecimal seenCost;
    private long seenPercent = -1;
    private Object seenCalendar;

    /** Copies the task's current values (inputs, schedule, roll-ups) into the row's properties. */
    void refresh(Plan plan, Task task, TaskFormats formats) {
        boolean calendarChanged = seenCalendar != plan.calendar();
        seenCalendar = plan.calendar();
        if (seenStructure != plan.structureVersion() || calendarChanged) {
            seenStructure = plan.structureVersion();
            wbsCode.set(plan.wbsCode(task));
            predecessors.set(formats.formatPredecessors(plan, task));
        } else if (!plan.predecessorsOf(task).isEmpty() || !predecessors.get().isEmpty()) {
            predecessors.set(formats.formatPredecessors(plan, task));
        }
        name.set(task.name());
        boolean isSummary = task.kind() == TaskKind.SUMMARY;
        summary.set(isSummary);
        milestone.set(task.kind() == TaskKind.MILESTONE);
        critical.set(task.isCritical());
        long minutes = task.rolledUpDurationMinutes();
        if (minutes != seenDuration || calendarChanged) {
            seenDuration = minutes;
            duration.set(formats.formatDuration(plan, minutes));
        }
        if (!java.util.Objects.equals(seenStart, task.start())) {
            seenStart = task.start();
            start.set(date(seenStart));
        }
        if (!java.util.Objects.equals(seenFinish, task.finish())) {
            seenFinish = task.finish();
            finish.set(date(seenFinish));
        }
        long percent = Math.round(task.rolledUpPercentComplete());
        if (percent != seenPercent) {
            seenPercent = percent;
            percentComplete.set(percent + "%");
        }
        BigDecimal shownCost = task.cost().signum() == 0 && !isSummary ? task.fixedCost() : task.cost();
        if (seenCost == null || shownCost.compareTo(seenCost) != 0) {
            seenCost = shownCost;
            cost.set(MoneyText.format(shownCost));
        }
        owner.set(task.ownerRole() == null ? "" : task.ownerRole());
        phase.set(task.phase() == null ? "" : task.phase());
        notes.set(task.notes());
    }

    private static String date(LocalDateTime value) {
        return value == null ? "" : DATE.format(value);
    }

    public ReadOnlyStringProperty wbsCodeProperty() {
        return wbsCode;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration;
    }

    public ReadOnlyStringProperty startProperty() {
        return start;
    }

    public ReadOnlyStringProperty finishProperty() {
        return finish;
    }

    public ReadOnlyStringProperty predecessorsProperty() {
        return predecessors;
    }

    public ReadOnlyStringProperty percentCompleteProperty() {
        return percentComplete;
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner;
    }

    public ReadOnlyStringProperty costProperty() {
        return cost;
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    /** The risks linked to this task, one "R-001 Title" per line; empty when none. */
    public ReadOnlyStringProperty risksProperty() {
        return risks;
    }

    void setRisks(String text) {
        risks.set(text);
    }

    public ReadOnlyBooleanProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty milestoneProperty() {
        return milestone;
    }

    public ReadOnlyBooleanProperty criticalProperty() {
        return critical;
    }

    public String wbsCode() {
        return wbsCode.get();
    }

    public String name() {
        return name.get();
    }

    public boolean isSummary() {
        return summary.get();
    }

    @Override
    public String toString() {
        return wbsCode.get() + " " + name.get();
    }
}
