package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * A work package that can be put into a plan (a template fragment such as "RLHF"), and taken out and
 * put back again with the same ids. The app layer adapts the template catalog to it.
 */
public interface PlanFragment {

    String name();

    /** Inserts the package under {@code parent} (null: top level) at {@code index}. */
    Insertion insertInto(Plan plan, Task parent, int index);

    /** What one insertion added; undo takes it out, redo puts the same tasks back. */
    interface Insertion {
        List<Long> rootIds();

        void undo(Plan plan);

        void redo(Plan plan);
    }

    /** A fragment made of copied rows. */
    static PlanFragment of(String name, TaskSubtree rows) {
        return new PlanFragment() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Insertion insertInto(Plan plan, Task parent, int index) {
                SubtreeInsertion insertion = new SubtreeInsertion(rows, parent == null ? 0 : parent.id(), index);
                insertion.execute(plan);
                return new Insertion() {
                    @Override
                    public List<Long> rootIds() {
                        return insertion.createdRoots();
                    }

                    @Override
                    public void undo(Plan p) {
                        insertion.undo(p);
                    }

                    @Override
                    public void redo(Plan p) {
                        insertion.redo(p);
                    }
                };
            }
        };
    }
}
