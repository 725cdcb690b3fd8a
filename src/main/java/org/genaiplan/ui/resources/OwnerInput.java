package org.genaiplan.ui.resources;

import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.ui.command.CreateOwnerCommand;
import org.genaiplan.ui.command.EditTaskFieldCommand;
import org.genaiplan.ui.command.PlanCommand;

/**
 * What a name typed into a task's Owner cell means: no owner, a role or person the plan has (found ignoring
 * case, and spelled as the plan spells it), or a new name the sheet offers to create as a role or a person
 * ({@link #create}), as MS Project does for an unknown resource.
 */
public final class OwnerInput {
    /** The meaning of a typed owner name. */
    public sealed interface Resolution permits NoOwner, Known, Unknown {
    }

    /** Blank: the task has no owner. */
    public record NoOwner() implements Resolution {
    }

    /** A role or person of the plan; {@code name} is spelled as the plan has it. */
    public record Known(String name, boolean person) implements Resolution {
    }

    /** A name the plan does not know yet. */
    public record Unknown(String name) implements Resolution {
        /** The question to ask before creating it. */
        public String question() {
            return "Create role or person \"" + name + "\"?";
        }

        /** What creating it means, for under the question. */
        public String explanation() {
            return "\"" + name + "\" is not a role or person of this plan yet. Create it to make it the owner;"
                    + " fill in its rate later on the Resources tab.";
        }
    }

    private OwnerInput() {
    }

    /** What {@code typed} means in {@code plan}. */
    public static Resolution resolve(Plan plan, String typed) {
        if (typed == null || typed.isBlank()) {
            return new NoOwner();
        }
        String known = plan.resources().ownerName(typed);
        if (known != null) {
            return new Known(known, plan.resources().person(known) != null);
        }
        return new Unknown(typed.strip());
    }

    /**
     * The command that sets a task's owner to a known name or none; null for an unknown name, which needs
     * {@link #create} (after asking).
     */
    public static PlanCommand assign(Resolution resolution, long taskId) {
        return switch (resolution) {
            case NoOwner n -> EditTaskFieldCommand.owner(taskId, null);
            case Known k -> EditTaskFieldCommand.owner(taskId, k.name());
            case Unknown u -> null;
        };
    }

    /** Creates the unknown name as a role or person and makes it the owner of {@code taskIds}, in one undoable step. */
    public static CreateOwnerCommand create(Unknown unknown, CreateOwnerCommand.Kind kind, List<Long> taskIds) {
        return new CreateOwnerCommand(kind, unknown.name(), taskIds);
    }

    /** Every name an Owner list offers: the roles, then the people, in the plan's order. */
    public static List<String> ownerNames(Plan plan) {
        List<String> names = new ArrayList<>();
        if (plan == null) {
            return names;
        }
        for (Role r : plan.roles()) {
            names.add(r.name());
        }
        for (Person p : plan.resources().people()) {
            names.add(p.name());
        }
        return names;
    }
}
