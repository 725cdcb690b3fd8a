package org.genaiplan.ui.command;

import java.util.List;
import org.genaiplan.model.Plan;

/** A command made of task moves: the first run decides the moves, undo and redo replay them. */
abstract class StructureCommand implements PlanCommand {
    protected final List<Long> taskIds;
    private Moves moves;
    private String name;

    StructureCommand(List<Long> taskIds) {
        this.taskIds = List.copyOf(taskIds);
    }

    /** Performs the change through {@code moves}; throws a ValidationException before moving if it cannot. */
    protected abstract void perform(Plan plan, Moves moves);

    protected abstract String verb();

    @Override
    public final void execute(Plan plan) {
        Moves fresh = new Moves();
        try {
            perform(plan, fresh);
        } catch (RuntimeException e) {
            fresh.undo(plan);
            throw e;
        }
        moves = fresh;
        name = TaskOrder.label(verb(), (int) Math.max(1, TaskOrder.topMost(plan, taskIds).size()));
    }

    @Override
    public final void undo(Plan plan) {
        moves.undo(plan);
    }

    @Override
    public final void redo(Plan plan) {
        moves.redo(plan);
    }

    @Override
    public String displayName() {
        return name == null ? TaskOrder.label(verb(), taskIds.size()) : name;
    }
}
