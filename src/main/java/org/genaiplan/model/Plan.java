package org.genaiplan.model;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.PriceIndex;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.Prices;
import org.genaiplan.model.cost.TokenPrice;

/**
 * A project plan: its settings, the WBS tree of tasks, the dependencies between them, the risk
 * register and the team's roles and people. All structural changes go through this class so that the outline,
 * the id index and the dependency index stay consistent, and every change lands in {@link #changes()}.
 */
public final class Plan {
    public static final String DEFAULT_CURRENCY = "USD";
    /** The name of a new plan nobody has named yet; saving it as a file names it after the file. */
    public static final String UNTITLED = "Untitled plan";

    private final ChangeLog changes = new ChangeLog();
    private String name;
    private String description = "";
    private LocalDate startDate;
    private LocalDate deadline;
    private LocalDate statusDate;
    private long defaultDurationMinutes = WorkingCalendar.standard().minutesPerDay();
    private String currency = DEFAULT_CURRENCY;
    private WorkingCalendar calendar = WorkingCalendar.standard();

    private final List<Task> roots = new ArrayList<>();
    private final Map<Long, Task> tasksById = new HashMap<>();
    private long nextTaskId = 1;
    private long structureVersion;
    private long dependencyVersion;
    private Map<Long, String> wbsCodes = Map.of();
    private long wbsCodesVersion = -1;
    private List<Task> order = List.of();
    private long orderVersion = -1;

    private final Set<Dependency> dependencies = new LinkedHashSet<>();
    private final Map<Long, List<Dependency>> predecessorsOf = new HashMap<>();
    private final Map<Long, List<Dependency>> successorsOf = new HashMap<>();

    private final List<Risk> risks = new ArrayList<>();
    private final Map<Long, Risk> risksById = new HashMap<>();
    private long nextRiskId = 1;
    private final Resources resources = new Resources(changes);
    private final Capacity capacity = new Capacity(changes, id -> tasksById.containsKey(id));
    private PriceTable priceTable = PriceTable.empty();
    private PriceIndex priceIndex = PriceIndex.of(priceTable);
    private Budget budget = Budget.none();
    private org.genaiplan.model.tracking.Tracking tracking = org.genaiplan.model.tracking.Tracking.NONE;
    private org.genaiplan.model.quality.QualityPlan quality = org.genaiplan.model.quality.QualityPlan.EMPTY;
    private org.genaiplan.model.decision.SelectionMatrix selection = org.genaiplan.model.decision.SelectionMatrix.EMPTY;
    private org.genaiplan.model.people.StakeholderPlan stakeholders = org.genaiplan.model.people.StakeholderPlan.EMPTY;
    private org.genaiplan.model.decision.BusinessCase businessCase = org.genaiplan.model.decision.BusinessCase.NONE;
    private org.genaiplan.model.lessons.LessonLog lessons = org.genaiplan.model.lessons.LessonLog.EMPTY;
    private final Prices prices = new Prices() {
        @Override
        public java.math.BigDecimal roleRate(String role) {
            return resources.rateOf(role);
        }

        @Override
        public GpuPrice gpu(String type) {
            return priceIndex.gpu(type);
        }

        @Override
        public TokenPrice model(String name) {
            return priceIndex.model(name);
        }
    };

    public Plan(String name, LocalDate startDate) {
        this.name = Names.require(name, "A plan");
        this.startDate = Objects.requireNonNull(startDate, "startDate");
    }

    /** What changed since the working store last saved; the store drains it after each action. */
    public ChangeLog changes() {
        return changes;
    }

