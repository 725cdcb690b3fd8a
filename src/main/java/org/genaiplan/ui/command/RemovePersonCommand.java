package org.genaiplan.ui.command;

import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;

/** Removes a person who owns no task; undo puts them back in their place in the list. */
public final class RemovePersonCommand implements PlanCommand {
    private final String name;
    private Person removed;
    private int index;

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
        removed = plan.resources().removePerson(name);
    }

    @Override
    public void undo(Plan plan) {
        plan.resources().putPerson(index, removed);
    }
}
