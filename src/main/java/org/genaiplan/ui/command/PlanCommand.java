package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;

/**
 * One user action on a plan that can be undone. {@link #execute} either changes the plan completely or,
 * when the input is not acceptable, throws a {@link org.genaiplan.model.ValidationException} before it
 * changes anything. {@link #undo} puts the plan back exactly (ids, order, fields); {@link #redo} repeats
 * the change on the state that {@code undo} left.
 */
public interface PlanCommand {

    /** Short text for menus: "Indent 3 tasks" gives "Undo Indent 3 tasks". */
    String displayName();

    void execute(Plan plan);

    void undo(Plan plan);

    default void redo(Plan plan) {
        execute(plan);
    }
}
