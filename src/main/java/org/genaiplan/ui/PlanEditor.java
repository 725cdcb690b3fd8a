package org.genaiplan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genaiplan.model.ChangeLog;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.ScheduleReport;
import org.genaiplan.schedule.Scheduler;
import org.genaiplan.ui.command.PlanCommand;

/**
 * Runs the commands of the open document. After each executed, undone or redone command it reschedules
 * the plan, commits what the action changed (one transaction per user action), records the command on the
 * undo stack and publishes one {@link PlanChange} to the views, which update only what it names.
 * It runs on the UI thread only (the plan is not shared with other threads while it is edited).
 */
public final class PlanEditor {
    private final Supplier<Scheduler> schedulers;
    private Scheduler scheduler;
    private final UndoStack undoStack;
    private final ReadOnlyObjectWrapper<PlanSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper storeError = new ReadOnlyStringWrapper(this, "storeError", "");
    private final List<Consumer<PlanChange>> listeners = new ArrayList<>();
    private final BooleanSupplier onUiThread;
    private ScheduleReport lastReport;
    /** Whether the last scheduler run finished, so the next may look at the logged tasks only. */
    private boolean scheduled;
    private final FailureLog failures;

    /** @param schedulers makes one scheduler per opened document (a scheduler keeps state about its plan) */
    public PlanEditor(Supplier<Scheduler> schedulers, UndoStack undoStack) {
        this(schedulers, undoStack, () -> true, FailureLog.NONE);
    }

    /**
     * @param onUiThread tells whether the caller runs on the UI thread; every public method checks it
     * @param failures   where a failure of the scheduler is recorded in full
     */
    public PlanEditor(Supplier<Scheduler> schedulers, UndoStack undoStack, BooleanSupplier onUiThread,
                      FailureLog failures) {
        this.schedulers = Objects.requireNonNull(schedulers);
        this.undoStack = Objects.requireNonNull(undoStack);
        this.onUiThread = Objects.requireNonNull(onUiThread);
        this.failures = Objects.requireNonNull(failures);
    }

    /**
     * Calls {@code listener} with every change, in the order they happen, after the change is scheduled and
     * committed. Listeners registered first are called first.
     */
    public void addChangeListener(Consumer<PlanChange> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** What the last scheduling run reported (late tasks, loops), or null when no plan is open. */
    public ScheduleReport lastReport() {
        return lastReport;
    }

    private void requireUiThread() {
        if (!onUiThread.getAsBoolean()) {
            throw new IllegalStateException("The plan is edited on the UI thread only, not on "
                    + Thread.currentThread().getName() + ".");
        }
    }

    /** Shows a newly opened or created document; its history starts empty. */
    public void setSession(PlanSession newSession, boolean saved) {
        requireUiThread();
        undoStack.clear(saved);
        scheduler = newSession == null ? null : schedulers.get();
        lastReport = null;
        if (newSession != null) {
            lastReport = schedule(newSession.plan(), true);
        } else {
            problem.set("");
        }
        session.set(newSession);
        publish(PlanChange.newDocument(lastReport));
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
        requireUiThread();
        Plan plan = requirePlan();
        command.execute(plan);
        undoStack.pushExecuted(command);
        afterChange();
    }

    /**
     * Executes a command as one user action whose effect is checked on the rescheduled plan before anything
     * is committed. {@code check} reads the plan after the command and the reschedule; when it throws a
     * {@link ValidationException} the command is undone, the plan rescheduled as it was, nothing is committed,
     * recorded for undo or published, and the exception is passed on for the caller to show. Use it for edits
     * whose effect only the schedule can tell, such as a typed start date that the predecessors overrule.
     */
    public void execute(PlanCommand command, Consumer<Plan> check) {
        requireUiThread();
        Plan plan = requirePlan();
        command.execute(plan);
        ScheduleReport report = schedule(plan, false);
        try {
            check.accept(plan);
        } catch (ValidationException e) {
            command.undo(plan);
            schedule(plan, false);
            // the plan is as it was, and as the working store has it: nothing to write
            plan.changes().drain();
            throw e;
        }
        undoStack.pushExecuted(command);
        lastReport = report;
        commitAndPublish(plan);
    }

    public boolean undo() {
        requireUiThread();
        Plan plan = requirePlan();
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
        requireUiThread();
        Plan plan = requirePlan();
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


    private Plan requirePlan() {
        Plan plan = plan();
        if (plan == null) {
            throw new ValidationException("No plan is open.");
        }
        return plan;
    }

    private void afterChange() {
        Plan plan = plan();
        lastReport = schedule(plan, false);
        commitAndPublish(plan);
    }

    /** Writes what the action changed as one transaction, then tells the views. */
    private void commitAndPublish(Plan plan) {
        ChangeLog.Changes inputs = plan.changes().drain();
        try {
            session.get().commit(inputs);
            storeError.set("");
        } catch (DocumentException e) {
            storeError.set(e.getMessage());
        }
        publish(PlanChange.action(inputs, lastReport));
    }

    private void publish(PlanChange change) {
        for (Consumer<PlanChange> listener : List.copyOf(listeners)) {
            listener.accept(change);
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Recomputes dates and roll-ups; what the scheduler reports (a loop, a missed date) becomes the problem
     * text. Returns null when the schedule could not be computed.
     */
    private ScheduleReport schedule(Plan plan, boolean full) {
        try {
            // the change log names every task whose inputs changed since the last run that finished; after a
            // run that failed, the scheduler compares every task again
            ScheduleReport report = full || !scheduled ? scheduler.schedule(plan)
                    : scheduler.reschedule(plan, plan.changes().pendingTasks());
            problem.set(report == null || !report.hasProblems() ? "" : String.join(" ", report.problems()));
            scheduled = true;
            return report;
        } catch (ValidationException e) {
            scheduled = false;
            problem.set(e.getMessage());
        } catch (RuntimeException e) {
            scheduled = false;
            failures.record("Scheduling the plan", e);
            problem.set("The schedule could not be worked out, so dates and slack may be out of date; the details "
                    + "are in the log" + (failures.file() == null ? "." : " (" + failures.file() + ")."));
        }
        return null;
    }

    /** Bumped after every change, after the change listeners ran; prefer {@link #addChangeListener}. */
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
