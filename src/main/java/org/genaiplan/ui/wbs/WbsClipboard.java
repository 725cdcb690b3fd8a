package org.genaiplan.ui.wbs;

import java.util.List;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.command.PasteTasksCommand;
import org.genaiplan.ui.command.TaskSubtree;

/**
 * Cut, copy and paste of WBS rows: whole branches between open plans, and the rows as tab-separated text
 * (the sheet's columns as shown) for spreadsheets and mail.
 */
public final class WbsClipboard {
    private final WbsActions actions;
    private final RowTexts texts;
    private final RowClipboard clipboard;

    public WbsClipboard(WbsActions actions, RowTexts texts, RowClipboard clipboard) {
        this.actions = Objects.requireNonNull(actions);
        this.texts = Objects.requireNonNull(texts);
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    public boolean copy() {
        Plan plan = actions.plan();
        List<Task> tasks = actions.topMostSelected();
        if (plan == null || tasks.isEmpty()) {
            return false;
        }
        clipboard.put(TaskSubtree.copyOf(plan, tasks), tabSeparated(plan, tasks));
        actions.runner().messageProperty().set(tasks.size() == 1 ? "Copied 1 row." : "Copied " + tasks.size() + " rows.");
        return true;
    }

    public boolean cut() {
        return copy() && actions.delete("Cut");
    }

    /** Pastes copied rows right below the focused row's branch, at the same level (or at the end). */
    public boolean paste() {
        Plan plan = actions.plan();
        if (plan == null) {
            return false;
        }
        TaskSubtree rows = clipboard.rows().orElse(null);
        if (rows == null || rows.roots().isEmpty()) {
            actions.runner().messageProperty().set("The clipboard holds no task rows to paste.");
            return false;
        }
        Task focused = plan.task(actions.selection().focusedId());
        long parentId = focused == null || focused.parent() == null ? 0 : focused.parent().id();
        int index = focused == null ? plan.roots().size() : plan.indexOf(focused) + 1;
        PasteTasksCommand command = new PasteTasksCommand(rows, parentId, index);
        if (actions.run(command)) {
            actions.select(command.createdRoots());
            return true;
        }
        return false;
    }

    private String tabSeparated(Plan plan, List<Task> tasks) {
        // the sheet's own columns; the baseline columns (shown only with a baseline) stay out of the copy
        WbsColumn[] cols = java.util.Arrays.stream(WbsColumn.values()).filter(c -> !c.baseline())
                .toArray(WbsColumn[]::new);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            out.append(cols[i].header()).append(i < cols.length - 1 ? "\t" : "\n");
        }
        for (Task top : tasks) {
            Plan.forEachInSubtree(top, t -> {
                for (int i = 0; i < cols.length; i++) {
                    String v = texts.text(plan, t, cols[i]);
                    out.append(v.replace('\t', ' ').replace('\n', ' '));
                    out.append(i < cols.length - 1 ? "\t" : "\n");
                }
            });
        }
        return out.toString();
    }
}
