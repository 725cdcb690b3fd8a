package org.genaiplan.ui.wbs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** Find (Ctrl+F): selects the next task whose name contains a text. */
public final class TaskFinder {
    private final WbsActions actions;

    public TaskFinder(WbsActions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Selects the next task (after the focused one, wrapping) whose name contains {@code text}. */
    public boolean findNext(String text) {
        Plan plan = actions.plan();
        if (plan == null || text == null || text.isBlank()) {
            return false;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Task> order = plan.tasksInOrder();
        long focused = actions.selection().focusedId();
        int start = 0;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == focused) {
                start = i + 1;
                break;
            }
        }
        for (int k = 0; k < order.size(); k++) {
            Task t = order.get((start + k) % order.size());
            if (t.name().toLowerCase(Locale.ROOT).contains(needle)) {
                actions.select(List.of(t.id()));
                actions.runner().messageProperty().set("Found " + plan.wbsCode(t) + " " + t.name() + ".");
                return true;
            }
        }
        actions.runner().messageProperty().set("No task name contains \"" + text.strip() + "\".");
        return false;
    }
}
