package org.genaiplan.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.genaiplan.store.PackageLimits.Count;

/**
 * Checks the rows of a package before a plan is built from them: repeated ids, references to tasks that do
 * not exist, the outline's shape and depth, and every value against {@link PackageLimits} (empty items are
 * refused earlier, by {@link EntryScan}).
 * Each refusal is one sentence naming the file, the entry and the item. What the model checks itself (a
 * negative cost, a probability of 7) is left to {@link PlanAssembler}. Linear in the size of the plan.
 */
final class PlanDataCheck {
    private final PackageLimits limits;
    private final ValueCheck values;

    private PlanDataCheck(String file, PackageLimits limits) {
        this.limits = limits;
        this.values = new ValueCheck(file);
    }

    /** Checks the data of {@code file}, or with {@code file} null the data of a plan about to be saved. */
    static void check(PlanData data, PackageLimits limits, String file) throws PlanFileException {
        PlanDataCheck check = new PlanDataCheck(file, limits);
        check.settings(data.settings());
        Set<Long> taskIds = check.tasks(data.tasks());
        check.dependencies(data.dependencies(), taskIds);
        check.risks(data.risks(), taskIds);
        check.roles(data.roles());
        check.people(data.people());
        check.costs(data.costs());
        TrackingCheck.check(data.tracking(), check.values);
    }

    private void count(String entry, Count count, int size) throws PlanFileException {
        if (size > limits.max(count)) {
            throw values.tooMany(entry, count, limits.max(count));
        }
    }

    private void settings(PlanData.Settings s) throws PlanFileException {
        if (s == null) {
            return; // the assembler says the settings are missing
        }
        Supplier<String> subject = () -> "the plan" + values.in(PackageFormat.PLAN);
        values.name(subject, "a name", s.name());
        values.text(subject, "a description", s.description());
        values.date(subject, "a start date", s.startDate());
        values.date(subject, "a deadline", s.deadline());
        values.date(subject, "a status date", s.statusDate());
        values.minutes(subject, "a default duration", s.defaultDurationMinutes());
        values.name(subject, "a currency", s.currency());
        if (s.dayStart() == null) {
            throw values.refuse(subject.get(), "has no time at which the working day starts");
        }
        count(PackageFormat.PLAN, Count.WORKING_DAYS, s.workingDays().size());
        count(PackageFormat.PLAN, Count.EXCEPTIONS, s.exceptions().size());
        for (int i = 0; i < s.exceptions().size(); i++) {
            PlanData.ExceptionRow e = s.exceptions().get(i);
            int number = i + 1;
            Supplier<String> exception = () -> "calendar exception " + number + " of " + subject.get();
            values.date(exception, "a first day", e.first());
            values.date(exception, "a last day", e.last());
            values.name(exception, "a name", e.name());
        }
    }

    /** Checks the tasks and returns their ids. */
    private Set<Long> tasks(List<PlanData.TaskRow> rows) throws PlanFileException {
        String entry = PackageFormat.TASKS;
        count(entry, Count.TASKS, rows.size());
        Map<Long, Integer> index = new HashMap<>(rows.size() * 2);
        int lines = 0;
        for (int i = 0; i < rows.size(); i++) {
            PlanData.TaskRow t = rows.get(i);
            if (index.put(t.id(), i) != null) {
                throw values.refuse("the task id " + t.id(), "appears twice" + values.in(entry));
            }
            lines += t.costLines().size();
            task(t);
        }
        count(entry, Count.COST_LINES, lines);
        new OutlineCheck(values, limits.max(Count.WBS_LEVELS)).check(rows, index);
        return index.keySet();
    }

    private void task(PlanData.TaskRow t) throws PlanFileException {
        Supplier<String> subject = () -> ValueCheck.named("task", t.id(), t.name()) + values.in(PackageFormat.TASKS);
        values.name(subject, "a name", t.name());
        values.minutes(subject, "a duration", t.durationMinutes());
        values.date(subject, "an actual start", t.actualStart());
        values.name(subject, "an owner", t.ownerRole());
        values.text(subject, "notes", t.notes());
        values.name(subject, "a phase", t.phase());
        values.date(subject, "a constraint date", t.constraintDate());
        values.date(subject, "a deadline", t.deadline());
        values.money(subject, "a fixed cost", t.fixedCost());
        values.money(subject, "an actual cost", t.workActualCost());
        for (int i = 0; i < t.costLines().size(); i++) {
            PlanData.CostLineRow line = t.costLines().get(i);
            int number = i + 1;
            costLine(() -> "cost line " + number + " of " + subject.get(), line);
        }
    }

    private void costLine(Supplier<String> subject, PlanData.CostLineRow l) throws PlanFileException {
        values.text(subject, "a description", l.description());
        values.name(subject, "a role", l.role());
        values.name(subject, "a GPU type", l.gpuType());
        values.name(subject, "a model", l.model());
        values.quantity(subject, "hours", l.hours());
        values.quantity(subject, "a GPU count", l.gpuCount());
        values.quantity(subject, "requests per month", l.requestsPerMonth());
        values.quantity(subject, "input tokens", l.inputTokens());
        values.quantity(subject, "output tokens", l.outputTokens());
        values.quantity(subject, "months", l.months());
        values.quantity(subject, "items", l.items());
        values.quantity(subject, "minutes per item", l.minutesPerItem());
        values.money(subject, "an amount", l.amount());
        values.money(subject, "an actual cost", l.actual());
    }

