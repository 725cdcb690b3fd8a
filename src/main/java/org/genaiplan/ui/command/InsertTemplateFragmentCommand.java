package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;

/** Inserts a work package from a template (e.g. an RLHF package) as one step. */
public final class InsertTemplateFragmentCommand implements PlanCommand {
    private final SubtreeInsertion insertion;
    private final String fragmentName;

    /** @param parentId the parent's id, 0 for the top level */
    public InsertTemplateFragmentCommand(String fragmentName, TaskSubtree fragment, long parentId, int index) {
        this.fragmentName = fragmentName;
        this.insertion = new SubtreeInsertion(fragment, parentId, index);
    }

    @Override
    public String displayName() {
        return "Insert " + fragmentName;
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

    public List<Long> createdRoots() {
        return insertion.createdRoots();
    }
}
