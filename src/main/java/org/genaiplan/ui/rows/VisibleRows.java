package org.genaiplan.ui.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.PlanChange;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.gantt.layout.RowIndex;
import org.genaiplan.ui.gantt.layout.RowSource;

/**
 * The rows the WBS sheets and the Gantt chart show, top to bottom: the plan's tasks in outline order,
 * without the subtasks of collapsed summaries (or, while a filter is on, only the tasks it keeps). The
 * sheets and the chart share one instance, so they always show the same rows, the same expanded
 * branches and the same scroll position.
 *
 * <p>It follows the {@link PlanEditor}: the rows are rebuilt when the outline changes (the row list is
 * patched where it differs, so selection and scrolling survive) and {@link #contentVersionProperty()} is
 * bumped after every change so that the rows on screen, and only those, format their values again.
 */
public final class VisibleRows implements RowSource {
    /** The height of one row in the sheets and the chart, in pixels. */
    public static final double ROW_HEIGHT = 26;

    private final PlanEditor editor;
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<Long, TaskRow> rowObjects = new HashMap<>();
    private final Set<Long> collapsed = new HashSet<>();
    private final RowIndex index = new RowIndex();
    private Task[] tasks = new Task[0];
    /** The row objects of {@link #tasks}, in the same order. */
    private TaskRow[] shown = new TaskRow[0];
    /** Bumped when the tasks of the rows or their order changed (not when only depths or branches did). */
    private long orderVersion;
    private Plan plan;
    private Predicate<Task> filter;
    private final ReadOnlyStringWrapper filterName = new ReadOnlyStringWrapper(this, "filterName", "");
    private final ReadOnlyLongWrapper contentVersion = new ReadOnlyLongWrapper(this, "contentVersion");
    private final ReadOnlyLongWrapper structureVersion = new ReadOnlyLongWrapper(this, "structureVersion");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final DoubleProperty headerHeight = new SimpleDoubleProperty(this, "headerHeight", 2 * ROW_HEIGHT);
    private final OverAllocations overAllocations = new OverAllocations();

    public VisibleRows(PlanEditor editor) {
        this.editor = Objects.requireNonNull(editor);
        editor.addChangeListener(this::changed);
        changed(null);
    }

    private void changed(PlanChange change) {
        Plan now = editor.plan();
        if (change == null || change.document() || now != plan) {
            plan = now;
            collapsed.clear();
            filter = null;
            filterName.set("");
            rowObjects.clear();
            shown = new TaskRow[0]; // every row object is new: no row is kept in place
            rebuild();
            scrollY.set(0);
        } else if (change.structure() || (filter != null && change.anyTask())) {
            rebuild();
        }
        overAllocations.invalidate();
        contentVersion.set(contentVersion.get() + 1);
    }

    // ---- the rows ----

