package org.genaiplan.ui.wbs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.command.DeleteTasksCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.IndentTasksCommand;
import org.genaiplan.ui.command.InsertTaskCommand;
import org.genaiplan.ui.command.InsertTemplateFragmentCommand;
import org.genaiplan.ui.command.MoveTasksCommand;
import org.genaiplan.ui.command.OutdentTasksCommand;
import org.genaiplan.ui.command.PasteTasksCommand;
import org.genaiplan.ui.command.PlanFragment;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.RelocateTasksCommand;
import org.genaiplan.ui.command.SetPredecessorsCommand;
import org.genaiplan.ui.command.TaskSubtree;

/**
 * The WBS sheet's state: a tree of {@link TreeItem}s over {@link TaskRowViewModel}s that mirrors the
 * plan's outline, and the sheet's actions (insert, delete, indent, edit a cell...), each run as one
 * command through the {@link PlanEditor}.
 *
 * <p>Tree items are made once per task and kept: after a structural change only the child lists that
 * differ are replaced, so expansion and scrolling survive and large plans stay fast.
 */
public final class WbsTreeViewModel {
    private final PlanEditor editor;
    private final TaskFormats formats;
    private final PlanSelection selection;
    private final StringProperty statusMessage;
    private final CommandRunner runner;
    private final RowClipboard clipboard;

    private final TreeItem<TaskRowViewModel> root = new TreeItem<>();
    private final Map<Long, TreeItem<TaskRowViewModel>> items = new HashMap<>();
    private final ObservableList<String> roleNames = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper taskCount = new ReadOnlyIntegerWrapper(this, "taskCount");
    private Plan shownPlan;
    private boolean syncing;
    private long shownStructure = -1;

    public WbsTreeViewModel(PlanEditor editor, TaskFormats formats, PlanSelection selection,
                            StringProperty statusMessage, RowClipboard clipboard) {
        this.editor = Objects.requireNonNull(editor);
        this.formats = Objects.requireNonNull(formats);
        this.selection = Objects.requireNonNull(selection);
        this.statusMessage = Objects.requireNonNull(statusMessage);
        this.runner = new CommandRunner(editor, statusMessage);
        this.clipboard = Objects.requireNonNull(clipboard);
        root.setExpanded(true);
        editor.revisionProperty().addListener((obs, o, n) -> sync());
        sync();
    }

    // ---- the tree ----

    public TreeItem<TaskRowViewModel> root() {
        return root;
    }

    public TreeItem<TaskRowViewModel> itemOf(long taskId) {
        return items.get(taskId);
    }

    public ObservableList<String> roleNames() {
        return roleNames;
    }

    public ReadOnlyIntegerProperty taskCountProperty() {
        return taskCount.getReadOnlyProperty();
    }

    public Plan plan() {
        return editor.plan();
    }

    /** Brings the tree in line with the plan after a change: structure where it changed, then values. */
    void sync() {
        syncing = true;
        try {
            doSync();
        } finally {
            syncing = false;
        }
    }

    /** True while the tree follows a change of the plan; views ignore selection noise meanwhile. */
    boolean isSyncing() {
        return syncing;
    }

    private void doSync() {
        Plan plan = editor.plan();
        if (plan != shownPlan) {
            rebuild(plan);
        } else if (plan != null && plan.structureVersion() != shownStructure) {
            syncStructure(plan);
        }
        if (plan != null) {
            refreshValues(plan);
            List<String> roles = org.genaiplan.ui.resources.OwnerInput.ownerNames(plan);
            if (!roles.equals(roleNames)) {
                roleNames.setAll(roles);
            }
        } else {
            roleNames.clear();
        }
        taskCount.set(plan == null ? 0 : plan.taskCount());
    }

    private void rebuild(Plan plan) {
        items.clear();
        shownPlan = plan;
        if (plan == null) {
            root.getChildren().clear();
            shownStructure = -1;
            selection.clear();
            return;
        }
        List<TreeItem<TaskRowViewModel>> top = new ArrayList<>(plan.roots().size());
        for (Task t : plan.roots()) {
            top.add(build(t));
        }
        root.getChildren().setAll(top);
        shownStructure = plan.structureVersion();
        selection.clear();
    }

