package org.genaiplan.app;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.templates.FragmentInsertion;
import org.genaiplan.templates.TemplateFragment;
import org.genaiplan.ui.command.PlanFragment;

/** Adapts a template fragment (e.g. the RLHF work package) to the editor's {@link PlanFragment}. */
final class TemplateFragments implements PlanFragment {
    private final TemplateFragment fragment;

    TemplateFragments(TemplateFragment fragment) {
        this.fragment = fragment;
    }

    @Override
    public String name() {
        return fragment.name();
    }

    @Override
    public Insertion insertInto(Plan plan, Task parent, int index) {
        FragmentInsertion inserted = fragment.apply(plan, parent, index);
        List<Long> roots = inserted.roots().stream().map(Task::id).toList();
        return new Insertion() {
            private FragmentInsertion.Removed removed;

            @Override
            public List<Long> rootIds() {
                return roots;
            }

            @Override
            public void undo(Plan p) {
                removed = inserted.undo(p);
            }

            @Override
            public void redo(Plan p) {
                removed.redo(p);
            }
        };
    }
}