    // ---- settings ----

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = Names.require(name, "A plan");
        changes.plan();
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
        changes.plan();
    }

    public LocalDate startDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        changes.plan();
    }

    /** The date the plan must finish by, or null. */
    public LocalDate deadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        changes.plan();
    }

    /** True while the plan still has the name a new plan gets ({@link #UNTITLED}). */
    public boolean isUntitled() {
        return UNTITLED.equals(name);
    }

    /** The date progress is reported as of, or null (then today is used). */
    public LocalDate statusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
        changes.plan();
    }

    /** The duration a new task gets, in working minutes. */
    public long defaultDurationMinutes() {
        return defaultDurationMinutes;
    }

    public void setDefaultDurationMinutes(long minutes) {
        this.defaultDurationMinutes = checkDefaultDuration(minutes);
        changes.plan();
    }

    /** Refuses a default duration that is not a positive number of minutes up to a hundred years. */
    public static long checkDefaultDuration(long minutes) {
        if (minutes <= 0 || minutes > 100L * 366 * 24 * 60) {
            throw new ValidationException("The default duration for new tasks must be more than zero.");
        }
        return minutes;
    }

    public String currency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currencyCode(currency);
        changes.plan();
    }

    /** The three-letter currency code, upper-cased, or a refusal saying what a code looks like. */
    public static String currencyCode(String currency) {
        if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
            throw new ValidationException("A currency is a three-letter code such as USD or EUR.");
        }
        return currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public void setCalendar(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        changes.plan();
    }

    // ---- the WBS tree ----

    /** The children of {@code parent}, or the top-level tasks when it is null. */
    public List<Task> children(Task parent) {
        return Collections.unmodifiableList(siblingsList(parent));
    }

    public List<Task> roots() {
        return Collections.unmodifiableList(roots);
    }

    public Task task(long id) {
        return tasksById.get(id);
    }

    public boolean contains(Task task) {
        return task != null && tasksById.get(task.id()) == task;
    }

    public int taskCount() {
        return tasksById.size();
    }

    /** Counts bumped on every change of the outline, for caches derived from it. */
    public long structureVersion() {
        return structureVersion;
    }

    /** Counts bumped on every added or removed dependency, for caches derived from the network. */
    public long dependencyVersion() {
        return dependencyVersion;
    }

    /** Adds a new task named {@code name} under {@code parent} (null: top level) at {@code index}. */
    public Task addTask(Task parent, int index, String name) {
        Task task = new Task(nextTaskId, name, changes);
        insertWithId(task, parent, index);
        return task;
    }

    /** Adds a new task at the end of {@code parent}'s children. */
    public Task addTask(Task parent, String name) {
        return addTask(parent, siblingsList(parent).size(), name);
    }

    /**
     * Creates a task with a given id, for readers that rebuild a saved plan. The id must be unused.
     */
    public Task addTaskWithId(long id, Task parent, String name) {
        if (tasksById.containsKey(id)) {
            throw new IllegalArgumentException("task id " + id + " is already used");
        }
        Task task = new Task(id, name, changes);
        insertWithId(task, parent, siblingsList(parent).size());
        return task;
    }

    private void insertWithId(Task task, Task parent, int index) {
        requireMember(parent);
        List<Task> siblings = siblingsList(parent);
        checkIndex(index, siblings.size());
        siblings.add(index, task);
        task.parent = parent;
        tasksById.put(task.id(), task);
        nextTaskId = Math.max(nextTaskId, task.id() + 1);
        changes.task(task.id());
        changes.childOrder(parentKey(parent));
        structureChanged();
    }

    /**
     * Removes a task with its subtree, the dependencies that touch the subtree and the risk links to it.
     * The returned value restores all of it.
     */
    public RemovedTasks remove(Task task) {
        requireMember(task);
        Set<Long> ids = new HashSet<>();
        forEachInSubtree(task, t -> ids.add(t.id()));
        List<Dependency> removedDeps = new ArrayList<>();
        for (long id : ids) {
            for (Dependency d : predecessorsOf.getOrDefault(id, List.of())) {
                removedDeps.add(d);
            }
            for (Dependency d : successorsOf.getOrDefault(id, List.of())) {
                if (!ids.contains(d.successorId())) {
                    removedDeps.add(d);
                }
            }
        }
        removedDeps.forEach(this::unindex);
        if (!removedDeps.isEmpty()) {
            changes.dependencies();
        }
        Map<Long, Set<Long>> links = new LinkedHashMap<>();
        for (Risk risk : risks) {
            Set<Long> dropped = new LinkedHashSet<>();
            for (long linked : risk.linkedTaskIds()) {
                if (ids.contains(linked)) {
                    dropped.add(linked);
                }
            }
            if (!dropped.isEmpty()) {
                dropped.forEach(risk::unlinkTask);
                links.put(risk.id(), dropped);
            }
        }
        Task parent = task.parent;
        List<Task> siblings = siblingsList(parent);
        int index = siblings.indexOf(task);
        siblings.remove(index);
        for (long id : ids) {
            tasksById.remove(id);
            changes.taskRemoved(id);
        }
        changes.childOrder(parentKey(parent));
        structureChanged();
        return new RemovedTasks(task, parent, index, List.copyOf(removedDeps), links);
    }

    /** Puts back what {@link #remove(Task)} took out, with the same ids, order, links and fields. */
    public void restore(RemovedTasks removed) {
        Task root = removed.root();
        requireMember(removed.parent());
        List<Task> siblings = siblingsList(removed.parent());
        checkIndex(removed.index(), siblings.size());
        forEachInSubtree(root, t -> {
            if (tasksById.containsKey(t.id())) {
                throw new IllegalStateException("task id " + t.id() + " is in use; cannot restore");
            }
        });
        siblings.add(removed.index(), root);
        root.parent = removed.parent();
        forEachInSubtree(root, t -> {
            tasksById.put(t.id(), t);
            nextTaskId = Math.max(nextTaskId, t.id() + 1);
            changes.task(t.id());
            changes.childOrder(t.id());
        });
        changes.childOrder(parentKey(removed.parent()));
        for (Dependency d : removed.dependencies()) {
            index(d);
        }
        if (!removed.dependencies().isEmpty()) {
            changes.dependencies();
        }
        removed.riskLinks().forEach((riskId, taskIds) -> {
            Risk risk = risk(riskId);
            if (risk != null) {
                taskIds.forEach(risk::linkTask);
            }
        });
        structureChanged();
    }

    /**
     * Moves a task (with its subtree) to position {@code index} among the children of
     * {@code newParent} (null: top level). The index counts the new siblings without the task itself.
     */
    public void move(Task task, Task newParent, int index) {
        requireMember(task);
        requireMember(newParent);
        if (newParent == task || task.isAncestorOf(newParent)) {
            throw new ValidationException("\"" + task.name() + "\" cannot be moved under itself.");
        }
        Task oldParent = task.parent;
        List<Task> oldSiblings = siblingsList(oldParent);
        oldSiblings.remove(task);
        List<Task> newSiblings = siblingsList(newParent);
        if (index < 0 || index > newSiblings.size()) {
            oldSiblings.add(task); // keep the tree whole before reporting
            throw new IndexOutOfBoundsException("index " + index + " of " + newSiblings.size());
        }
        newSiblings.add(index, task);
        task.parent = newParent;
        changes.task(task.id());
        changes.childOrder(parentKey(oldParent));
        changes.childOrder(parentKey(newParent));
        structureChanged();
    }

    /** The position of a task among its siblings. */
    public int indexOf(Task task) {
        requireMember(task);
        return siblingsList(task.parent).indexOf(task);
    }

    /**
     * Every task, parents before children, siblings in order (the order of the WBS rows). The list cannot be
     * changed; it is made once per shape of the outline and stays as it was when the outline changes again.
     */
    public List<Task> tasksInOrder() {
        if (orderVersion != structureVersion) {
            order = java.util.Collections.unmodifiableList(walkInOrder());
            orderVersion = structureVersion;
        }
        return order;
    }

    private List<Task> walkInOrder() {
        List<Task> out = new ArrayList<>(tasksById.size());
        Deque<Task> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            out.add(t);
            for (int i = t.children.size() - 1; i >= 0; i--) {
                stack.push(t.children.get(i));
            }
        }
        return out;
    }

    /** Calls {@code action} on the task and every descendant, parents first. */
    public static void forEachInSubtree(Task task, Consumer<Task> action) {
        Deque<Task> stack = new ArrayDeque<>();
        stack.push(task);
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            action.accept(t);
            for (int i = t.children.size() - 1; i >= 0; i--) {
                stack.push(t.children.get(i));
            }
        }
    }

    /** The outline code of a task: 1, 1.2, 1.2.3. */
    public String wbsCode(Task task) {
        requireMember(task);
        if (wbsCodesVersion != structureVersion && looseCodes(structureVersion)) {
            return codeOf(task);
        }
        return wbsCodes().get(task.id());
    }

    /** How many codes are read one by one after a change of the outline before every code is worked out. */
    private static final int LOOSE_CODES = 64;
    private long looseCodesVersion = -1;
    private int looseCodesRead;

    /**
     * Whether one more code may be read from its task's ancestors: after a change of the outline the first
     * few are (a schedule report naming three late tasks), so that they do not work out every task's code.
     */
    private boolean looseCodes(long version) {
        if (looseCodesVersion != version) {
            looseCodesVersion = version;
            looseCodesRead = 0;
        }
        return looseCodesRead++ < LOOSE_CODES;
    }

    /** The outline code of one task, from its and its ancestors' places among their siblings. */
    private String codeOf(Task task) {
        java.util.ArrayDeque<Integer> places = new java.util.ArrayDeque<>();
        for (Task t = task; t != null; t = t.parent) {
            places.push(siblingsList(t.parent).indexOf(t) + 1);
        }
        StringBuilder code = new StringBuilder();
        for (int place : places) {
            code.append(code.isEmpty() ? "" : ".").append(place);
        }
        return code.toString();
    }

    /** The task with outline code {@code code}, or null. */
    public Task taskByWbsCode(String code) {
        Map<Long, String> codes = wbsCodes();
        Task node = null;
        for (String part : code.strip().split("\\.", -1)) {
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return null;
            }
            List<Task> siblings = siblingsList(node);
            if (n < 1 || n > siblings.size()) {
                return null;
            }
            node = siblings.get(n - 1);
        }
        return node != null && codes.containsKey(node.id()) ? node : null;
    }

    private Map<Long, String> wbsCodes() {
        if (wbsCodesVersion != structureVersion) {
            Map<Long, String> codes = new HashMap<>(tasksById.size() * 2);
            assignCodes(roots, "", codes);
            wbsCodes = codes;
            wbsCodesVersion = structureVersion;
        }
        return wbsCodes;
    }

    private static void assignCodes(List<Task> level, String prefix, Map<Long, String> codes) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {level, prefix});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            @SuppressWarnings("unchecked")
            List<Task> tasks = (List<Task>) frame[0];
            String p = (String) frame[1];
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                String code = p + (i + 1);
                codes.put(t.id(), code);
                if (!t.children.isEmpty()) {
                    stack.push(new Object[] {t.children, code + "."});
                }
            }
        }
    }

    // ---- dependencies ----

    public Collection<Dependency> dependencies() {
        return Collections.unmodifiableSet(dependencies);
    }

    public List<Dependency> predecessorsOf(Task task) {
        return Collections.unmodifiableList(predecessorsOf.getOrDefault(task.id(), List.of()));
    }

    public List<Dependency> successorsOf(Task task) {
        return Collections.unmodifiableList(successorsOf.getOrDefault(task.id(), List.of()));
    }

    /**
     * Adds a dependency between two tasks of this plan. A second link between the same pair is refused.
     * Cycles are checked by the scheduler's graph before a command calls this.
     */
    public void addDependency(Dependency dependency) {
        Task pred = tasksById.get(dependency.predecessorId());
        Task succ = tasksById.get(dependency.successorId());
        if (pred == null || succ == null) {
            throw new ValidationException("A dependency must link two tasks of this plan.");
        }
        if (linked(pred.id(), succ.id())) {
            throw new ValidationException("\"" + succ.name() + "\" already depends on \"" + pred.name() + "\".");
        }
        index(dependency);
        changes.dependencies();
    }

    /** Whether a link from pred to succ exists; looks through the shorter of the two tasks' lists. */
    private boolean linked(long pred, long succ) {
        List<Dependency> into = predecessorsOf.getOrDefault(succ, List.of());
        List<Dependency> from = into.size() <= 8 ? into : successorsOf.getOrDefault(pred, List.of());
        if (into.size() <= from.size()) {
            for (Dependency d : into) {
                if (d.predecessorId() == pred) {
                    return true;
                }
            }
        } else {
            for (Dependency d : from) {
                if (d.successorId() == succ) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeDependency(Dependency dependency) {
        if (!dependencies.contains(dependency)) {
            return false;
        }
        unindex(dependency);
        changes.dependencies();
        return true;
    }

    private void index(Dependency d) {
        dependencyVersion++;
        dependencies.add(d);
        predecessorsOf.computeIfAbsent(d.successorId(), k -> new ArrayList<>(2)).add(d);
        successorsOf.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>(2)).add(d);
    }

    private void unindex(Dependency d) {
        dependencyVersion++;
        dependencies.remove(d);
        removeFrom(predecessorsOf, d.successorId(), d);
        removeFrom(successorsOf, d.predecessorId(), d);
    }

    private static void removeFrom(Map<Long, List<Dependency>> index, long key, Dependency d) {
        List<Dependency> list = index.get(key);
        if (list != null) {
            list.remove(d);
            if (list.isEmpty()) {
                index.remove(key);
            }
        }
    }

    // ---- risks ----

    public List<Risk> risks() {
        return Collections.unmodifiableList(risks);
    }

    public Risk risk(long id) {
        return risksById.get(id);
    }

    public Risk addRisk(String title) {
        return addRiskWithId(nextRiskId, title);
    }

    /** Creates a risk with a given id, for readers that rebuild a saved plan. */
    public Risk addRiskWithId(long id, String title) {
        if (risk(id) != null) {
            throw new IllegalArgumentException("risk id " + id + " is already used");
        }
        Risk risk = new Risk(id, title, changes);
        risks.add(risk);
        risksById.put(id, risk);
        nextRiskId = Math.max(nextRiskId, id + 1);
        changes.risk(id);
        return risk;
    }

    /** Removes a risk and returns its position, for undo. */
    public int removeRisk(Risk risk) {
        int index = risks.indexOf(risk);
        if (index < 0) {
            throw new IllegalArgumentException("not a risk of this plan: " + risk);
        }
        risks.remove(index);
        risksById.remove(risk.id());
        changes.riskRemoved(risk.id());
        return index;
    }

    /** Puts a removed risk back at its position. */
    public void restoreRisk(Risk risk, int index) {
        if (risk(risk.id()) != null) {
            throw new IllegalStateException("risk id " + risk.id() + " is in use");
        }
        risks.add(Math.min(index, risks.size()), risk);
        risksById.put(risk.id(), risk);
        nextRiskId = Math.max(nextRiskId, risk.id() + 1);
        changes.risk(risk.id());
    }

    // ---- roles and people ----

    /** The roles and people who can own tasks. */
    /** GPU pools, assignments, leave and levelling delays. */
    public Capacity capacity() {
        return capacity;
    }

    public Resources resources() {
        return resources;
    }

    public Collection<Role> roles() {
        return resources.roles();
    }

    public Role role(String name) {
        return resources.role(name);
    }

    /** Adds a role or replaces the one of the same name. */
    public void putRole(Role role) {
        resources.putRole(role);
    }

    public Role removeRole(String name) {
        return resources.removeRole(name);
    }

    // ---- prices and budget ----

    /** GPU and model prices; role rates are on {@link #roles()}. */
    public PriceTable priceTable() {
        return priceTable;
    }

    public void setPriceTable(PriceTable priceTable) {
        this.priceTable = Objects.requireNonNull(priceTable, "priceTable");
        this.priceIndex = PriceIndex.of(priceTable);
        changes.plan();
    }

    /** Role rates and the price table, as cost lines look prices up. */
    public Prices prices() {
        return prices;
    }

    public Budget budget() {
        return budget;
    }

    public void setBudget(Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        changes.plan();
    }

    /** Baselines, the compared one, the estimate-at-completion method and imported actuals. */
    public org.genaiplan.model.tracking.Tracking tracking() {
        return tracking;
    }

    public void setTracking(org.genaiplan.model.tracking.Tracking tracking) {
        this.tracking = Objects.requireNonNull(tracking, "tracking");
        changes.plan();
    }

    // ---- quality plan ----

    /** The metrics, measurements, issue log and gates (one value; an edit replaces it). */
    public org.genaiplan.model.quality.QualityPlan quality() {
        return quality;
    }

    public void setQuality(org.genaiplan.model.quality.QualityPlan quality) {
        this.quality = Objects.requireNonNull(quality, "quality");
        changes.plan();
    }

    // ---- lessons learned ----

    /** The lessons-learned log (one value; an edit replaces it). */
    public org.genaiplan.model.lessons.LessonLog lessons() {
        return lessons;
    }

    public void setLessons(org.genaiplan.model.lessons.LessonLog lessons) {
        this.lessons = Objects.requireNonNull(lessons, "lessons");
        changes.plan();
    }

    // ---- model selection ----

    /** The model selection matrix: candidates, weighted criteria and the decision. */
    public org.genaiplan.model.decision.SelectionMatrix selection() {
        return selection;
    }

    public void setSelection(org.genaiplan.model.decision.SelectionMatrix selection) {
        this.selection = Objects.requireNonNull(selection, "selection");
        changes.plan();
    }

    // ---- people and communication ----

    /** The stakeholder register, the RACI matrix and the communication plan. */
    public org.genaiplan.model.people.StakeholderPlan stakeholders() {
        return stakeholders;
    }

    public void setStakeholders(org.genaiplan.model.people.StakeholderPlan stakeholders) {
        this.stakeholders = Objects.requireNonNull(stakeholders, "stakeholders");
        changes.plan();
    }

    // ---- business case ----

    /** The business case: benefits, expected volume and an entered run-rate, if any. */
    public org.genaiplan.model.decision.BusinessCase businessCase() {
        return businessCase;
    }

    public void setBusinessCase(org.genaiplan.model.decision.BusinessCase businessCase) {
        this.businessCase = Objects.requireNonNull(businessCase, "businessCase");
        changes.plan();
    }

    // ---- helpers ----

    private List<Task> siblingsList(Task parent) {
        return parent == null ? roots : parent.children;
    }

    private static long parentKey(Task parent) {
        return parent == null ? ChangeLog.ROOT : parent.id();
    }

    private void requireMember(Task task) {
        if (task != null && tasksById.get(task.id()) != task) {
            throw new IllegalArgumentException("not a task of this plan: " + task);
        }
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
    }

    private void structureChanged() {
        structureVersion++;
    }
}