    private void dependencies(List<PlanData.DependencyRow> rows, Set<Long> taskIds) throws PlanFileException {
        String entry = PackageFormat.DEPENDENCIES;
        count(entry, Count.DEPENDENCIES, rows.size());
        Set<Link> pairs = new HashSet<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            PlanData.DependencyRow d = rows.get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "dependency " + number + values.in(entry);
            for (long id : new long[] {d.predecessorId(), d.successorId()}) {
                if (!taskIds.contains(id)) {
                    throw values.refuse(subject.get(), "names the task " + id + ", which does not exist");
                }
            }
            values.minutes(subject, "a lag", d.lagMinutes());
            if (!pairs.add(new Link(d.predecessorId(), d.successorId()))) {
                throw values.refuse(subject.get(), "links the task " + d.predecessorId() + " to the task " + d.successorId()
                        + " a second time");
            }
        }
    }

    /** A link between two tasks, whatever its type and lag. */
    private record Link(long predecessor, long successor) {
    }

    private void risks(List<PlanData.RiskRow> rows, Set<Long> taskIds) throws PlanFileException {
        String entry = PackageFormat.RISKS;
        count(entry, Count.RISKS, rows.size());
        Set<Long> ids = new HashSet<>(rows.size() * 2);
        int links = 0;
        for (int i = 0; i < rows.size(); i++) {
            PlanData.RiskRow r = rows.get(i);
            if (!ids.add(r.id())) {
                throw values.refuse("the risk id " + r.id(), "appears twice" + values.in(entry));
            }
            Supplier<String> subject = () -> ValueCheck.named("risk", r.id(), r.title()) + values.in(entry);
            links += r.linkedTaskIds().size();
            for (Long taskId : r.linkedTaskIds()) {
                if (!taskIds.contains(taskId)) {
                    throw values.refuse(subject.get(), "is linked to the task " + taskId + ", which does not exist");
                }
            }
            risk(subject, r);
        }
        count(entry, Count.RISK_LINKS, links);
    }

    private void risk(Supplier<String> subject, PlanData.RiskRow r) throws PlanFileException {
        values.name(subject, "a title", r.title());
        values.text(subject, "a statement", r.statement());
        values.name(subject, "a category", r.category());
        values.name(subject, "a phase", r.phase());
        values.name(subject, "an owner", r.owner());
        values.text(subject, "a mitigation", r.mitigation());
        values.text(subject, "a contingency", r.contingency());
        values.text(subject, "a trigger", r.trigger());
        values.date(subject, "a due date", r.dueDate());
        values.date(subject, "a date raised", r.raised());
        values.date(subject, "a date last reviewed", r.lastReviewed());
        values.money(subject, "a cost impact", r.costImpact());
    }

    private void roles(List<PlanData.RoleRow> rows) throws PlanFileException {
        String entry = PackageFormat.ROLES;
        count(entry, Count.ROLES, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlanData.RoleRow r = rows.get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "the role " + number + (r.name() == null ? ""
                    : " (\"" + Sentences.printable(r.name(), 40) + "\")") + values.in(entry);
            values.name(subject, "a name", r.name());
            values.money(subject, "a rate", r.ratePerHour());
            values.name(subject, "an availability note", r.availability());
        }
    }

    private void people(List<PlanData.PersonRow> rows) throws PlanFileException {
        String entry = PackageFormat.PEOPLE;
        count(entry, Count.PEOPLE, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlanData.PersonRow p = rows.get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "the person " + number + (p.name() == null ? ""
                    : " (\"" + Sentences.printable(p.name(), 40) + "\")") + values.in(entry);
            values.name(subject, "a name", p.name());
            values.name(subject, "a role", p.role());
            values.money(subject, "a rate", p.ratePerHour());
            values.name(subject, "an availability note", p.availability());
        }
    }

    private void costs(PlanData.Costs c) throws PlanFileException {
        if (c == null) {
            return; // the assembler says the price table is missing
        }
        String entry = PackageFormat.COSTS;
        String table = "the price table" + values.in(entry);
        Supplier<String> tableSubject = () -> table;
        values.date(tableSubject, "a price date", c.pricedOn());
        values.money(tableSubject, "a plan budget", c.budget());
        count(entry, Count.GPU_TYPES, c.gpus().size());
        for (int i = 0; i < c.gpus().size(); i++) {
            PlanData.GpuRow g = c.gpus().get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "GPU type " + number + " of " + table;
            values.name(subject, "a name", g.name());
            values.money(subject, "a price per GPU-hour", g.pricePerHour());
            values.quantity(subject, "a peak TFLOP/s", g.peakTflops());
        }
        count(entry, Count.MODELS, c.models().size());
        for (int i = 0; i < c.models().size(); i++) {
            PlanData.ModelRow m = c.models().get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "model " + number + " of " + table;
            values.name(subject, "a name", m.model());
            values.money(subject, "an input price", m.inputPerMillion());
            values.money(subject, "an output price", m.outputPerMillion());
        }
        count(entry, Count.PHASE_BUDGETS, c.phaseBudgets().size());
        for (int i = 0; i < c.phaseBudgets().size(); i++) {
            PlanData.PhaseBudgetRow b = c.phaseBudgets().get(i);
            int number = i + 1;
            Supplier<String> subject = () -> "phase budget " + number + values.in(entry);
            values.name(subject, "a phase", b.phase());
            values.money(subject, "an amount", b.amount());
        }
    }
}
