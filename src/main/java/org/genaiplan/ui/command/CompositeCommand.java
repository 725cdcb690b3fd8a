package org.genaiplan.ui.command;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;

/**
 * Several commands as one user action (one undo step), such as the fields changed in the Task information
 * dialog. If one part is refused, the parts already run are undone before the refusal is passed on.
 */
public final class CompositeCommand implements PlanCommand {
    private final String displayName;
    private final List<PlanCommand> parts;

    public CompositeCommand(String displayName, List<PlanCommand> parts) {
        this.displayName = displayName;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public void execute(Plan plan) {
        List<PlanCommand> done = new ArrayList<>();
        try {
            for (PlanCommand part : parts) {
                part.execute(plan);
                done.add(part);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo(plan);
            }
            throw e;
        }
    }

    @Override
    public void undo(Plan plan) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(plan);
        }
    }

    @Override
    public void redo(Plan plan) {
        for (PlanCommand part : parts) {
            part.redo(plan);
        }
    }
}
