package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;

/** Pastes copied rows (from this plan or another) as new tasks at a place in the outline. */
public final class PasteTasksCommand implements PlanCommand {
    private final SubtreeInsertion insertion;
    private final int count;

    /** @param parentId the parent's id, 0 for the top level */
    public PasteTasksCommand(TaskSubtree rows, long parentId, int index) {
        this.insertion = new SubtreeInsertion(rows, parentId, index);
        this.count = rows.roots().size();
    }

    @Override
    public String displayName() {
        return TaskOrder.label("Paste", count);
    }

    @Override
    public void execute(Plan plan) {
        insertion.execute(plan);
    }

    @Override
    public void undo(Plan plan) {
        insertion.undo(plan);
    }

    @Override
    public void redo(Plan plan) {
        insertion.redo(plan);
    }

    /** Ids of the pasted top-level rows. */
    public List<Long> createdRoots() {
        return insertion.createdRoots();
    }
}