    /** The rows, top to bottom; a sheet shows exactly this list. */
    public ObservableList<TaskRow> rows() {
        return readOnlyRows;
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public Task task(int row) {
        return tasks[row];
    }

    @Override
    public int rowOf(long taskId) {
        return index.get(taskId);
    }

    /** Changes when the tasks of the rows or their order changed; an indent or outdent in place keeps it. */
    @Override
    public long version() {
        return orderVersion;
    }

    @Override
    public long contentVersion() {
        return contentVersion.get();
    }

    @Override
    public String overAllocation(long taskId) {
        return overAllocations.of(plan, taskId);
    }

    /** The row object of a task (whether shown or not), or null when the plan has no such task. */
    public TaskRow row(long taskId) {
        TaskRow row = rowObjects.get(taskId);
        if (row == null && plan != null && plan.task(taskId) != null) {
            row = new TaskRow(taskId, this);
            rowObjects.put(taskId, row);
        }
        return row;
    }

    public Plan plan() {
        return plan;
    }

    /**
     * Bumped after every change of the plan: the rows on screen read their values again. Rows off screen
     * read theirs when they scroll in, so a change costs the same for 100 or 100,000 tasks.
     */
    public ReadOnlyLongProperty contentVersionProperty() {
        return contentVersion.getReadOnlyProperty();
    }

    /** Bumped whenever the list of rows was rebuilt (outline change, expand, collapse, filter). */
    public ReadOnlyLongProperty structureVersionProperty() {
        return structureVersion.getReadOnlyProperty();
    }

    // ---- expanding and collapsing ----

    public boolean isExpanded(long taskId) {
        return !collapsed.contains(taskId);
    }

    public void setExpanded(long taskId, boolean expanded) {
        if (expanded ? collapsed.remove(taskId) : collapsed.add(taskId)) {
            rebuild();
        }
    }

    /** Shows every row. */
    public void expandAll() {
        if (!collapsed.isEmpty()) {
            collapsed.clear();
            rebuild();
        }
    }

    /** Shows the top-level rows only. */
    public void collapseAll() {
        if (plan == null) {
            return;
        }
        for (Task t : plan.roots()) {
            if (t.hasChildren()) {
                collapsed.add(t.id());
            }
        }
        rebuild();
    }

    /** Expands the summaries above the given tasks so that their rows show. */
    public void reveal(List<Long> taskIds) {
        if (plan == null || collapsed.isEmpty()) {
            return;
        }
        boolean changed = false;
        for (long id : taskIds) {
            Task t = plan.task(id);
            for (Task p = t == null ? null : t.parent(); p != null; p = p.parent()) {
                changed |= collapsed.remove(p.id());
            }
        }
        if (changed) {
            rebuild();
        }
    }

    // ---- filtering ----

    /**
     * Shows only the tasks {@code keep} accepts (with the summaries above them, so each row keeps its place in
     * the outline), under the given name; null shows every row again.
     */
    public void setFilter(String name, Predicate<Task> keep) {
        filter = keep;
        filterName.set(keep == null ? "" : Objects.requireNonNull(name));
        rebuild();
    }

    /** The name of the filter that is on, or empty when every row shows. */
    public ReadOnlyStringProperty filterNameProperty() {
        return filterName.getReadOnlyProperty();
    }

    // ---- scrolling, shared by the sheets and the chart ----

    /** How far the rows are scrolled up, in pixels from the top of the first row. */
    public DoubleProperty scrollYProperty() {
        return scrollY;
    }

    /** The height of the column headers above the first row, which the chart's time scale matches. */
    public DoubleProperty headerHeightProperty() {
        return headerHeight;
    }

    public double rowHeight() {
        return ROW_HEIGHT;
    }

    // ---- building ----

    private void rebuild() {
        List<Task> wanted = new ArrayList<>(plan == null ? 0 : plan.taskCount());
        int[] depths = new int[plan == null ? 0 : plan.taskCount()];
        if (plan != null) {
            Set<Long> kept = filter == null ? null : keptWithAncestors();
            for (Task t : plan.roots()) {
                depths = collect(t, kept, wanted, depths);
            }
        }
        Task[] now = wanted.toArray(new Task[0]);
        if (sameTasks(now)) {
            // the same tasks in the same order (an indent, an outdent): only depths and branches change
            for (int i = 0; i < now.length; i++) {
                shown[i].update(depths[i], now[i].hasChildren());
            }
        } else {
            tasks = now;
            index.reset(tasks.length);
            shown = new TaskRow[tasks.length];
            for (int i = 0; i < tasks.length; i++) {
                Task t = tasks[i];
                index.put(t.id(), i);
                TaskRow row = row(t.id());
                row.update(depths[i], t.hasChildren());
                shown[i] = row;
            }
            if (plan == null || rowObjects.size() > plan.taskCount()) { // rows of deleted tasks go (a scan only then)
                rowObjects.keySet().removeIf(id -> plan == null || plan.task(id) == null);
            }
            patch(Arrays.asList(shown));
            orderVersion++;
        }
        structureVersion.set(structureVersion.get() + 1);
    }

    /** Whether the rows show exactly these tasks (the same objects), in this order. */
    private boolean sameTasks(Task[] now) {
        if (now.length != tasks.length || shown.length != tasks.length) {
            return false;
        }
        for (int i = 0; i < now.length; i++) {
            if (now[i] != tasks[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds the shown tasks of a top-level task's branch to {@code out}, their depths to {@code depths} (grown as needed). */
    private int[] collect(Task root, Set<Long> kept, List<Task> out, int[] depths) {
        java.util.ArrayDeque<Task> stack = new java.util.ArrayDeque<>();
        int[] depthStack = new int[16];
        stack.push(root);
        depthStack[0] = 0;
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            int depth = depthStack[stack.size()];
            if (kept != null && !kept.contains(t.id())) {
                continue;
            }
            if (out.size() == depths.length) {
                depths = Arrays.copyOf(depths, Math.max(16, depths.length * 2));
            }
            depths[out.size()] = depth;
            out.add(t);
            if (kept != null || collapsed.isEmpty() || !collapsed.contains(t.id())) {
                List<Task> kids = t.children();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    if (stack.size() == depthStack.length) {
                        depthStack = Arrays.copyOf(depthStack, depthStack.length * 2);
                    }
                    depthStack[stack.size()] = depth + 1;
                    stack.push(kids.get(i));
                }
            }
        }
        return depths;
    }

    private Set<Long> keptWithAncestors() {
        Set<Long> kept = new HashSet<>();
        for (Task t : plan.tasksInOrder()) {
            if (filter.test(t)) {
                for (Task p = t; p != null && kept.add(p.id()); p = p.parent()) {
                    // the ancestors keep the row's place in the outline
                }
            }
        }
        return kept;
    }

    /** Replaces the rows that differ between the common head and tail of the old and new lists. */
    private void patch(List<TaskRow> wanted) {
        int oldSize = rows.size();
        int newSize = wanted.size();
        int head = 0;
        while (head < oldSize && head < newSize && rows.get(head) == wanted.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < oldSize - head && tail < newSize - head
                && rows.get(oldSize - 1 - tail) == wanted.get(newSize - 1 - tail)) {
            tail++;
        }
        if (head == oldSize && head == newSize) {
            return;
        }
        if (head == 0 && tail == 0) {
            rows.setAll(wanted);
            return;
        }
        List<TaskRow> middle = wanted.subList(head, newSize - tail);
        if (oldSize - tail > head) {
            rows.remove(head, oldSize - tail);
        }
        if (!middle.isEmpty()) {
            rows.addAll(head, middle);
        }
    }

    /** The tasks of the rows, top to bottom (a copy). */
    public List<Task> tasks() {
        return Arrays.asList(Arrays.copyOf(tasks, tasks.length));
    }
}
