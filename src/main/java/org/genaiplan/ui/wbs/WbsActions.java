package org.genaiplan.ui.wbs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.ScheduleReport;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.command.DeleteTasksCommand;
import org.genaiplan.ui.command.IndentTasksCommand;
import org.genaiplan.ui.command.InsertTaskCommand;
import org.genaiplan.ui.command.InsertTemplateFragmentCommand;
import org.genaiplan.ui.command.LinkTasksCommand;
import org.genaiplan.ui.command.MoveTasksCommand;
import org.genaiplan.ui.command.OutdentTasksCommand;
import org.genaiplan.ui.command.PlanCommand;
import org.genaiplan.ui.command.PlanFragment;
import org.genaiplan.ui.command.RelocateTasksCommand;
import org.genaiplan.ui.command.UnlinkTasksCommand;
import org.genaiplan.ui.rows.VisibleRows;

/**
 * The task commands of the WBS sheet and the Gantt chart on the shared selection: insert, delete, indent,
 * outdent, move, link, unlink, undo and redo. Each runs as one command through the {@link PlanEditor}; the
 * rows it made or moved are selected afterwards, and a new row asks the sheet to edit its name.
 */
public final class WbsActions {
    /** A sheet is asked to edit a cell (after Insert: the new row's name). */
    public record EditRequest(long taskId, WbsColumn column, long serial) {
    }

    private final PlanEditor editor;
    private final PlanSelection selection;
    private final VisibleRows rows;
    private final CommandRunner runner;
    private final ReadOnlyObjectWrapper<EditRequest> editRequest = new ReadOnlyObjectWrapper<>(this, "editRequest");
    private long requests;

    public WbsActions(PlanEditor editor, PlanSelection selection, VisibleRows rows, StringProperty message) {
        this.editor = Objects.requireNonNull(editor);
        this.selection = Objects.requireNonNull(selection);
        this.rows = Objects.requireNonNull(rows);
        this.runner = new CommandRunner(editor, message);
        editor.addChangeListener(change -> {
            if (change.document()) {
                selection.clear();
            }
        });
    }

    public Plan plan() {
        return editor.plan();
    }

    public PlanSelection selection() {
        return selection;
    }

    public VisibleRows rows() {
        return rows;
    }

    /** The last request to edit a cell; the sheet on screen follows it. */
    public ReadOnlyObjectProperty<EditRequest> editRequestProperty() {
        return editRequest.getReadOnlyProperty();
    }

    /** Asks the sheet on screen to edit {@code column} of the task's row. */
    public void requestEdit(long taskId, WbsColumn column) {
        editRequest.set(new EditRequest(taskId, column, ++requests));
    }

    // ---- inserting and deleting ----

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
        if (!run(command)) {
            return false;
        }
        select(List.of(command.createdId()));
        requestEdit(command.createdId(), WbsColumn.NAME);
        return true;
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

    public boolean delete() {
        return delete("Delete");
    }

    /** Deletes the selected tasks under {@code name} ("Cut" when cutting); the row below is selected after. */
    boolean delete(String name) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return false;
        }
        Long next = neighbourAfterDelete(ids);
        if (run(new DeleteTasksCommand(ids, name))) {
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

    // ---- outline ----

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

    /** Links the selected tasks one after the other, finish to start, in row order. */
    public boolean link() {
        return runKeepingSelection(new LinkTasksCommand(selectedInRowOrder()));
    }

    /** Removes the links between the selected tasks (all links of a single selected task). */
    public boolean unlink() {
        return runKeepingSelection(new UnlinkTasksCommand(selectedIds()));
    }

    public void expandAll() {
        rows.expandAll();
    }

    /**
     * Shows only the tasks that cannot meet their dates (negative slack), with their summaries, and selects
     * them; the status bar's note on late tasks does this when clicked.
     */
    public boolean showLateTasks() {
        ScheduleReport report = editor.lastReport();
        List<Long> late = report == null ? List.of() : report.lateTaskIds();
        if (late.isEmpty()) {
            runner.messageProperty().set("No task is late: every task can meet its dates.");
            return false;
        }
        rows.setFilter("late tasks", t -> !t.hasChildren() && t.totalSlackMinutes() < 0);
        select(late);
        runner.messageProperty().set((late.size() == 1 ? "1 late task" : late.size() + " late tasks")
                + " selected; Show all tasks brings back the other rows.");
        return true;
    }

    /** Shows every row again after a filter. */
    public void showAllTasks() {
        rows.setFilter(null, null);
    }

    public void collapseAll() {
        rows.collapseAll();
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

    // ---- running, undo and redo ----

    /** Runs a command; a refused one leaves its reason in the status bar and returns false. */
    public boolean run(PlanCommand command) {
        return runner.run(command) == null;
    }

    /** Runs a command; returns null when accepted, else the one-sentence reason (also the status message). */
    public String runOrExplain(PlanCommand command) {
        return runner.run(command);
    }

    public CommandRunner runner() {
        return runner;
    }

    public boolean undo() {
        List<Long> keep = selectedIds();
        boolean done = runner.undo();
        reselect(keep);
        return done;
    }

    public boolean redo() {
        List<Long> keep = selectedIds();
        boolean done = runner.redo();
        reselect(keep);
        return done;
    }

    private void reselect(List<Long> ids) {
        Plan plan = plan();
        if (plan == null) {
            return;
        }
        List<Long> live = ids.stream().filter(id -> plan.task(id) != null).toList();
        selection.select(List.of(), 0);
        select(live);
    }

    // ---- selection ----

    /** Selects the given tasks (focus on the first), expanding their summaries so the rows show. */
    public void select(List<Long> ids) {
        rows.reveal(ids);
        selection.select(List.copyOf(ids), ids.isEmpty() ? 0 : ids.getFirst());
    }

    public List<Long> selectedIds() {
        return List.copyOf(selection.selectedIds());
    }

    /** The selected tasks in the order of the rows. */
    List<Long> selectedInRowOrder() {
        Plan plan = plan();
        if (plan == null) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>(selection.selectedIds());
        List<Long> out = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (ids.contains(t.id())) {
                out.add(t.id());
            }
        }
        return out;
    }

    /** The selected tasks that are not inside another selected task, in row order. */
    List<Task> topMostSelected() {
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
}
