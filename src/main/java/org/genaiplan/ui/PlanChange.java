package org.genaiplan.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.genaiplan.model.ChangeLog;
import org.genaiplan.schedule.ScheduleReport;

/**
 * What one user action changed, as {@link PlanEditor} publishes it once the action is scheduled and
 * committed: the inputs the action wrote (from the plan's change log, the same set the working store
 * wrote), the tasks the scheduler re-dated or re-rolled, and the late tasks it found. Views update only
 * what it names; {@link #document()} means a different plan (or none) is shown and everything is new.
 *
 * @param document    a document was opened, created or closed: the whole plan is new
 * @param inputs      the user inputs the action changed (tasks, outline, links, risks, roles, plan settings)
 * @param rescheduled tasks whose dates, slack or roll-ups may have changed; ignored when {@link #allRescheduled}
 * @param allRescheduled whether the scheduler recomputed every task
 * @param lateTaskIds the tasks with negative slack after the action, in row order
 */
public record PlanChange(boolean document, ChangeLog.Changes inputs, Set<Long> rescheduled, boolean allRescheduled,
                         List<Long> lateTaskIds) {

    public PlanChange {
        Objects.requireNonNull(inputs, "inputs");
        rescheduled = Set.copyOf(rescheduled);
        lateTaskIds = List.copyOf(lateTaskIds);
    }

    /** A new document (or none): every view starts over. */
    static PlanChange newDocument(ScheduleReport report) {
        return new PlanChange(true, ChangeLog.Changes.NONE, Set.of(), true,
                report == null ? List.of() : report.lateTaskIds());
    }

    /** An action (or its undo or redo) with what the scheduler reported afterwards. */
    static PlanChange action(ChangeLog.Changes inputs, ScheduleReport report) {
        if (report == null) {
            return new PlanChange(false, inputs, Set.of(), true, List.of());
        }
        return new PlanChange(false, inputs, report.changedTaskIds(), report.full(), report.lateTaskIds());
    }

    /** Whether the outline changed (rows added, removed, moved or indented), or the whole plan is new. */
    public boolean structure() {
        return document || inputs.structure();
    }

    /** Whether the task's row may show different values now. */
    public boolean touches(long taskId) {
        return document || allRescheduled || inputs.tasks().contains(taskId) || rescheduled.contains(taskId);
    }

    /** Whether any task's values may have changed (inputs, dates or roll-ups). */
    public boolean anyTask() {
        return document || allRescheduled || !inputs.tasks().isEmpty() || !rescheduled.isEmpty()
                || inputs.structure();
    }

    /** Whether the dependency links changed. */
    public boolean links() {
        return document || inputs.dependencies();
    }

    /** Whether risks were added, removed or edited. */
    public boolean risks() {
        return document || !inputs.risks().isEmpty() || !inputs.removedRisks().isEmpty();
    }

    /** Whether the team roles changed. */
    public boolean roles() {
        return document || inputs.roles();
    }

    /** Whether plan-wide values changed: name, dates, calendar, currency, price table, budgets. */
    public boolean settings() {
        return document || inputs.plan();
    }

    /** Whether costs may differ: any task, role, price or budget change. */
    public boolean costs() {
        return anyTask() || roles() || settings();
    }
}
