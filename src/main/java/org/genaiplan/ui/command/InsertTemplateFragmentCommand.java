package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/** Inserts a work package from a template (e.g. an RLHF package) under a row as one undoable step. */
public final class InsertTemplateFragmentCommand implements PlanCommand {
    private final PlanFragment fragment;
    private final long parentId;
    private final int index;
    private PlanFragment.Insertion insertion;

    /** @param parentId the parent's id, 0 for the top level */
    public InsertTemplateFragmentCommand(PlanFragment fragment, long parentId, int index) {
        this.fragment = fragment;
        this.parentId = parentId;
        this.index = index;
    }

    @Override
    public String displayName() {
        return "Insert " + fragment.name();
    }

    @Override
    public void execute(Plan plan) {
        Task parent = parentId == 0 ? null : plan.task(parentId);
        insertion = fragment.insertInto(plan, parent, index);
    }

    @Override
    public void undo(Plan plan) {
        insertion.undo(plan);
    }

    @Override
    public void redo(Plan plan) {
        insertion.redo(plan);
    }

    public List<Long> createdRoots() {
        return insertion == null ? List.of() : insertion.rootIds();
    }
}
