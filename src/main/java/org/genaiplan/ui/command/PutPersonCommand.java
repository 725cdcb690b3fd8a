package org.genaiplan.ui.command;

import java.util.Objects;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;

/** Adds a person, or replaces the person of the same name; undo removes the new one or restores the old. */
public final class PutPersonCommand implements PlanCommand {
    private final Person person;
    private Person before;
    private int index;

    public PutPersonCommand(Person person) {
        this.person = Objects.requireNonNull(person);
    }

    @Override
    public String displayName() {
        return before == null ? "Add Person" : "Edit Person";
    }

    @Override
    public void execute(Plan plan) {
        Person old = plan.resources().person(person.name());
        int at = old == null ? -1 : plan.resources().indexOfPerson(person.name());
        plan.resources().putPerson(person);
        before = old;
        index = at;
    }

    @Override
    public void undo(Plan plan) {
        if (before == null) {
            plan.resources().removePerson(person.name());
        } else {
            plan.resources().putPerson(index, before);
        }
    }
}