    private TreeItem<TaskRowViewModel> build(Task task) {
        TreeItem<TaskRowViewModel> item = newItem(task);
        if (task.hasChildren()) {
            List<TreeItem<TaskRowViewModel>> kids = new ArrayList<>(task.children().size());
            for (Task c : task.children()) {
                kids.add(build(c));
            }
            item.getChildren().setAll(kids);
        }
        return item;
    }

    private TreeItem<TaskRowViewModel> newItem(Task task) {
        TreeItem<TaskRowViewModel> item = new TreeItem<>(new TaskRowViewModel(task.id()));
        item.setExpanded(true);
        items.put(task.id(), item);
        return item;
    }

    private void syncStructure(Plan plan) {
        Set<Long> live = new HashSet<>(plan.taskCount() * 2);
        Map<TreeItem<TaskRowViewModel>, List<TreeItem<TaskRowViewModel>>> changed = new HashMap<>();
        collectChanges(root, plan.roots(), live, changed);
        for (Task t : plan.tasksInOrder()) {
            live.add(t.id());
            TreeItem<TaskRowViewModel> item = items.get(t.id());
            collectChanges(item, t.children(), live, changed);
        }
        // Empty every changed list first so that no item is ever a child of two parents.
        changed.keySet().forEach(parent -> parent.getChildren().clear());
        changed.forEach((parent, kids) -> parent.getChildren().setAll(kids));
        items.keySet().retainAll(live);
        shownStructure = plan.structureVersion();
    }

