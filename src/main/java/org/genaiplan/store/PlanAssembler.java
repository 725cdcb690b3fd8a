package org.genaiplan.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.cost.CostLine;

/**
 * Rebuilds a {@link Plan} from rows that came from outside the running app (a package or the working
 * store) through the model's own methods, so every rule of the model is checked again. Whatever the
 * rows get wrong ends as a {@link ValidationException} with a sentence about it.
 */
public final class PlanAssembler {
    private PlanAssembler() {
    }

    public static Plan assemble(PlanData data) {
        try {
            Plan plan = build(data);
            plan.changes().drain();
            return plan;
        } catch (ValidationException e) {
            throw e;
        } catch (NullPointerException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ValidationException("a value is missing or out of range");
        }
    }

    private static Plan build(PlanData data) {
        PlanData.Settings s = require(data.settings(), "the plan settings are missing");
        Plan plan = new Plan(s.name(), require(s.startDate(), "the plan has no start date"));
        plan.setDescription(s.description());
        plan.setDeadline(s.deadline());
        plan.setStatusDate(s.statusDate());
        plan.setCurrency(s.currency());
        Set<DayOfWeek> days = s.workingDays().isEmpty() ? Set.of() : EnumSet.copyOf(s.workingDays());
        plan.setCalendar(new WorkingCalendar(days, s.dayStart(), s.minutesPerDay(), exceptions(s.exceptions())));
        plan.setDefaultDurationMinutes(s.defaultDurationMinutes());
        addTasks(plan, data.tasks());
        EstimateRows.addTo(plan, data.estimates());
        for (PlanData.DependencyRow d : data.dependencies()) {
            plan.addDependency(new Dependency(d.predecessorId(), d.successorId(),
                    enumValue(DependencyType.class, d.type(), "dependency type"), d.lagMinutes()));
        }
        for (PlanData.RiskRow r : data.risks()) {
            addRisk(plan, r);
        }
        TeamRows.addTo(plan, data.roles(), data.people());
        plan.setQuality(data.quality());
        data.decisions().applyTo(plan);
        plan.setStakeholders(data.stakeholders());
        plan.setLessons(data.lessons());
        PlanData.Costs costs = require(data.costs(), "the price table and budget are missing");
        plan.setPriceTable(CostRows.priceTable(costs));
        plan.setBudget(CostRows.budget(costs));
        plan.setTracking(data.tracking());
        plan.capacity().set(data.capacity().toState());
        return plan;
    }

    private static List<CalendarException> exceptions(List<PlanData.ExceptionRow> rows) {
        List<CalendarException> out = new ArrayList<>(rows.size());
        for (PlanData.ExceptionRow row : rows) {
            require(row, "a calendar exception is empty");
            out.add(new CalendarException(require(row.first(), "a calendar exception has no date"), row.last(),
                    row.name()));
        }
        return out;
    }

    private static void addTasks(Plan plan, List<PlanData.TaskRow> rows) {
        Map<Long, List<PlanData.TaskRow>> byParent = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (PlanData.TaskRow row : rows) {
            if (row.id() <= 0) {
                throw new ValidationException("a task has the invalid id " + row.id());
            }
            if (!ids.add(row.id())) {
                throw new ValidationException("the task id " + row.id() + " appears twice");
            }
            byParent.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row);
        }
        Comparator<PlanData.TaskRow> byPosition = Comparator.comparingInt(PlanData.TaskRow::position);
        byParent.values().forEach(list -> list.sort(byPosition));
        Deque<Long> parents = new ArrayDeque<>();
        parents.push(0L);
        int placed = 0;
        while (!parents.isEmpty()) {
            long parentId = parents.pop();
            Task parent = parentId == 0L ? null : plan.task(parentId);
            for (PlanData.TaskRow row : byParent.getOrDefault(parentId, List.of())) {
                Task task = plan.addTaskWithId(row.id(), parent, row.name());
                fill(task, row);
                placed++;
                parents.push(row.id());
            }
        }
        if (placed != rows.size()) {
            throw new ValidationException((rows.size() - placed)
                    + " tasks have a parent that does not exist or is their own descendant");
        }
    }

    private static void fill(Task task, PlanData.TaskRow row) {
        task.setDurationMinutes(row.durationMinutes());
        task.setMilestone(row.milestone());
        task.setPercentComplete(row.percentComplete());
        task.setActualStart(row.actualStart());
        task.setOwnerRole(row.ownerRole());
        task.setNotes(row.notes());
        task.setPhase(row.phase());
        task.setConstraint(enumValue(ConstraintType.class, row.constraintType(), "constraint"), row.constraintDate());
        task.setDeadline(row.deadline());
        task.setFixedCost(orZero(row.fixedCost()));
        task.setWorkActualCost(row.workActualCost());
        List<CostLine> lines = new ArrayList<>(row.costLines().size());
        for (PlanData.CostLineRow line : row.costLines()) {
            try {
                lines.add(CostRows.line(require(line, "a cost line is empty")));
            } catch (ValidationException e) {
                throw new ValidationException(Sentences.fragment(e.getMessage()) + " (cost line " + (lines.size() + 1)
                        + " of the task \"" + task.name() + "\")");
            }
        }
        task.setCostLines(lines);
    }

    private static void addRisk(Plan plan, PlanData.RiskRow r) {
        if (r.id() <= 0 || plan.risk(r.id()) != null) {
            throw new ValidationException("the risk id " + r.id() + " is invalid or appears twice");
        }
        Risk risk = plan.addRiskWithId(r.id(), r.title());
        risk.setStatement(r.statement());
        risk.setCategory(r.category());
        risk.setPhase(r.phase());
        for (Long taskId : r.linkedTaskIds()) {
            if (taskId == null || plan.task(taskId) == null) {
                throw new ValidationException("the risk " + risk.code() + " is linked to a task that does not exist");
            }
            risk.linkTask(taskId);
        }
        risk.setOwner(r.owner());
        risk.setProbability(r.probability());
        risk.setImpact(r.impact());
        risk.setStrategy(enumValue(ResponseStrategy.class, r.strategy(), "response strategy"));
        risk.setMitigation(r.mitigation());
        risk.setContingency(r.contingency());
        risk.setTrigger(r.trigger());
        risk.setDueDate(r.dueDate());
        risk.setStatus(enumValue(RiskStatus.class, r.status(), "risk status"));
        risk.setResidualProbability(r.residualProbability());
        risk.setResidualImpact(r.residualImpact());
        risk.setCostImpact(orZero(r.costImpact()));
        risk.setRaised(r.raised());
        risk.setLastReviewed(r.lastReviewed());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        require(value, "a " + what + " is missing");
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("\"" + value + "\" is not a known " + what);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static <T> T require(T value, String message) {
        if (value == null) {
            throw new ValidationException(message);
        }
        return value;
    }
}
