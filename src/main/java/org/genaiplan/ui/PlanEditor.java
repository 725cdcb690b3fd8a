package org.genaiplan.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.ScheduleReport;
import org.genaiplan.schedule.Scheduler;
import org.genaiplan.ui.command.PlanCommand;

/**
 * Runs the commands of the open document. After each executed, undone or redone command it reschedules
 * the plan, commits the change (one transaction per user action), records the command on the undo stack
 * and bumps {@link #revisionProperty()} so views refresh.
 */
public final class PlanEditor {
    private final Supplier<Scheduler> schedulers;
    private Scheduler scheduler;
    private final UndoStack undoStack;
    private final ReadOnlyObjectWrapper<PlanSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean locked;
    private final ReadOnlyStringWrapper storeError = new ReadOnlyStringWrapper(this, "storeError", "");

    /** @param schedulers makes one scheduler per opened document (a scheduler keeps state about its plan) */
    public PlanEditor(Supplier<Scheduler> schedulers, UndoStack undoStack) {
        this.schedulers = Objects.requireNonNull(schedulers);
        this.undoStack = Objects.requireNonNull(undoStack);
    }

    /** Shows a newly opened or created document; its history starts empty. */
    public void setSession(PlanSession newSession, boolean saved) {
        undoStack.clear(saved);
        session.set(newSession);
        scheduler = newSession == null ? null : schedulers.get();
        if (newSession != null) {
            schedule(true);
        } else {
            problem.set("");
        }
        revision.set(revision.get() + 1);
    }

    public PlanSession session() {
        return session.get();
    }

    public Plan plan() {
        PlanSession s = session.get();
        return s == null ? null : s.plan();
    }

    public UndoStack undoStack() {
        return undoStack;
    }

    /**
     * Executes a command as one user action. A {@link ValidationException} means the plan was left
     * unchanged; it is passed on for the caller to show.
     */
    public void execute(PlanCommand command) {
        Plan plan = requirePlan();
        requireUnlocked();
        command.execute(plan);
        undoStack.pushExecuted(command);
        afterChange();
    }

    /**
     * Executes a command as one user action whose effect is checked on the rescheduled plan before anything
     * is committed. {@code check} reads the plan after the command and the reschedule; when it throws a
     * {@link ValidationException} the command is undone, the plan rescheduled as it was, nothing is committed
     * or recorded for undo, and the exception is passed on for the caller to show. Use it for edits whose
     * effect only the schedule can tell, such as a typed start date that the predecessors overrule.
     */
    public void execute(PlanCommand command, Consumer<Plan> check) {
        Plan plan = requirePlan();
        requireUnlocked();
        command.execute(plan);
        schedule(false);
        try {
            check.accept(plan);
        } catch (ValidationException e) {
            command.undo(plan);
            schedule(false);
            throw e;
        }
        undoStack.pushExecuted(command);
        commitAndShow();
    }

    public boolean undo() {
        Plan plan = requirePlan();
        requireUnlocked();
        PlanCommand c = undoStack.stepBack();
        if (c == null) {
            return false;
        }
        try {
            c.undo(plan);
        } catch (RuntimeException e) {
            undoStack.revertStepBack();
            throw e;
        }
        afterChange();
        return true;
    }

    public boolean redo() {
        Plan plan = requirePlan();
        requireUnlocked();
        PlanCommand c = undoStack.stepForward();
        if (c == null) {
            return false;
        }
        try {
            c.redo(plan);
        } catch (RuntimeException e) {
            undoStack.revertStepForward();
            throw e;
        }
        afterChange();
        return true;
    }

    /** While a save reads the plan in the background, edits wait. */
    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    private void requireUnlocked() {
        if (locked) {
            throw new ValidationException("Please wait until the plan is saved.");
        }
    }

    private Plan requirePlan() {
        Plan plan = plan();
        if (plan == null) {
            throw new ValidationException("No plan is open.");
        }
        return plan;
    }

    private void afterChange() {
        schedule(false);
        commitAndShow();
    }

    private void commitAndShow() {
        try {
            session.get().commit();
            storeError.set("");
        } catch (DocumentException e) {
            storeError.set(e.getMessage());
        }
        revision.set(revision.get() + 1);
    }

    /** Recomputes dates and roll-ups; what the scheduler reports (a loop, a missed date) becomes the problem text. */
    private void schedule(boolean full) {
        try {
            ScheduleReport report = full ? scheduler.schedule(plan()) : scheduler.reschedule(plan());
            problem.set(report == null || !report.hasProblems() ? "" : String.join(" ", report.problems()));
        } catch (ValidationException e) {
            problem.set(e.getMessage());
        } catch (RuntimeException e) {
            problem.set("The schedule could not be computed (" + e.getClass().getSimpleName()
                    + "); dates may be out of date.");
        }
    }

    /** Bumped after every change the views should show. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** A scheduling problem of the plan (e.g. a dependency cycle), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last failure to write a change to the working store, or empty. */
    public ReadOnlyStringProperty storeErrorProperty() {
        return storeError.getReadOnlyProperty();
    }
}