    private void collectChanges(TreeItem<TaskRowViewModel> parent, List<Task> children, Set<Long> live,
                                Map<TreeItem<TaskRowViewModel>, List<TreeItem<TaskRowViewModel>>> changed) {
        List<TreeItem<TaskRowViewModel>> current = parent.getChildren();
        boolean same = current.size() == children.size();
        List<TreeItem<TaskRowViewModel>> wanted = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Task c = children.get(i);
            TreeItem<TaskRowViewModel> item = items.get(c.id());
            if (item == null) {
                item = build(c);
            }
            wanted.add(item);
            if (same && current.get(i) != item) {
                same = false;
            }
        }
        if (!same) {
            changed.put(parent, wanted);
        }
    }

    private void refreshValues(Plan plan) {
        Map<Long, StringBuilder> risksByTask = new HashMap<>();
        for (org.genaiplan.model.Risk r : plan.risks()) {
            for (long id : r.linkedTaskIds()) {
                StringBuilder b = risksByTask.computeIfAbsent(id, k -> new StringBuilder());
                b.append(b.isEmpty() ? "" : "\n").append(r.code()).append(' ').append(r.title());
            }
        }
        for (Map.Entry<Long, TreeItem<TaskRowViewModel>> e : items.entrySet()) {
            Task t = plan.task(e.getKey());
            if (t != null) {
                e.getValue().getValue().refresh(plan, t, formats);
                StringBuilder linked = risksByTask.get(t.id());
                e.getValue().getValue().setRisks(linked == null ? "" : linked.toString());
            }
        }
    }

    public void expandAll() {
        setExpanded(root, true);
    }

    public void collapseAll() {
        for (TreeItem<TaskRowViewModel> top : root.getChildren()) {
            setExpanded(top, false);
        }
    }

    private static void setExpanded(TreeItem<TaskRowViewModel> item, boolean expanded) {
        java.util.ArrayDeque<TreeItem<TaskRowViewModel>> stack = new java.util.ArrayDeque<>();
        stack.push(item);
        while (!stack.isEmpty()) {
            TreeItem<TaskRowViewModel> i = stack.pop();
            if (!i.isLeaf()) {
                i.setExpanded(expanded);
                i.getChildren().forEach(stack::push);
            }
        }
    }

    // ---- structural actions ----

    /** Inserts a new task right below the focused row's branch (same level), or at the end. */
    public boolean insertTask() {
        return insert(false, false);
    }

    /** Inserts a new task as the last child of the focused row. */
    public boolean insertChild() {
        return insert(true, false);
    }

    public boolean insertMilestone() {
        return insert(false, true);
    }

    private boolean insert(boolean asChild, boolean milestone) {
        Plan plan = plan();
        if (plan == null) {
            return false;
        }
        Task focused = plan.task(selection.focusedId());
        long parentId;
        int index;
        if (focused == null) {
            parentId = 0;
            index = plan.roots().size();
        } else if (asChild) {
            parentId = focused.id();
            index = focused.children().size();
        } else {
            parentId = focused.parent() == null ? 0 : focused.parent().id();
            index = plan.indexOf(focused) + 1;
        }
        String name = milestone ? "New milestone" : "New task";
        InsertTaskCommand command = new InsertTaskCommand(parentId, index, name, milestone,
                plan.defaultDurationMinutes());
        if (run(command)) {
            select(List.of(command.createdId()));
            return true;
        }
        return false;
    }

    public boolean delete() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return false;
        }
        Long next = neighbourAfterDelete(ids);
        if (run(new DeleteTasksCommand(ids))) {
            select(next == null ? List.of() : List.of(next));
            return true;
        }
        return false;
    }

    private Long neighbourAfterDelete(List<Long> ids) {
        Plan plan = plan();
        Set<Long> gone = new HashSet<>(ids);
        List<Task> order = plan.tasksInOrder();
        int first = -1;
        for (int i = 0; i < order.size(); i++) {
            Task t = order.get(i);
            boolean removed = false;
            for (Task p = t; p != null; p = p.parent()) {
                if (gone.contains(p.id())) {
                    removed = true;
                    break;
                }
            }
            if (removed) {
                if (first < 0) {
                    first = i;
                }
            } else if (first >= 0) {
                return t.id();
            }
        }
        return first > 0 ? order.get(first - 1).id() : null;
    }

    public boolean indent() {
        return runKeepingSelection(new IndentTasksCommand(selectedIds()));
    }

    public boolean outdent() {
        return runKeepingSelection(new OutdentTasksCommand(selectedIds()));
    }

    public boolean moveUp() {
        return runKeepingSelection(MoveTasksCommand.up(selectedIds()));
    }

    public boolean moveDown() {
        return runKeepingSelection(MoveTasksCommand.down(selectedIds()));
    }

    /** Drops the given tasks under {@code parentId} (0: top level) before {@code beforeId} (0: at the end). */
    public boolean relocate(List<Long> ids, long parentId, long beforeId) {
        if (ids.isEmpty()) {
            return false;
        }
        boolean ok = run(new RelocateTasksCommand(ids, parentId, beforeId));
        if (ok) {
            select(ids);
        }
        return ok;
    }

    private boolean runKeepingSelection(PlanCommand command) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return false;
        }
        long focus = selection.focusedId();
        if (run(command)) {
            selection.select(List.of(), 0);
            selection.select(ids, focus);
            return true;
        }
        return false;
    }

    // ---- clipboard ----

    public boolean copy() {
        Plan plan = plan();
        List<Task> tasks = topMostSelected();
        if (plan == null || tasks.isEmpty()) {
            return false;
        }
        clipboard.put(TaskSubtree.copyOf(plan, tasks), tabSeparated(plan, tasks));
        statusMessage.set(tasks.size() == 1 ? "Copied 1 row." : "Copied " + tasks.size() + " rows.");
        return true;
    }

    public boolean cut() {
        List<Long> ids = selectedIds();
        if (!copy()) {
            return false;
        }
        Long next = neighbourAfterDelete(ids);
        if (run(new DeleteTasksCommand(ids, "Cut"))) {
            select(next == null ? List.of() : List.of(next));
            return true;
        }
        return false;
    }

    /** Pastes copied rows right below the focused row's branch, at the same level (or at the end). */
    public boolean paste() {
        Plan plan = plan();
        if (plan == null) {
            return false;
        }
        TaskSubtree rows = clipboard.rows().orElse(null);
        if (rows == null || rows.roots().isEmpty()) {
            statusMessage.set("The clipboard holds no task rows to paste.");
            return false;
        }
        Task focused = plan.task(selection.focusedId());
        long parentId = focused == null || focused.parent() == null ? 0 : focused.parent().id();
        int index = focused == null ? plan.roots().size() : plan.indexOf(focused) + 1;
        PasteTasksCommand command = new PasteTasksCommand(rows, parentId, index);
        if (run(command)) {
            select(command.createdRoots());
            return true;
        }
        return false;
    }

    /** Inserts a template work package as the last child of the focused row (or at the end). */
    public boolean insertFragment(PlanFragment fragment) {
        Plan plan = plan();
        if (plan == null) {
            return false;
        }
        Task focused = plan.task(selection.focusedId());
        long parentId = focused == null ? 0 : focused.id();
        int index = focused == null ? plan.roots().size() : focused.children().size();
        InsertTemplateFragmentCommand command = new InsertTemplateFragmentCommand(fragment, parentId, index);
        if (run(command)) {
            select(command.createdRoots());
            return true;
        }
        return false;
    }

    private String tabSeparated(Plan plan, List<Task> tasks) {
        StringBuilder out = new StringBuilder();
        for (WbsColumn c : WbsColumn.values()) {
            out.append(c.header()).append(c.ordinal() < WbsColumn.values().length - 1 ? "\t" : "\n");
        }
        for (Task top : tasks) {
            Plan.forEachInSubtree(top, t -> {
                TreeItem<TaskRowViewModel> item = items.get(t.id());
                if (item == null) {
                    return;
                }
                TaskRowViewModel row = item.getValue();
                WbsColumn[] cols = WbsColumn.values();
                for (int i = 0; i < cols.length; i++) {
                    String v = cols[i].valueOf(row).getValue();
                    out.append(v == null ? "" : v.replace('\t', ' ').replace('\n', ' '));
                    out.append(i < cols.length - 1 ? "\t" : "\n");
                }
            });
        }
        return out.toString();
    }

    // ---- find ----

    /** Selects the next task (after the focused one, wrapping) whose name contains {@code text}. */
    public boolean findNext(String text) {
        Plan plan = plan();
        if (plan == null || text == null || text.isBlank()) {
            return false;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Task> order = plan.tasksInOrder();
        int start = 0;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == selection.focusedId()) {
                start = i + 1;
                break;
            }
        }
        for (int k = 0; k < order.size(); k++) {
            Task t = order.get((start + k) % order.size());
            if (t.name().toLowerCase(Locale.ROOT).contains(needle)) {
                select(List.of(t.id()));
                statusMessage.set("Found " + plan.wbsCode(t) + " " + t.name() + ".");
                return true;
            }
        }
        statusMessage.set("No task name contains \"" + text.strip() + "\".");
        return false;
    }

    // ---- cell edits ----

    /**
     * Applies what the user typed into a cell as one command. Returns null when accepted, otherwise the
     * one-sentence reason, with the plan unchanged.
     */
    public String edit(TaskRowViewModel row, WbsColumn column, String text) {
        Plan plan = plan();
        if (plan == null) {
            return "No plan is open.";
        }
        Task task = plan.task(row.taskId());
        if (task == null) {
            return "The task no longer exists.";
        }
        if (!column.editable(row)) {
            return notEditable(column);
        }
        String value = text == null ? "" : text.strip();
        try {
            PlanCommand command = switch (column) {
                case WBS -> throw new ValidationException("WBS codes follow the outline; indent, outdent or move the task instead.");
                case NAME -> EditTaskFieldCommand.name(task.id(), value);
                case DURATION -> EditTaskFieldCommand.duration(task.id(), formats.parseDuration(plan, value));
                case START -> EditTaskFieldCommand.start(task.id(), parseDate(value));
                case FINISH -> EditTaskFieldCommand.finish(task.id(), parseDate(value));
                case PREDECESSORS -> predecessors(plan, task, value);
                case PERCENT -> EditTaskFieldCommand.percentComplete(task.id(), parsePercent(value));
                case OWNER -> owner(plan, task, value);
                case COST -> EditTaskFieldCommand.fixedCost(task.id(), parseMoney(value));
                case PHASE -> EditTaskFieldCommand.phase(task.id(), value);
                case NOTES -> EditTaskFieldCommand.notes(task.id(), text == null ? "" : text);
                case RISKS -> throw new ValidationException("Link risks to tasks in the Risks tab (Linked tasks column).");
            };
            if (command == null) {
                return null;
            }
            return runner.run(command);
        } catch (ValidationException e) {
            String message = e.getMessage();
            statusMessage.set(message);
            return message;
        }
    }

    /** Why a cell cannot be typed into; also shown in the status bar. */
    public String notEditable(WbsColumn column) {
        String message = column == WbsColumn.WBS
                ? "WBS codes follow the outline; indent, outdent or move the task instead."
                : "The " + column.header() + " of a summary task is calculated from its subtasks.";
        statusMessage.set(message);
        return message;
    }

    private PlanCommand predecessors(Plan plan, Task task, String value) {
        List<Dependency> parsed = value.isEmpty() ? List.of() : formats.parsePredecessors(plan, task, value);
        if (parsed.equals(plan.predecessorsOf(task))) {
            return null;
        }
        return new SetPredecessorsCommand(task.id(), parsed);
    }

    private static PlanCommand owner(Plan plan, Task task, String value) {
        var owner = org.genaiplan.ui.resources.OwnerInput.resolve(plan, value);
        PlanCommand command = org.genaiplan.ui.resources.OwnerInput.assign(owner, task.id());
        if (command == null) {
            throw new ValidationException("\"" + value.strip() + "\" is not a role or person of this plan; pick one"
                    + " from the list or add it on the Resources tab.");
        }
        return command;
    }

    static int parsePercent(String value) {
        String v = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        int percent;
        try {
            percent = (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw new ValidationException("% complete must be a number from 0 to 100, not \"" + value + "\".");
        }
        if (percent < 0 || percent > 100) {
            throw new ValidationException("% complete must be between 0 and 100, not " + value + ".");
        }
        return percent;
    }

    static BigDecimal parseMoney(String value) {
        String v = value.replace(",", "").replace(" ", "");
        if (v.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException("A cost must be an amount such as 1200 or 1,200.50, not \"" + value + "\".");
        }
        if (amount.signum() < 0) {
            throw new ValidationException("A cost cannot be negative.");
        }
        return amount;
    }

    /** Accepts 2026-03-02, optionally after a weekday name as the sheet shows it; empty clears. */
    static LocalDate parseDate(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String v = value.matches("(?i)[a-z]{3}\\s+.*") ? value.substring(3).strip() : value;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException("A date must be written like 2026-03-02, not \"" + value + "\".");
        }
    }

    // ---- selection and running commands ----

    /** Runs a command; a refused one leaves its reason in the status bar and returns false. */
    public boolean run(PlanCommand command) {
        return runner.run(command) == null;
    }

    public boolean undo() {
        try {
            List<Long> keep = selectedIds();
            boolean done = editor.undo();
            reselect(keep);
            return done;
        } catch (ValidationException e) {
            statusMessage.set(e.getMessage());
            return false;
        }
    }

    public boolean redo() {
        try {
            List<Long> keep = selectedIds();
            boolean done = editor.redo();
            reselect(keep);
            return done;
        } catch (ValidationException e) {
            statusMessage.set(e.getMessage());
            return false;
        }
    }

    private void reselect(List<Long> ids) {
        Plan plan = plan();
        List<Long> live = ids.stream().filter(id -> plan.task(id) != null).toList();
        selection.select(List.of(), 0);
        select(live);
    }

    /** Selects the given tasks (focus on the first), expanding their ancestors so the rows are visible. */
    public void select(List<Long> ids) {
        for (long id : ids) {
            TreeItem<TaskRowViewModel> item = items.get(id);
            for (TreeItem<TaskRowViewModel> p = item == null ? null : item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
        }
        selection.select(List.copyOf(ids), ids.isEmpty() ? 0 : ids.getFirst());
    }

    public List<Long> selectedIds() {
        return List.copyOf(selection.selectedIds());
    }

    private List<Task> topMostSelected() {
        Plan plan = plan();
        if (plan == null) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>(selection.selectedIds());
        List<Task> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (ids.contains(t.id())) {
                boolean nested = false;
                for (Task p = t.parent(); p != null; p = p.parent()) {
                    if (ids.contains(p.id())) {
                        nested = true;
                        break;
                    }
                }
                if (!nested) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public PlanSelection selection() {
        return selection;
    }
}
