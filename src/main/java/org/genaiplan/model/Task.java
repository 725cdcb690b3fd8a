package org.genaiplan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.genaiplan.model.cost.CostLine;

/**
 * A node of the work breakdown structure. Its inputs (name, duration, owner...) are set by the user
 * and logged for the working store; its scheduled values (dates, slack, critical flag, rolled-up cost)
 * are derived by the scheduler and are not logged. Structure (parent, children) changes only through
 * {@link Plan}, which keeps the tree consistent.
 */
public final class Task {
    private final long id;
    private final ChangeLog log;
    Task parent;
    final List<Task> children = new ArrayList<>(0);

    private String name;
    private boolean milestone;
    private long durationMinutes;
    private int percentComplete;
    private String ownerRole;
    private String notes = "";
    private String phase;
    private ConstraintType constraintType = ConstraintType.AS_SOON_AS_POSSIBLE;
    private LocalDate constraintDate;
    private LocalDate deadline;
    private BigDecimal fixedCost = BigDecimal.ZERO;
    private LocalDateTime actualStart;
    private List<CostLine> costLines = List.of();
    private BigDecimal workActualCost;
    private Estimate estimate;
    private String technique;

    // Derived by the scheduler.
    private LocalDateTime start;
    private LocalDateTime finish;
    private LocalDateTime lateStart;
    private LocalDateTime lateFinish;
    private long totalSlackMinutes;
    private long freeSlackMinutes;
    private boolean critical;
    private long rolledUpDurationMinutes;
    private double rolledUpPercentComplete;
    private BigDecimal cost = BigDecimal.ZERO;

    Task(long id, String name, ChangeLog log) {
        if (id <= 0) {
            throw new IllegalArgumentException("task ids are positive: " + id);
        }
        this.id = id;
        this.log = log;
        this.name = Names.require(name, "A task");
    }

    public long id() {
        return id;
    }

    /** The parent task, or null for a top-level task. */
    public Task parent() {
        return parent;
    }

    public List<Task> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** Summary if it has children, milestone if flagged (and then its duration is zero), task otherwise. */
    public TaskKind kind() {
        if (!children.isEmpty()) {
            return TaskKind.SUMMARY;
        }
        return milestone ? TaskKind.MILESTONE : TaskKind.TASK;
    }

    public boolean isAncestorOf(Task other) {
        for (Task p = other == null ? null : other.parent; p != null; p = p.parent) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    /** Depth in the outline: 1 for a top-level task. */
    public int level() {
        int level = 1;
        for (Task p = parent; p != null; p = p.parent) {
            level++;
        }
        return level;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = Names.require(name, "A task");
        log.task(id);
    }

    public boolean isMilestone() {
        return milestone;
    }

    /** Making a task a milestone sets its duration to zero; a zero duration is what a milestone has. */
    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
        if (milestone) {
            durationMinutes = 0;
        }
        log.task(id);
    }

    /** The task's own duration in working minutes (summaries show {@link #rolledUpDurationMinutes()}). */
    public long durationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(long minutes) {
        if (minutes < 0) {
            throw new ValidationException("A duration cannot be negative.");
        }
        this.durationMinutes = minutes;
        this.milestone = minutes == 0 && milestone;
        log.task(id);
    }

    public int percentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(int percent) {
        if (percent < 0 || percent > 100) {
            throw new ValidationException("% complete must be between 0 and 100, not " + percent + ".");
        }
        if (percent > 0 && actualStart == null && start != null) {
            actualStart = start;
        }
        if (percent == 0) {
            actualStart = null;
        }
        this.percentComplete = percent;
        log.task(id);
    }

