package org.genaiplan.ui.command;

import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;

/**
 * Removes a person who owns no task, with their task assignments and leave in the same step (as Microsoft
 * Project deletes a resource's assignments with it); undo puts all of it back in its place.
 */
public final class RemovePersonCommand implements PlanCommand {
    private final String name;
    private Person removed;
    private int index;
    private org.genaiplan.model.capacity.CapacityState capacityBefore;
    private int assignments;

    public RemovePersonCommand(String name) {
        this.name = name;
    }

    @Override
    public String displayName() {
        return "Remove Person";
    }

    @Override
    public void execute(Plan plan) {
        Person person = plan.resources().person(name);
        if (person == null) {
            throw new ValidationException("The plan has no person \"" + name + "\".");
        }
        int owned = OwnerReferences.ownedTasks(plan, name);
        if (owned > 0) {
            throw new ValidationException("\"" + name + "\" owns " + OwnerReferences.tasks(owned)
                    + "; give them another owner before removing the person.");
        }
        index = plan.resources().indexOfPerson(name);
        var capacity = AssignmentReferences.without(plan.capacity().state(), name);
        assignments = AssignmentReferences.assignments(plan.capacity().state(), name);
        removed = plan.resources().removePerson(name);
        capacityBefore = AssignmentReferences.apply(plan, capacity);
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().putPerson(index, removed);
        if (capacityBefore != null) {
            plan.capacity().set(capacityBefore);
        }
    }

    /** The sentence for the status bar when task assignments went with the person, or null when none did. */
    public String statusMessage() {
        return AssignmentReferences.removal("person", name, assignments);
    }
}
