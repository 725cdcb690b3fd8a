package org.genaiplan.store;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;

/** Turns a plan's inputs into {@link PlanData} rows. */
public final class PlanRows {
    private PlanRows() {
    }

    public static PlanData of(Plan plan) {
        List<PlanData.TaskRow> tasks = new ArrayList<>(plan.taskCount());
        forEachTask(plan, (task, position) -> tasks.add(task(task, position)));
        List<PlanData.DependencyRow> deps = new ArrayList<>(plan.dependencies().size());
        for (Dependency d : plan.dependencies()) {
            deps.add(dependency(d));
        }
        List<PlanData.RiskRow> risks = new ArrayList<>(plan.risks().size());
        for (Risk r : plan.risks()) {
            risks.add(risk(r));
        }
        return new PlanData(settings(plan), tasks, deps, risks, TeamRows.roles(plan), CostRows.costs(plan),
                TeamRows.people(plan), EstimateRows.of(plan), plan.tracking(), CapacityData.of(plan), plan.quality(),
                DecisionData.of(plan), plan.stakeholders(), plan.lessons());
    }

    public static PlanData.Settings settings(Plan plan) {
        WorkingCalendar c = plan.calendar();
        List<PlanData.ExceptionRow> exceptions = new ArrayList<>(c.exceptions().size());
        for (CalendarException e : c.exceptions()) {
            exceptions.add(new PlanData.ExceptionRow(e.first(), e.last(), e.name()));
        }
        return new PlanData.Settings(plan.name(), plan.description(), plan.startDate(), plan.deadline(),
                plan.statusDate(), plan.currency(), List.copyOf(c.workingDays()), c.dayStart(), c.minutesPerDay(),
                plan.defaultDurationMinutes(), exceptions);
    }

    /** Calls {@code action} with every task, parents first, and its position among its siblings. */
    public static void forEachTask(Plan plan, TaskVisitor action) {
        java.util.Deque<Task> parents = new java.util.ArrayDeque<>();
        visitChildren(plan.roots(), action, parents);
        while (!parents.isEmpty()) {
            visitChildren(parents.pop().children(), action, parents);
        }
    }

    private static void visitChildren(List<Task> children, TaskVisitor action, java.util.Deque<Task> parents) {
        for (int i = 0; i < children.size(); i++) {
            Task t = children.get(i);
            action.visit(t, i);
            if (t.hasChildren()) {
                parents.push(t);
            }
        }
    }

    @FunctionalInterface
    public interface TaskVisitor {
        void visit(Task task, int position);
    }

    public static PlanData.TaskRow task(Plan plan, Task t) {
        return task(t, plan.indexOf(t));
    }

    public static PlanData.TaskRow task(Task t, int position) {
        return new PlanData.TaskRow(t.id(), t.parent() == null ? null : t.parent().id(), position, t.name(),
                t.isMilestone(), t.durationMinutes(), t.percentComplete(), t.actualStart(), t.ownerRole(),
                t.notes(), t.phase(), t.constraintType().name(), t.constraintDate(), t.deadline(), t.fixedCost(), t.workActualCost(),
                CostRows.rows(t.costLines()));
    }

    public static PlanData.DependencyRow dependency(Dependency d) {
        return new PlanData.DependencyRow(d.predecessorId(), d.successorId(), d.type().name(), d.lagMinutes());
    }

    public static PlanData.RiskRow risk(Risk r) {
        return new PlanData.RiskRow(r.id(), r.title(), r.statement(), r.category(), r.phase(),
                List.copyOf(r.linkedTaskIds()), r.owner(), r.probability(), r.impact(), r.strategy().name(),
                r.mitigation(), r.contingency(), r.trigger(), r.dueDate(), r.status().name(),
                r.residualProbability(), r.residualImpact(), r.costImpact(), r.raised(), r.lastReviewed());
    }
}