    /** The start recorded when work began (% complete went above zero); the scheduler keeps it. */
    public LocalDateTime actualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDateTime actualStart) {
        this.actualStart = actualStart;
        log.task(id);
    }

    /** Name of the owning role, or null. */
    public String ownerRole() {
        return ownerRole;
    }

    public void setOwnerRole(String ownerRole) {
        this.ownerRole = ownerRole == null || ownerRole.isBlank() ? null : ownerRole.strip();
        log.task(id);
    }

    public String notes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
        log.task(id);
    }

    /** The GenAI lifecycle phase this work belongs to, or null. */
    public String phase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase == null || phase.isBlank() ? null : phase.strip();
        log.task(id);
    }

    public ConstraintType constraintType() {
        return constraintType;
    }

    public LocalDate constraintDate() {
        return constraintDate;
    }

    public void setConstraint(ConstraintType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        if (type.needsDate() && date == null) {
            throw new ValidationException("The constraint \"" + type + "\" needs a date.");
        }
        this.constraintType = type;
        this.constraintDate = type.needsDate() ? date : null;
        log.task(id);
    }

    /**
     * The date the task should be finished by, or null for none. As in MS Project a deadline does not move
     * the task: one that finishes later is late (its late finish is capped by the deadline, so its total
     * slack goes negative).
     */
    public LocalDate deadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        log.task(id);
    }

    /** A fixed cost on top of the owner's work (licences, one-off purchases). */
    public BigDecimal fixedCost() {
        return fixedCost;
    }

    public void setFixedCost(BigDecimal fixedCost) {
        Objects.requireNonNull(fixedCost, "fixedCost");
        if (fixedCost.signum() < 0) {
            throw new ValidationException("A cost cannot be negative.");
        }
        this.fixedCost = fixedCost;
        log.task(id);
    }

    /**
     * The task's cost lines beyond the owner's work and the fixed cost: compute, API tokens, data, other
     * roles' hours. The list is immutable; {@link #setCostLines} replaces it, so a changed list is a new one.
     */
    public List<CostLine> costLines() {
        return costLines;
    }

    public void setCostLines(List<CostLine> lines) {
        this.costLines = List.copyOf(lines);
        log.task(id);
    }

    /**
     * The actual cost spent so far on the owner's work and the fixed cost (the cost lines carry their own
     * actuals), or null when none has been entered.
     */
    public BigDecimal workActualCost() {
        return workActualCost;
    }

    public void setWorkActualCost(BigDecimal actual) {
        if (actual != null && actual.signum() < 0) {
            throw new ValidationException("An actual cost cannot be negative.");
        }
        this.workActualCost = actual;
        log.task(id);
    }

    /** The three-point duration estimate for risk analysis, or null when the duration is certain. */
    public Estimate estimate() {
        return estimate;
    }

    public void setEstimate(Estimate estimate) {
        this.estimate = estimate;
        log.task(id);
    }

    /**
     * The id of the technique of adapting a model this task carries out (pre-training, fine-tuning, LoRA, RLHF,
     * prompt engineering, retrieval-augmented generation; the estimation cheat sheet names them), or null.
     */
    public String technique() {
        return technique;
    }

    public void setTechnique(String technique) {
        this.technique = technique == null || technique.isBlank() ? null : technique.strip();
        log.task(id);
    }

    // ---- derived values, written by the scheduler and roll-ups ----

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime finish() {
        return finish;
    }

    public LocalDateTime lateStart() {
        return lateStart;
    }

    public LocalDateTime lateFinish() {
        return lateFinish;
    }

    public long totalSlackMinutes() {
        return totalSlackMinutes;
    }

    public long freeSlackMinutes() {
        return freeSlackMinutes;
    }

    public boolean isCritical() {
        return critical;
    }

    /** Early dates and slack as computed by the scheduler. */
    public void setSchedule(LocalDateTime start, LocalDateTime finish, LocalDateTime lateStart,
                            LocalDateTime lateFinish, long totalSlackMinutes, long freeSlackMinutes,
                            boolean critical) {
        this.start = start;
        this.finish = finish;
        this.lateStart = lateStart;
        this.lateFinish = lateFinish;
        this.totalSlackMinutes = totalSlackMinutes;
        this.freeSlackMinutes = freeSlackMinutes;
        this.critical = critical;
    }

    /** Own duration for a leaf, span of the children's work for a summary. */
    public long rolledUpDurationMinutes() {
        return children.isEmpty() ? durationMinutes : rolledUpDurationMinutes;
    }

    /** Own % complete for a leaf, duration-weighted % complete of the children for a summary. */
    public double rolledUpPercentComplete() {
        return children.isEmpty() ? percentComplete : rolledUpPercentComplete;
    }

    /** Cost of this task including its subtree. */
    public BigDecimal cost() {
        return cost;
    }

    public void setRollUp(long durationMinutes, double percentComplete, BigDecimal cost) {
        this.rolledUpDurationMinutes = durationMinutes;
        this.rolledUpPercentComplete = percentComplete;
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    @Override
    public String toString() {
        return "Task[" + id + " " + name + "]";
    }
}
